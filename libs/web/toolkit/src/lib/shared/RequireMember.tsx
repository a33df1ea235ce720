import { useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Alert, PageHeading } from '@kinship/web/ui';
import { TOOLKIT_NS } from '../toolkit.resources';

/**
 * The toolkit's private pages, for a signed-in member. A visitor is invited to sign in (with the reason:
 * everything here is private); a session that ends while the page is open says so.
 */
export function RequireMember({ children }: { children: ReactNode }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const { status } = useSession();
  const [wasSignedIn, setWasSignedIn] = useState(status === 'signedIn');
  if (status === 'signedIn' && !wasSignedIn) setWasSignedIn(true);

  if (status === 'restoring') {
    return (
      <p role="status" className="muted">
        {t('common.session.checking')}
      </p>
    );
  }
  if (status === 'signedIn') return <>{children}</>;
  if (wasSignedIn) {
    return (
      <Alert tone="info">
        <p>
          {t('common.session.ended')} <Link to="/sign-in">{t('common.session.signInAgain')}</Link>
        </p>
      </Alert>
    );
  }
  return (
    <>
      <PageHeading title={t('common.session.signInTitle')} />
      <p>{t('common.session.signInText')}</p>
      <p className="button-row">
        <Link className="button button--primary" to="/sign-in">
          {t('common.session.signIn')}
        </Link>
        <Link className="button button--secondary" to="/sign-up">
          {t('common.session.signUp')}
        </Link>
      </p>
    </>
  );
}
