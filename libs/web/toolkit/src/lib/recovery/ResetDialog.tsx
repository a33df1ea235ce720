import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog } from '@kinship/web/ui';
import { SET_CLEAN_DATE } from '../graphql/recovery.documents';
import { writeRecovery } from '../shared/cache';
import { useErrorMessage } from '../shared/errors';
import { TOOLKIT_NS } from '../toolkit.resources';
import { CleanDateField, cleanDateProblem } from './CleanDateField';

/**
 * Setting a new clean date after a slip or relapse: kind words, a reminder that it stays private, and a
 * way to get help. Nothing about it is kept or shown anywhere else.
 */
export function ResetDialog({
  open,
  today,
  onClose,
  onSaved,
}: {
  open: boolean;
  today: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState(today);
  const [touched, setTouched] = useState(false);
  const [save, { loading, error }] = useMutation(SET_CLEAN_DATE, {
    update: (cache, { data }) => writeRecovery(cache, data?.setCleanDate),
  });
  const problem = touched ? cleanDateProblem(value, today) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (cleanDateProblem(value, today)) return;
    try {
      await save({ variables: { cleanDate: value } });
      onSaved();
    } catch {
      // shown below from `error`
    }
  };

  return (
    <Dialog open={open} title={t('recovery.reset.title')} onClose={onClose}>
      <p>{t('recovery.reset.text')}</p>
      <p>{t('recovery.reset.privacy')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <CleanDateField
          label={t('recovery.reset.label')}
          value={value}
          today={today}
          problem={problem}
          onChange={setValue}
        />
        {error ? (
          <Alert tone="error">
            <p>{errorMessage(error)}</p>
          </Alert>
        ) : null}
        <p className="button-row">
          <Button type="submit" busy={loading}>
            {loading ? t('common.saving') : t('recovery.reset.save')}
          </Button>
          <Button variant="secondary" onClick={onClose}>
            {t('recovery.reset.notNow')}
          </Button>
        </p>
      </form>
      <p className="muted">
        {t('recovery.reset.support')} <Link to="/help">{t('recovery.reset.help')}</Link>
      </p>
    </Dialog>
  );
}
