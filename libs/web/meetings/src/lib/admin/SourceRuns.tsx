import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { toFormErrors } from '@kinship/web/data';
import { Alert } from '@kinship/web/ui';
import { MEETING_SOURCE_RUNS } from '../graphql/sources.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { formatMoment } from '../utils/meeting-time';

const COUNTS = ['added', 'updated', 'unchanged', 'missing', 'unpublished', 'republished'] as const;

/** A source's latest runs: what each changed, or why it changed nothing (with its row errors). */
export function SourceRuns({ sourceId }: { sourceId: string }) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const { data, error, loading } = useQuery(MEETING_SOURCE_RUNS, {
    variables: { sourceId },
    fetchPolicy: 'cache-and-network',
  });
  const when = (iso: string) => formatMoment(lang, iso);

  if (loading && !data)
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  if (error || !data)
    return (
      <Alert tone="error">
        <p>{error ? toFormErrors(error).message : t('errors.network')}</p>
      </Alert>
    );
  const runs = data.meetingSourceRuns;
  if (runs.length === 0) return <p className="muted">{t('sources.noRuns')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="admin-table source-runs">
          <thead>
            <tr>
              <th scope="col">{t('sources.columns.started')}</th>
              <th scope="col">{t('sources.columns.status')}</th>
              {COUNTS.map((c) => (
                <th key={c} scope="col">
                  {t(`sources.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} className={run.status === 'FAILED' ? 'problem--error' : undefined}>
                <td>{when(run.startedAt)}</td>
                <td>
                  {t(`sources.status.${run.status}`)} {run.forced ? t('sources.forced') : ''}
                </td>
                {COUNTS.map((c) => (
                  <td key={c}>{run[c]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* why runs failed, outside the table so it wraps on a phone */}
      {runs
        .filter((run) => run.error)
        .map((run) => (
          <div key={run.id} className="source-runs__failure">
            <p className="source-runs__error">
              <strong>{when(run.startedAt)}</strong>: {run.error}
            </p>
            {run.rowErrors.length > 0 ? (
              <ul className="source-runs__rows">
                {run.rowErrors.map((e, i) => (
                  <li key={i}>
                    {e.row === null
                      ? t('sources.fileError', { field: e.field, message: e.message })
                      : t('sources.rowError', { row: e.row, field: e.field, message: e.message })}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ))}
    </>
  );
}
