import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Button, TextField } from '@kinship/web/ui';
import { IDENTITY_NS } from '../identity.resources';
import { REQUEST_EMAIL_CHANGE, RESEND_VERIFICATION } from '../graphql/email.documents';
import { FormError } from '../shared/FormError';
import { localErrors, useFormErrors } from '../shared/useFormErrors';
import { checkEmail } from '../shared/validate';

/** A new account's address is unconfirmed until the link is opened; the member can ask for a new link. */
export function ConfirmAddressNotice() {
  const { t } = useTranslation(IDENTITY_NS);
  const [resend, { loading, called, error }] = useMutation(RESEND_VERIFICATION);
  return (
    <div className="card" role="note">
      <p>{t('verify.pending')}</p>
      {called && !loading && !error ? (
        <p role="status">{t('verify.resent')}</p>
      ) : (
        <Button variant="secondary" busy={loading} onClick={() => void resend().catch(() => undefined)}>
          {t('verify.resend')}
        </Button>
      )}
    </div>
  );
}

/** Email change: the new address gets a link, the old one a notice; nothing changes until the link opens. */
export function ChangeEmail() {
  const { t } = useTranslation(IDENTITY_NS);
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [request, { loading }] = useMutation(REQUEST_EMAIL_CHANGE);
  const { formRef, alertRef, fields, message, setErrors, fail } = useFormErrors();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = [checkEmail(newEmail) ? null : 'newEmail', password ? null : 'password'].filter(
      (field): field is string => field !== null,
    );
    setErrors(localErrors(invalid));
    if (invalid.length > 0) return;
    try {
      await request({ variables: { newEmail: newEmail.trim(), password } });
      setSentTo(newEmail.trim());
      setPassword('');
    } catch (error) {
      fail(error);
    }
  };

  return (
    <section className="card" aria-labelledby="change-email">
      <h2 id="change-email">{t('changeEmail.title')}</h2>
      {sentTo ? <p role="status">{t('changeEmail.sent', { email: sentTo })}</p> : null}
      <FormError message={message} alertRef={alertRef} />
      <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          label={t('changeEmail.newEmail')}
          error={fields['newEmail']}
          type="email"
          name="newEmail"
          autoComplete="email"
          value={newEmail}
          onChange={(event) => setNewEmail(event.target.value)}
          required
        />
        <TextField
          label={t('changeEmail.password')}
          error={fields['password'] ? t('changeEmail.wrongPassword') : null}
          type="password"
          name="currentPassword"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
        />
        <Button type="submit" busy={loading}>
          {t('changeEmail.submit')}
        </Button>
      </form>
    </section>
  );
}
