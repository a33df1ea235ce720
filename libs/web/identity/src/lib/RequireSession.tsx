import { useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Alert } from '@kinship/web/ui';
import { IDENTITY_NS } from './identity.resources';

/**
 * Renders its children for a signed-in member and sends a signed-out visitor to sign in (and back here
 * after). When the session ends while the page is open (signing out, deleting the account, an expired
 * session), it says so instead of jumping away, so the flow that ended it decides where to go next.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useTranslation(IDENTITY_NS);
  const { status } = useSession();
  const location = useLocation();
  const [wasSignedIn, setWasSignedIn] = useState(status === 'signedIn');
  if (status === 'signedIn' && !wasSignedIn) setWasSignedIn(true);

  if (status === 'restoring') {
    return (
      <p role="status" className="muted">
        {t('session.checking')}
      </p>
    );
  }
  if (status === 'signedIn') return <>{children}</>;
  if (!wasSignedIn) return <Navigate to="/sign-in" replace state={{ from: location.pathname }} />;
  return (
    <Alert tone="info">
      <p>
        {t('session.ended')} <Link to="/sign-in">{t('session.signInAgain')}</Link>
      </p>
    </Alert>
  );
}
