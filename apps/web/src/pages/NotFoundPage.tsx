import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '@kinship/web/ui';
import { APP_NS } from '../app/app.resources';

export default function NotFoundPage() {
  const { t } = useTranslation(APP_NS);
  return (
    <>
      <PageHeading title={t('notFound.title')} />
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
