import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Alert } from '@kinship/web/ui';
import { MEETINGS_NS } from '../meetings.resources';

/** Signed-in members only (admins only with `admin`); the API checks again on every call. */
export function RequireRole({ admin = false, children }: { admin?: boolean; children: ReactNode }) {
  const { t } = useTranslation(MEETINGS_NS);
  const session = useSession();
  if (session.status === 'restoring')
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  if (session.status !== 'signedIn') {
    return (
      <p>
        <Link to="/sign-in">{t('admin.signIn')}</Link>
      </p>
    );
  }
  if (admin && session.account?.role !== 'ADMIN') {
    return (
      <Alert tone="info">
        <p>{t('admin.adminsOnly')}</p>
      </Alert>
    );
  }
  return <>{children}</>;
}
