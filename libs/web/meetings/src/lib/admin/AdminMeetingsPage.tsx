import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@kinship/web/data';
import { Alert, Button, Dialog, PageHeading } from '@kinship/web/ui';
import { ADMIN_MEETINGS, DELETE_MEETING, SET_MEETING_PUBLISHED } from '../graphql/admin.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { weekdayNames } from '../utils/meeting-time';
import { RequireRole } from './RequireRole';

function AdminMeetings() {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const days = weekdayNames(lang, 'short');
  const [query, setQuery] = useState('');
  const [applied, setApplied] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(ADMIN_MEETINGS, {
    variables: {
      filter: {
        includeUnpublished: true,
        attendance: ['IN_PERSON', 'ONLINE', 'HYBRID', 'INACTIVE'],
        query: applied || null,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const [publish] = useMutation(SET_MEETING_PUBLISHED);
  const [remove, removing] = useMutation(DELETE_MEETING);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (work: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(toFormErrors(error).message || t('errors.network'));
    }
  };

  return (
    <>
      <PageHeading title={t('admin.title')} />
      <p className="button-row">
        <Link className="button button--primary" to="/admin/meetings/new">
          {t('admin.new')}
        </Link>
        <Link className="button button--secondary" to="/admin/meetings/import">
          {t('admin.import')}
        </Link>
        <Link className="button button--secondary" to="/admin/sources">
          {t('sources.navLink')}
        </Link>
      </p>
      <form
        className="finder-words"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(query.trim());
        }}
      >
        <label htmlFor="admin-q" className="field__label">
          {t('admin.search')}
        </label>
        <input
          id="admin-q"
          className="field__control"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </form>
      {problem || error ? (
        <Alert tone="error">
          <p>
            {problem ??
              (toFormErrors(error).code === 'NETWORK' ? t('errors.network') : toFormErrors(error).message)}
          </p>
        </Alert>
      ) : null}
      {loading && !data ? (
        <p role="status" className="muted">
          {t('finder.loading')}
        </p>
      ) : null}
      <div className="table-scroll">
        <table className="admin-table">
          <caption className="visually-hidden">{t('admin.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.columns.name')}</th>
              <th scope="col">{t('admin.columns.when')}</th>
              <th scope="col">{t('admin.columns.status')}</th>
              <th scope="col">{t('admin.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {(data?.meetings.edges ?? []).map(({ node: m }) => (
              <tr key={m.id}>
                <td>
                  <Link to={`/meetings/${m.id}`}>{m.name}</Link>
                  <br />
                  <span className="muted">
                    {m.program.code}
                    {m.group ? ` · ${m.group.name}` : ''}
                  </span>
                </td>
                <td>
                  {m.days.map((d) => days[d]).join(', ')} {m.startTime}
                  <br />
                  <span className="muted">{m.timeZone}</span>
                </td>
                <td>
                  {m.published ? t('admin.published') : t('admin.unpublished')}
                  <br />
                  <span className="muted">{t(`attendance.${m.attendance}`)}</span>
                </td>
                <td>
                  {m.canEdit ? (
                    <div className="button-row button-row--tight">
                      <Link to={`/admin/meetings/${m.id}/edit`}>{t('admin.edit', { name: m.name })}</Link>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() =>
                          void run(() => publish({ variables: { id: m.id, published: !m.published } }))
                        }
                      >
                        {m.published ? t('admin.unpublish') : t('admin.publish')}
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setDeleting({ id: m.id, name: m.name })}
                      >
                        {t('admin.delete')}
                      </button>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data?.meetings.pageInfo.hasNextPage ? (
        <Button
          variant="secondary"
          busy={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: data.meetings.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                meetings: {
                  ...fetchMoreResult.meetings,
                  edges: [...previous.meetings.edges, ...fetchMoreResult.meetings.edges],
                },
              }),
            })
          }
        >
          {t('admin.more')}
        </Button>
      ) : null}
      <Dialog open={deleting !== null} title={t('admin.deleteTitle')} onClose={() => setDeleting(null)}>
        <p>{t('admin.deleteText', { name: deleting?.name ?? '' })}</p>
        <div className="button-row">
          <Button
            variant="danger"
            busy={removing.loading}
            onClick={() =>
              void run(async () => {
                if (deleting) await remove({ variables: { id: deleting.id } });
                setDeleting(null);
                await refetch();
              })
            }
          >
            {t('admin.deleteConfirm')}
          </Button>
          <Button variant="secondary" onClick={() => setDeleting(null)}>
            {t('admin.cancel')}
          </Button>
        </div>
      </Dialog>
    </>
  );
}

/** Admins: every meeting, published or not, with edit, publish/unpublish and delete. */
export function AdminMeetingsPage() {
  return (
    <RequireRole admin>
      <AdminMeetings />
    </RequireRole>
  );
}
