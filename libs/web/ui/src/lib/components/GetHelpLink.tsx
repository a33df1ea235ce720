import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { UI_NS } from '../ui.resources';

/** "Get help now": in the header of every page, one tap from crisis lines and overdose steps. */
export function GetHelpLink() {
  const { t } = useTranslation(UI_NS);
  return (
    <Link to="/help" className="help-link">
      {t('help.link')}
    </Link>
  );
}
