import { useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Button, PageHeading, TextField } from '@kinship/web/ui';
import { ErrorCode } from '@kinship/shared/contracts';
import { IDENTITY_NS } from '../identity.resources';
import { FormError } from '../shared/FormError';
import { localErrors, useFormErrors } from '../shared/useFormErrors';
import { checkEmail } from '../shared/validate';

/** Where to go after signing in: the page that sent the person here, or their profile. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/profile';
}

export function SignInPage() {
  const { t } = useTranslation(IDENTITY_NS);
  const session = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { formRef, alertRef, fields, message, setErrors, fail } = useFormErrors({
    [ErrorCode.Unauthenticated]: t('errors.wrongCredentials'),
  });

  if (session.status === 'signedIn') return <Navigate to={returnPath(location.state)} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = [checkEmail(email) ? null : 'email', password ? null : 'password'].filter(
      (field): field is string => field !== null,
    );
    setErrors(localErrors(invalid));
    if (invalid.length > 0) return;
    setBusy(true);
    try {
      await session.signIn({ email: email.trim(), password });
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('signIn.title')} />
      <FormError message={message} alertRef={alertRef} />
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('fields.email.label')}
          error={fields['email']}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <TextField
          label={t('fields.password.label')}
          error={fields['password'] ? t('invalid.passwordRequired') : null}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <Button type="submit" busy={busy}>
          {busy ? t('signIn.busy') : t('signIn.submit')}
        </Button>
      </form>
      <p>
        <Link to="/reset-password">{t('signIn.forgot')}</Link>
      </p>
      <p>
        {t('signIn.noAccount')} <Link to="/sign-up">{t('signIn.signUpLink')}</Link>
      </p>
    </>
  );
}
