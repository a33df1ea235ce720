import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@kinship/web/data';
import { Alert } from '@kinship/web/ui';
import { MY_WEEKLY_DIGEST, SET_WEEKLY_DIGEST } from '../graphql/reminders.documents';
import { MEETINGS_NS } from '../meetings.resources';

/** The weekly email of the coming week's saved meetings: off until the member turns it on. */
export function WeeklyDigest() {
  const { t } = useTranslation(MEETINGS_NS);
  const { data } = useQuery(MY_WEEKLY_DIGEST, { fetchPolicy: 'cache-and-network' });
  const [setDigest, { loading }] = useMutation(SET_WEEKLY_DIGEST, {
    refetchQueries: [MY_WEEKLY_DIGEST],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const enabled = data?.me?.weeklyDigest ?? false;

  const toggle = async (next: boolean) => {
    setProblem(null);
    try {
      await setDigest({ variables: { enabled: next } });
    } catch (error) {
      setProblem(toFormErrors(error).message || t('errors.network'));
    }
  };

  return (
    <section className="card" aria-labelledby="weekly-digest">
      <h2 id="weekly-digest">{t('digest.title')}</h2>
      <label className="chip">
        <input
          type="checkbox"
          checked={enabled}
          disabled={loading || !data}
          onChange={(event) => void toggle(event.target.checked)}
        />
        {t('digest.label')}
      </label>
      <p className="field__hint">{t('digest.hint')}</p>
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
    </section>
  );
}
