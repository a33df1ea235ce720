import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { PageHeading, SessionGate } from '@kinship/web/ui';
import { TOOLKIT_NS } from '../toolkit.resources';

/** Instead of sending a visitor to sign in, the toolkit says why it asks: everything here is private. */
function SignInInvitation() {
  const { t } = useTranslation(TOOLKIT_NS);
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

/** The toolkit's private pages, for a signed-in member (a session that ends while one is open says so). */
export function RequireMember({ children }: { children: ReactNode }) {
  const { status } = useSession();
  return (
    <SessionGate status={status} signedOut={<SignInInvitation />}>
      {children}
    </SessionGate>
  );
}
