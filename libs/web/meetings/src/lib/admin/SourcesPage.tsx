import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors, type MeetingSourcesQuery } from '@kinship/web/data';
import { Alert, Button, PageHeading } from '@kinship/web/ui';
import { MEETING_SOURCES, MEETING_SOURCE_RUNS, SYNC_MEETING_SOURCE } from '../graphql/sources.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { formatMoment } from '../utils/meeting-time';
import { RequireRole } from './RequireRole';
import { SourceForm } from './SourceForm';
import { SourceRuns } from './SourceRuns';

type Source = MeetingSourcesQuery['meetingSources'][number];
type Outcome = { tone: 'success' | 'error'; text: string; canForce: boolean };

function SourceCard({ source, onEdit }: { source: Source; onEdit: () => void }) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const [showRuns, setShowRuns] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [sync, syncing] = useMutation(SYNC_MEETING_SOURCE, {
    refetchQueries: [MEETING_SOURCES, MEETING_SOURCE_RUNS],
  });
  const when = (iso: string | null) => (iso ? formatMoment(lang, iso) : t('sources.never'));

  const run = async (force: boolean) => {
    setOutcome(null);
    try {
      const result = (await sync({ variables: { id: source.id, force } })).data?.syncMeetingSource;
      setOutcome(
        result?.status === 'OK'
          ? { tone: 'success', text: t('sources.runOk'), canForce: false }
          : { tone: 'error', text: result?.error ?? '', canForce: !force },
      );
    } catch (error) {
      setOutcome({
        tone: 'error',
        text: toFormErrors(error).message || t('errors.network'),
        canForce: false,
      });
    }
  };

  return (
    <article className="source-card" aria-labelledby={`source-${source.id}`}>
      <h2 id={`source-${source.id}`}>{source.source}</h2>
      <p className="muted">
        {source.kind ? t(`sources.kinds.${source.kind}`) : t('sources.kindUnknown')} ·{' '}
        {t('sources.schedule', { hours: source.everyHours, days: source.graceDays })}
      </p>
      <dl className="source-card__facts">
        <dt>{t('sources.fetches')}</dt>
        <dd className="source-card__url">{source.fetchUrl}</dd>
        <dt>{t('sources.nextRun')}</dt>
        <dd>{when(source.nextRunAt)}</dd>
        <dt>{t('sources.lastResult')}</dt>
        <dd>
          {source.lastRunAt ? `${when(source.lastRunAt)}: ${source.lastResult ?? ''}` : t('sources.never')}
        </dd>
      </dl>
      <div className="button-row button-row--tight">
        <Button busy={syncing.loading} onClick={() => void run(false)}>
          {syncing.loading ? t('sources.syncing') : t('sources.syncNow')}
        </Button>
        <Button variant="secondary" onClick={onEdit}>
          {t('sources.edit')}
        </Button>
        <Button variant="secondary" aria-expanded={showRuns} onClick={() => setShowRuns((v) => !v)}>
          {t('sources.history')}
        </Button>
      </div>
      {outcome ? (
        <div>
          <Alert tone={outcome.tone}>
            <p>{outcome.text}</p>
            {outcome.canForce ? (
              <>
                <p>{t('sources.forceHint')}</p>
                <Button variant="danger" busy={syncing.loading} onClick={() => void run(true)}>
                  {t('sources.force')}
                </Button>
              </>
            ) : null}
          </Alert>
        </div>
      ) : null}
      {showRuns ? (
        <section aria-label={t('sources.history')}>
          <SourceRuns sourceId={source.id} />
        </section>
      ) : null}
    </article>
  );
}

function Sources() {
  const { t } = useTranslation(MEETINGS_NS);
  const { data, error, loading, refetch } = useQuery(MEETING_SOURCES, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Source | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

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
  const done = (saved: boolean) => {
    setEditing(null);
    if (saved) {
      setNotice(t('sources.saved'));
      void refetch();
    }
  };
  return (
    <>
      {notice ? (
        <Alert tone="success">
          <p>{notice}</p>
        </Alert>
      ) : null}
      {editing ? (
        <SourceForm
          key={editing === 'new' ? 'new' : editing.id}
          source={editing === 'new' ? null : editing}
          onDone={done}
        />
      ) : (
        <p className="button-row">
          <Button
            onClick={() => {
              setNotice(null);
              setEditing('new');
            }}
          >
            {t('sources.add')}
          </Button>
        </p>
      )}
      {data.meetingSources.length === 0 ? <p className="muted">{t('sources.none')}</p> : null}
      {data.meetingSources.map((s) => (
        <SourceCard
          key={s.id}
          source={s}
          onEdit={() => {
            setNotice(null);
            setEditing(s);
          }}
        />
      ))}
    </>
  );
}

/** /admin/sources: feeds kept in sync, with "sync now" and each source's run history. Admins only. */
export function SourcesPage() {
  const { t } = useTranslation(MEETINGS_NS);
  return (
    <>
      <PageHeading title={t('sources.title')} />
      <p>{t('sources.intro')}</p>
      <RequireRole admin>
        <Sources />
      </RequireRole>
    </>
  );
}
