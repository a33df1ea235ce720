import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { WorksheetKind } from '@kinship/web/data';
import { Alert, PageHeading } from '@kinship/web/ui';
import { WORKSHEET_LISTS } from '../graphql/worksheets.documents';
import { useErrorMessage } from '../shared/errors';
import { RequireMember } from '../shared/RequireMember';
import { TOOLKIT_NS } from '../toolkit.resources';
import { newWorksheetPath } from './worksheet-kinds';

const KINDS: WorksheetKind[] = ['COST_BENEFIT', 'ABC', 'CHANGE_PLAN'];

function Lists() {
  const { t, i18n } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const { data, error } = useQuery(WORKSHEET_LISTS, { fetchPolicy: 'cache-and-network' });
  const date = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium' }).format(new Date(iso));
  if (!data) {
    return error ? (
      <Alert tone="error">
        <p>{errorMessage(error)}</p>
      </Alert>
    ) : (
      <p role="status" className="muted">
        {t('worksheets.loading')}
      </p>
    );
  }
  return (
    <>
      <section aria-labelledby="my-worksheets">
        <h2 id="my-worksheets">{t('worksheets.mine')}</h2>
        {data.myWorksheets.length === 0 ? <p>{t('worksheets.none')}</p> : null}
        <ul className="worksheet-list">
          {data.myWorksheets.map((w) => (
            <li key={w.id} className="card">
              <Link to={`/toolkit/worksheets/${w.id}`}>{w.title}</Link>
              <p className="muted">
                {t(`worksheets.kinds.${w.kind}.name`)} ·{' '}
                {t('worksheets.updated', { date: date(w.updatedAt) })} ·{' '}
                {w.sharedWith && w.visibleToSponsor
                  ? t('worksheets.sharedTag', { name: w.sharedWith.displayName })
                  : t('worksheets.private')}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="shared-with-me">
        <h2 id="shared-with-me">{t('worksheets.sharedWithMe')}</h2>
        <p className="muted">{t('worksheets.sharedWithMeIntro')}</p>
        {data.worksheetsSharedWithMe.length === 0 ? <p>{t('worksheets.noneShared')}</p> : null}
        <ul className="worksheet-list">
          {data.worksheetsSharedWithMe.map((w) => (
            <li key={w.id} className="card">
              <Link to={`/toolkit/worksheets/${w.id}`}>{w.title}</Link>
              <p className="muted">
                {t('worksheets.by', { name: w.owner.displayName })} · {t(`worksheets.kinds.${w.kind}.name`)} ·{' '}
                {t('worksheets.updated', { date: date(w.updatedAt) })}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The member's worksheets, the ones shared with them as a sponsor, and new ones to start. */
export function WorksheetsPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  return (
    <RequireMember>
      <PageHeading title={t('worksheets.title')} />
      <p className="lead">{t('worksheets.lead')}</p>
      <section aria-labelledby="new-worksheet">
        <h2 id="new-worksheet">{t('worksheets.start')}</h2>
        <ul className="card-grid">
          {KINDS.map((kind) => (
            <li key={kind} className="card">
              <h3>
                <Link to={newWorksheetPath(kind)}>{t(`worksheets.kinds.${kind}.name`)}</Link>
              </h3>
              <p>{t(`worksheets.kinds.${kind}.about`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <Lists />
    </RequireMember>
  );
}
