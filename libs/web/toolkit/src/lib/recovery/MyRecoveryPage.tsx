import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Alert, Button, OTHER_COUNTRY, PageHeading, SelectField, UI_NS } from '@kinship/web/ui';
import { HELP_COUNTRIES } from '@kinship/shared/contracts';
import {
  CLEAR_CLEAN_DATE,
  MY_RECOVERY,
  SAVE_TIME_ZONE,
  SET_CLEAN_DATE,
  SET_RECOVERY_COUNTRY,
} from '../graphql/recovery.documents';
import { writeRecovery } from '../shared/cache';
import { deviceTimeZone, todayIn } from '../shared/dates';
import { useErrorMessage } from '../shared/errors';
import { RequireMember } from '../shared/RequireMember';
import { TOOLKIT_NS } from '../toolkit.resources';
import { CleanDateField, cleanDateProblem } from './CleanDateField';
import { CleanTimeCard } from './CleanTimeCard';
import { ResetDialog } from './ResetDialog';

function FirstCleanDate({ today }: { today: string }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const [save, { loading, error }] = useMutation(SET_CLEAN_DATE, {
    update: (cache, { data }) => writeRecovery(cache, data?.setCleanDate),
  });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (cleanDateProblem(value, today)) return;
    await save({ variables: { cleanDate: value } }).catch(() => undefined);
  };
  return (
    <section className="card" aria-labelledby="clean-date-form">
      <h2 id="clean-date-form">{t('recovery.form.heading')}</h2>
      <p>{t('recovery.form.intro')}</p>
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <CleanDateField
          label={t('recovery.form.label')}
          value={value}
          today={today}
          problem={touched ? cleanDateProblem(value, today) : null}
          onChange={setValue}
        />
        {error ? (
          <Alert tone="error">
            <p>{errorMessage(error)}</p>
          </Alert>
        ) : null}
        <Button type="submit" busy={loading}>
          {loading ? t('common.saving') : t('recovery.form.save')}
        </Button>
      </form>
    </section>
  );
}

function MyRecovery() {
  const { t } = useTranslation(TOOLKIT_NS);
  const { t: tUi } = useTranslation(UI_NS);
  const session = useSession();
  const errorMessage = useErrorMessage();
  const { data, loading, error } = useQuery(MY_RECOVERY);
  const [saveZone, zoneState] = useMutation(SAVE_TIME_ZONE, { refetchQueries: [MY_RECOVERY] });
  const [setCountry, countryState] = useMutation(SET_RECOVERY_COUNTRY, {
    update: (cache, { data: saved }) => writeRecovery(cache, saved?.setRecoveryCountry),
  });
  const [clear] = useMutation(CLEAR_CLEAN_DATE, {
    update: (cache, { data: saved }) => writeRecovery(cache, saved?.clearCleanDate),
  });
  const [resetOpen, setResetOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const device = deviceTimeZone();

  if (loading && !data) {
    return (
      <p role="status" className="muted">
        {t('recovery.loading')}
      </p>
    );
  }
  if (!data) {
    return (
      <Alert tone="error">
        <p>{error ? errorMessage(error) : t('common.errors.load')}</p>
      </Alert>
    );
  }
  const recovery = data.myRecovery;
  const today = recovery.cleanTime?.today ?? todayIn(recovery.timeZone);

  return (
    <>
      <p className="lead">{t('recovery.private')}</p>
      {notice ? (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {recovery.timeZoneSet ? null : (
        <Alert tone="info">
          <p>{t('recovery.zone.unset')}</p>
          <Button
            variant="secondary"
            busy={zoneState.loading}
            onClick={() =>
              void saveZone({ variables: { timeZone: device } }).then(({ data: saved }) => {
                if (saved) session.updateAccount(saved.updateProfile);
                setNotice(t('recovery.zone.saved', { zone: device }));
              })
            }
          >
            {t('recovery.zone.use', { zone: device })}
          </Button>
        </Alert>
      )}
      {recovery.cleanDate && recovery.cleanTime ? (
        <>
          <CleanTimeCard cleanDate={recovery.cleanDate} count={recovery.cleanTime} />
          <p className="button-row">
            <Button variant="secondary" onClick={() => setResetOpen(true)}>
              {t('recovery.reset.open')}
            </Button>
            <Button
              variant="secondary"
              onClick={() => void clear().then(() => setNotice(t('recovery.reset.cleared')))}
            >
              {t('recovery.reset.clear')}
            </Button>
          </p>
          {recovery.timeZoneSet ? (
            <p className="muted">{t('recovery.zone.current', { zone: recovery.timeZone })}</p>
          ) : null}
          <ResetDialog
            key={String(resetOpen)}
            open={resetOpen}
            today={today}
            onClose={() => setResetOpen(false)}
            onSaved={() => {
              setResetOpen(false);
              setNotice(t('recovery.reset.done'));
            }}
          />
        </>
      ) : (
        <FirstCleanDate today={today} />
      )}
      <section className="card" aria-labelledby="recovery-country">
        <h2 id="recovery-country">{t('recovery.country.heading')}</h2>
        <SelectField
          label={t('recovery.country.label')}
          hint={t('recovery.country.hint')}
          value={
            (HELP_COUNTRIES as readonly string[]).includes(recovery.country)
              ? recovery.country
              : OTHER_COUNTRY
          }
          onChange={(event) => void setCountry({ variables: { country: event.target.value } })}
          options={[...HELP_COUNTRIES, OTHER_COUNTRY].map((value) => ({
            value,
            label: tUi(`help.countries.${value}`),
          }))}
        />
        {countryState.called && !countryState.loading && !countryState.error ? (
          <p role="status" className="muted">
            {t('recovery.country.saved')}
          </p>
        ) : null}
      </section>
    </>
  );
}

/** My recovery: the clean date with its counter, milestones, a kind reset, and the help-line country. */
export function MyRecoveryPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <RequireMember>
      <PageHeading title={t('recovery.title')} />
      <MyRecovery />
    </RequireMember>
  );
}
