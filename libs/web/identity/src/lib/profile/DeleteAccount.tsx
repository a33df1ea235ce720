import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useSession } from '@kinship/web/data';
import { Button, Dialog, TextField } from '@kinship/web/ui';
import { ErrorCode } from '@kinship/shared/contracts';
import { DELETE_ACCOUNT } from '../graphql/profile.documents';
import { IDENTITY_NS } from '../identity.resources';
import { FormError } from '../shared/FormError';
import { localErrors, useFormErrors } from '../shared/useFormErrors';

/** "Delete my account": a confirm dialog that asks for the password and says it cannot be undone. */
export function DeleteAccount() {
  const { t } = useTranslation(IDENTITY_NS);
  const session = useSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [deleteAccount, { loading }] = useMutation(DELETE_ACCOUNT);
  // The API answers a wrong password with BAD_USER_INPUT on the `password` field.
  const { formRef, alertRef, errors, fields, message, setErrors, fail } = useFormErrors({
    [ErrorCode.BadUserInput]: t('errors.wrongPassword'),
  });
  const wrongPassword = Boolean(errors?.message);

  const close = () => {
    setOpen(false);
    setPassword('');
    setErrors(null);
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(localErrors(password ? [] : ['password']));
    if (!password) return;
    try {
      await deleteAccount({ variables: { input: { password } } });
    } catch (error) {
      fail(error);
      return;
    }
    navigate('/', { replace: true, state: { notice: t('delete.done') } });
    await session.clear();
  };

  return (
    <section className="card" aria-labelledby="delete-account">
      <h2 id="delete-account">{t('delete.title')}</h2>
      <p>{t('delete.intro')}</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('delete.open')}
      </Button>
      <Dialog open={open} title={t('delete.dialogTitle')} onClose={close}>
        <p>{t('delete.dialogText')}</p>
        <form ref={formRef} noValidate onSubmit={(event) => void confirm(event)}>
          <FormError message={message} alertRef={alertRef} />
          <TextField
            label={t('fields.password.label')}
            error={
              fields['password']
                ? t(wrongPassword ? 'errors.wrongPassword' : 'invalid.passwordRequired')
                : null
            }
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
          />
          <div className="button-row">
            <Button type="submit" variant="danger" busy={loading}>
              {loading ? t('delete.deleting') : t('delete.confirm')}
            </Button>
            <Button variant="secondary" onClick={close}>
              {t('delete.cancel')}
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
