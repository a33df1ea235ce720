import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Alert, PageHeading } from '@kinship/web/ui';
import { ADMIN_JOBS_STATUS } from '../graphql/reminders.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { formatMoment } from '../utils/meeting-time';
import { RequireRole } from './RequireRole';

function JobsStatus() {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const { data, error, loading } = useQuery(ADMIN_JOBS_STATUS, { fetchPolicy: 'network-only' });
  const when = (iso: string | null | undefined) => (iso ? formatMoment(lang, iso) : t('jobs.never'));

  if (loading && !data)
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  if (error || !data)
    return (
      <Alert tone="error">
        <p>{error?.message ?? t('errors.network')}</p>
      </Alert>
    );
  const status = data.adminJobsStatus;
  return (
    <>
      <p>{status.working ? t('jobs.working') : t('jobs.notWorking')}</p>
      <div className="table-scroll">
        <table className="admin-table">
          <thead>
            <tr>
              {(
                [
                  'name',
                  'schedule',
                  'waiting',
                  'active',
                  'completed',
                  'failed',
                  'lastRun',
                  'lastError',
                ] as const
              ).map((c) => (
                <th key={c} scope="col">
                  {t(`jobs.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {status.queues.map((q) => (
              <tr key={q.name}>
                <th scope="row">{q.name}</th>
                <td>
                  <code style={{ whiteSpace: 'nowrap' }}>{q.schedule ?? t('jobs.onDemand')}</code>
                </td>
                <td>{q.waiting}</td>
                <td>{q.active}</td>
                <td>{q.completed}</td>
                <td>{q.failed}</td>
                <td>{when(q.lastCompletedAt)}</td>
                <td>{q.lastError ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('jobs.failures')}</h2>
      {status.failures.length === 0 ? (
        <p className="muted">{t('jobs.noFailures')}</p>
      ) : (
        <ul>
          {status.failures.map((f) => (
            <li key={f.jobId}>
              {t('jobs.failure', {
                date: when(f.failedAt),
                queue: f.queue,
                attempts: f.attempts,
                error: f.error,
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** /admin/jobs: queues, last runs and failures of the background jobs. Admins only. */
export function AdminJobsPage() {
  const { t } = useTranslation(MEETINGS_NS);
  return (
    <>
      <PageHeading title={t('jobs.title')} />
      <p>{t('jobs.intro')}</p>
      <RequireRole admin>
        <JobsStatus />
      </RequireRole>
    </>
  );
}
