import { useState, type FormEvent } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { currentLocale } from '@kinship/web/i18n';
import { Button, PageHeading, TextField } from '@kinship/web/ui';
import { ErrorCode } from '@kinship/shared/contracts';
import { IDENTITY_NS } from '../identity.resources';
import { LIMITS } from '../shared/form-messages';
import { FormError } from '../shared/FormError';
import { localErrors, useFormErrors } from '../shared/useFormErrors';
import { checkDisplayName, checkEmail, checkNewPassword } from '../shared/validate';

/** Create an account: email (private), password, display name (first name and last initial). */
export function SignUpPage() {
  const { t } = useTranslation(IDENTITY_NS);
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [busy, setBusy] = useState(false);
  const { formRef, alertRef, fields, message, setErrors, fail } = useFormErrors({
    [ErrorCode.Conflict]: t('errors.emailTaken'),
    // Registration answers the same for a taken address; the sign-in that follows is what fails.
    [ErrorCode.Unauthenticated]: t('errors.wrongCredentials'),
  });

  if (session.status === 'signedIn' && session.account) {
    // `busy` stays true after a successful sign-up: only then is a welcome due.
    const notice = busy ? t('signUp.welcome', { name: session.account.displayName }) : undefined;
    return <Navigate to="/profile" replace state={{ notice }} />;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = [
      checkEmail(email) ? null : 'email',
      checkNewPassword(password) ? null : 'password',
      checkDisplayName(displayName) ? null : 'displayName',
    ].filter((field): field is string => field !== null);
    setErrors(localErrors(invalid));
    if (invalid.length > 0) return;
    setBusy(true);
    try {
      await session.register({
        email: email.trim(),
        password,
        displayName: displayName.trim(),
        locale: currentLocale(),
      });
    } catch (error) {
      fail(error);
      setBusy(false);
    }
  };

  return (
    <>
      <PageHeading title={t('signUp.title')} />
      <p>{t('signUp.intro')}</p>
      <FormError message={message} alertRef={alertRef} />
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('fields.email.label')}
          hint={t('fields.email.hint')}
          error={fields['email']}
          type="email"
          name="email"
          autoComplete="email"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
        />
        <TextField
          label={t('fields.password.label')}
          hint={t('fields.newPassword.hint', { min: LIMITS.password.min })}
          error={fields['password']}
          type="password"
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <TextField
          label={t('fields.displayName.label')}
          hint={t('fields.displayName.hint')}
          error={fields['displayName']}
          name="displayName"
          autoComplete="nickname"
          maxLength={LIMITS.displayName.max}
          value={displayName}
          onChange={(event) => setDisplayName(event.target.value)}
          required
        />
        <Button type="submit" busy={busy}>
          {busy ? t('signUp.busy') : t('signUp.submit')}
        </Button>
      </form>
      <p>
        {t('signUp.haveAccount')} <Link to="/sign-in">{t('signUp.signInLink')}</Link>
      </p>
    </>
  );
}
