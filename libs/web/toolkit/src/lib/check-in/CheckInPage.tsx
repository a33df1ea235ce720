import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeading, SelectField } from '@kinship/web/ui';
import { MY_CHECK_INS } from '../graphql/check-ins.documents';
import { useErrorMessage } from '../shared/errors';
import { RequireMember } from '../shared/RequireMember';
import { TOOLKIT_NS } from '../toolkit.resources';
import { CheckInChart } from './CheckInChart';
import { CheckInForm } from './CheckInForm';

const RANGES = [14, 30, 90];

function CheckIns() {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const [days, setDays] = useState(30);
  const { data, previousData, error } = useQuery(MY_CHECK_INS, { variables: { days } });
  const history = (data ?? previousData)?.myCheckIns;
  if (!history) {
    return error ? (
      <Alert tone="error">
        <p>{errorMessage(error)}</p>
      </Alert>
    ) : (
      <p role="status" className="muted">
        {t('checkIn.loading')}
      </p>
    );
  }
  return (
    <>
      <CheckInForm key={history.today} today={history.todayCheckIn} />
      <section aria-labelledby="check-in-chart">
        <h2 id="check-in-chart">{t('checkIn.chart.heading')}</h2>
        <SelectField
          label={t('checkIn.chart.range')}
          value={String(days)}
          onChange={(event) => setDays(Number(event.target.value))}
          options={RANGES.map((n) => ({ value: String(n), label: t('checkIn.chart.days', { count: n }) }))}
        />
        <CheckInChart entries={history.entries} today={history.today} days={days} />
      </section>
    </>
  );
}

/** The optional daily check-in and its private history chart. */
export function CheckInPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <RequireMember>
      <PageHeading title={t('checkIn.title')} />
      <p className="lead">{t('checkIn.lead')}</p>
      <CheckIns />
    </RequireMember>
  );
}
