import { useState, type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { UI_NS } from '../ui.resources';
import { Alert } from './Alert';

/** The session's status, as `useSession()` of @kinship/web/data gives it. */
export type SessionGateStatus = 'restoring' | 'signedIn' | 'signedOut';

export interface SessionGateProps {
  /** `useSession().status`. */
  status: SessionGateStatus;
  /** What a signed-out visitor sees instead; by default they go to sign in, and come back here after. */
  signedOut?: ReactNode;
  children: ReactNode;
}

/**
 * A page for signed-in members: renders `children` once the session is known to be there. When the session
 * ends while the page is open (signing out, deleting the account, an expired session), it says so instead of
 * jumping away, so the flow that ended it decides where to go next; signing in again comes back here.
 */
export function SessionGate({ status, signedOut, children }: SessionGateProps) {
  const { t } = useTranslation(UI_NS);
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
  const from = { from: location.pathname };
  if (!wasSignedIn) return signedOut ?? <Navigate to="/sign-in" replace state={from} />;
  return (
    <Alert tone="info">
      <p>
        {t('session.ended')}{' '}
        <Link to="/sign-in" state={from}>
          {t('session.signInAgain')}
        </Link>
      </p>
    </Alert>
  );
}
