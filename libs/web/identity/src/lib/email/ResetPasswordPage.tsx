import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading, TextField } from '@kinship/web/ui';
import { IDENTITY_NS } from '../identity.resources';
import { REQUEST_PASSWORD_RESET, RESET_PASSWORD } from '../graphql/email.documents';
import { LIMITS } from '../shared/form-messages';
import { FormError } from '../shared/FormError';
import { localErrors, useFormErrors } from '../shared/useFormErrors';
import { checkEmail, checkNewPassword } from '../shared/validate';

/** Asks for a reset link by email. The answer is the same whether or not the address has an account. */
function RequestReset() {
  const { t } = useTranslation(IDENTITY_NS);
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading }] = useMutation(REQUEST_PASSWORD_RESET);
  const { formRef, alertRef, fields, message, setErrors, fail } = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = checkEmail(email) ? [] : ['email'];
    setErrors(localErrors(invalid));
    if (invalid.length > 0) return;
    try {
      await request({ variables: { email: email.trim() } });
      setSent(true);
    } catch (error) {
      fail(error);
    }
  };

  if (sent) {
    return <p role="status">{t('reset.sent')}</p>;
  }
  return (
    <>
      <p>{t('reset.intro')}</p>
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
        <Button type="submit" busy={loading}>
          {t('reset.send')}
        </Button>
      </form>
    </>
  );
}

/** Sets a new password with the token from the link; every session of the account ends. */
function ChooseNewPassword({ token }: { token: string }) {
  const { t } = useTranslation(IDENTITY_NS);
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [reset, { loading }] = useMutation(RESET_PASSWORD);
  const { formRef, alertRef, fields, message, setErrors, fail } = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = checkNewPassword(password) ? [] : ['password'];
    setErrors(localErrors(invalid));
    if (invalid.length > 0) return;
    try {
      await reset({ variables: { token, password } });
      setDone(true);
    } catch (error) {
      fail(error);
    }
  };

  if (done) {
    return (
      <p role="status">
        {t('reset.done')} <Link to="/sign-in">{t('signUp.signInLink')}</Link>
      </p>
    );
  }
  return (
    <>
      {/* A spent or expired link is not a field the member can fix: say so, and offer a new link. */}
      <FormError message={fields['token'] ?? message} alertRef={alertRef} />
      {fields['token'] ? (
        <p>
          <Link to="/reset-password">{t('reset.again')}</Link>
        </p>
      ) : null}
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('reset.newPassword')}
          hint={t('fields.newPassword.hint', { min: LIMITS.password.min })}
          error={fields['password']}
          type="password"
          name="password"
          autoComplete="new-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <Button type="submit" busy={loading}>
          {t('reset.save')}
        </Button>
      </form>
    </>
  );
}

/** /reset-password: without a token, ask for a link; with one (from the email), choose a new password. */
export function ResetPasswordPage() {
  const { t } = useTranslation(IDENTITY_NS);
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <>
      <PageHeading title={t('reset.title')} />
      {token ? <ChooseNewPassword token={token} /> : <RequestReset />}
    </>
  );
}
