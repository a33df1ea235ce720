import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@kinship/web/ui';
import { TOOLKIT_NS } from '../toolkit.resources';

const TOOLS = [
  { key: 'recovery', to: '/toolkit/recovery' },
  { key: 'plan', to: '/toolkit/plan' },
  { key: 'worksheets', to: '/toolkit/worksheets' },
  { key: 'checkIn', to: '/toolkit/check-in' },
  { key: 'resources', to: '/resources' },
  { key: 'help', to: '/help' },
] as const;

/** The toolkit's front page: every tool, one tap away. Readable signed out; the tools ask to sign in. */
export function ToolkitPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <>
      <PageHeading title={t('home.title')} />
      <p className="lead">{t('home.lead')}</p>
      <p className="muted">{t('home.private')}</p>
      <ul className="card-grid">
        {TOOLS.map((tool) => (
          <li key={tool.key} className="card">
            <h2>
              <Link to={tool.to}>{t(`home.tools.${tool.key}.title`)}</Link>
            </h2>
            <p>{t(`home.tools.${tool.key}.text`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
