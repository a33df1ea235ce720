import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { PageHeading } from '@kinship/web/ui';
import { IDENTITY_NS } from '../identity.resources';
import { VERIFY_EMAIL } from '../graphql/email.documents';

/** /verify-email?token=…: confirms a new account's address, or the new address of an email change. */
export function VerifyEmailPage() {
  const { t } = useTranslation(IDENTITY_NS);
  const [params] = useSearchParams();
  const token = params.get('token');
  const session = useSession();
  const [verify] = useMutation(VERIFY_EMAIL);
  const [state, setState] = useState<'working' | 'done' | 'failed'>(token ? 'working' : 'failed');
  const sent = useRef(false);

  useEffect(() => {
    // The token is spent on first use: send it once, even when React runs effects twice.
    if (!token || sent.current) return;
    sent.current = true;
    verify({ variables: { token } }).then(
      () => setState('done'),
      () => setState('failed'),
    );
  }, [token, verify]);

  return (
    <>
      <PageHeading title={t('verify.title')} />
      {state === 'working' ? <p role="status">{t('verify.working')}</p> : null}
      {state === 'done' ? (
        <p role="status">
          {t('verify.done')}{' '}
          {session.status === 'signedIn' ? (
            <Link to="/profile">{t('verify.toProfile')}</Link>
          ) : (
            <Link to="/sign-in">{t('signUp.signInLink')}</Link>
          )}
        </p>
      ) : null}
      {state === 'failed' ? <p role="alert">{t('verify.failed')}</p> : null}
    </>
  );
}
