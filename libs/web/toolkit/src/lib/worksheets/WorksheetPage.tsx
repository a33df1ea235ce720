import { Link, useLocation, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@kinship/shared/contracts';
import { toFormErrors } from '@kinship/web/data';
import { Alert, PageHeading } from '@kinship/web/ui';
import { WORKSHEET } from '../graphql/worksheets.documents';
import { useErrorMessage } from '../shared/errors';
import { RequireMember } from '../shared/RequireMember';
import { TOOLKIT_NS } from '../toolkit.resources';
import { kindOfSlug } from './worksheet-kinds';
import { WorksheetEditor } from './WorksheetEditor';
import { WorksheetView } from './WorksheetView';

function NewWorksheet({ slug }: { slug: string | undefined }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const kind = kindOfSlug(slug);
  if (!kind) {
    return (
      <>
        <PageHeading title={t('worksheets.title')} />
        <Alert tone="error">
          <p>{t('worksheets.notFound')}</p>
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t(`worksheets.kinds.${kind}.name`)} />
      <p className="lead">{t(`worksheets.kinds.${kind}.about`)}</p>
      <WorksheetEditor kind={kind} sheet={null} />
    </>
  );
}

function SavedWorksheet({ id }: { id: string }) {
  const { t } = useTranslation(TOOLKIT_NS);
  const errorMessage = useErrorMessage();
  const location = useLocation();
  const { data, error } = useQuery(WORKSHEET, { variables: { id } });
  const justSaved = (location.state as { saved?: boolean } | null)?.saved === true;
  if (!data) {
    if (!error) {
      return (
        <p role="status" className="muted">
          {t('worksheets.loading')}
        </p>
      );
    }
    const code = toFormErrors(error).code;
    return (
      <>
        <PageHeading title={t('worksheets.title')} />
        <Alert tone="error">
          <p>
            {code === ErrorCode.NotFound || code === ErrorCode.BadUserInput
              ? t('worksheets.notFound')
              : errorMessage(error)}
          </p>
        </Alert>
      </>
    );
  }
  const sheet = data.worksheet;
  return (
    <>
      <PageHeading title={sheet.title} />
      <p className="muted">{t(`worksheets.kinds.${sheet.kind}.name`)}</p>
      {sheet.mine ? (
        <WorksheetEditor key={sheet.id} kind={sheet.kind} sheet={sheet} justSaved={justSaved} />
      ) : (
        <WorksheetView sheet={sheet} />
      )}
    </>
  );
}

/** One worksheet: a new one of a kind, one's own to edit, or one shared with you to read. */
export function WorksheetPage() {
  const { t } = useTranslation(TOOLKIT_NS);
  const { id, kind } = useParams();
  return (
    <RequireMember>
      <p>
        <Link to="/toolkit/worksheets">{t('worksheets.back')}</Link>
      </p>
      {id ? <SavedWorksheet id={id} /> : <NewWorksheet slug={kind} />}
    </RequireMember>
  );
}
