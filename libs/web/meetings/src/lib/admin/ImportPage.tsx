import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  toFormErrors,
  useAccessToken,
  type ImportMeetingsMutation,
  type MeetingImportFormat,
} from '@kinship/web/data';
import { Alert, Button, PageHeading, SelectField, TextField } from '@kinship/web/ui';
import { IMPORT_MEETINGS, MEETING_IMPORTS } from '../graphql/admin.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { RequireRole } from './RequireRole';

type Report = ImportMeetingsMutation['importMeetings'];

/** Files up to this size go through GraphQL; larger ones to POST /admin/meetings/import. */
const GRAPHQL_MAX_CHARS = 90_000;

const sourceFromFileName = (name: string) =>
  name
    .replace(/\.[^.]+$/, '')
    .replace(/[^A-Za-z0-9._:/@-]+/g, '-')
    .slice(0, 200) || 'import';

function ImportForm() {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const fileId = useId();
  const client = useApolloClient();
  const accessToken = useAccessToken();
  const history = useQuery(MEETING_IMPORTS, { fetchPolicy: 'cache-and-network' });
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [program, setProgram] = useState('');
  const [format, setFormat] = useState<'' | MeetingImportFormat>('');
  const [timeZone, setTimeZone] = useState('');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (dryRun: boolean) => {
    setProblem(null);
    setReport(null);
    if (!file) {
      setProblem(t('import.noFile'));
      return;
    }
    if (!source.trim()) {
      setProblem(t('import.noSource'));
      return;
    }
    setBusy(true);
    try {
      const text = await file.text();
      if (text.length <= GRAPHQL_MAX_CHARS) {
        const { data } = await client.mutate({
          mutation: IMPORT_MEETINGS,
          variables: {
            input: {
              text,
              source: source.trim(),
              program: program || null,
              format: format || null,
              defaultTimeZone: timeZone.trim() || null,
              dryRun,
            },
          },
        });
        setReport(data?.importMeetings ?? null);
      } else {
        // A query first, so an expired access token is refreshed before the upload.
        await client.query({ query: MEETING_IMPORTS, fetchPolicy: 'network-only' });
        const query = new URLSearchParams({ source: source.trim() });
        if (program) query.set('program', program);
        if (format) query.set('format', format);
        if (timeZone.trim()) query.set('timeZone', timeZone.trim());
        if (dryRun) query.set('dryRun', 'true');
        const response = await fetch(`/admin/meetings/import?${query}`, {
          method: 'POST',
          headers: {
            'content-type': 'text/plain; charset=utf-8',
            authorization: `Bearer ${accessToken() ?? ''}`,
          },
          body: text,
        });
        const body = (await response.json()) as Report & { message?: string };
        if (!response.ok) setProblem(body.message ?? t('errors.network'));
        else setReport({ ...body, problems: body.problems.map((p) => ({ ...p, row: p.row ?? null })) });
      }
      if (!dryRun) await history.refetch();
    } catch (error) {
      const e = toFormErrors(error);
      setProblem(e.code === 'NETWORK' ? t('errors.network') : e.message);
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(false);
  };

  return (
    <>
      <p>{t('import.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={fileId} className="field__label">
            {t('import.file')}
          </label>
          <p className="field__hint" id={`${fileId}-hint`}>
            {t('import.fileHint')}
          </p>
          <input
            id={fileId}
            type="file"
            accept=".json,.jsonc,.csv,.txt,application/json,text/csv"
            aria-describedby={`${fileId}-hint`}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              if (chosen && !source) setSource(sourceFromFileName(chosen.name));
            }}
          />
        </div>
        <TextField
          label={t('import.source')}
          hint={t('import.sourceHint')}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
        <SelectField
          label={t('import.program')}
          value={program}
          options={[
            { value: '', label: t('import.programDefault') },
            ...(history.data?.recoveryPrograms ?? []).map((p) => ({ value: p.code, label: p.name })),
          ]}
          onChange={(e) => setProgram(e.target.value)}
        />
        <SelectField
          label={t('import.format')}
          value={format}
          options={[
            { value: '', label: t('import.formatAuto') },
            { value: 'MEETING_GUIDE', label: 'Meeting Guide JSON' },
            { value: 'BMLT', label: 'BMLT GetSearchResults JSON' },
            { value: 'TSML_CSV', label: 'TSML CSV' },
          ]}
          onChange={(e) => setFormat(e.target.value as '' | MeetingImportFormat)}
        />
        <TextField
          label={t('import.timeZone')}
          hint={t('import.timeZoneHint')}
          labelSuffix={t('form.optional')}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
        />
        <div className="button-row">
          <Button variant="secondary" busy={busy} onClick={() => void run(true)}>
            {t('import.check')}
          </Button>
          <Button type="submit" busy={busy}>
            {t('import.run')}
          </Button>
        </div>
      </form>
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
      {report ? <ImportReportView report={report} /> : null}
      <section aria-labelledby="recent-imports">
        <h2 id="recent-imports">{t('import.recent')}</h2>
        {(history.data?.meetingImports ?? []).length === 0 ? (
          <p className="muted">{t('import.noneYet')}</p>
        ) : null}
        <ul>
          {(history.data?.meetingImports ?? []).map((i) => (
            <li key={`${i.source}-${i.importedAt}`}>
              {t('import.logLine', {
                date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
                  new Date(i.importedAt),
                ),
                source: i.source,
                format: i.format,
                created: i.created,
                updated: i.updated,
                unchanged: i.unchanged,
                unpublished: i.unpublished,
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function ImportReportView({ report }: { report: Report }) {
  const { t } = useTranslation(MEETINGS_NS);
  const tone = report.errors > 0 ? 'error' : 'success';
  const title =
    report.errors > 0
      ? t('import.refused', { count: report.errors })
      : report.dryRun
        ? t('import.checked')
        : t('import.done');
  return (
    <section aria-labelledby="import-report">
      <h2 id="import-report">{t('import.report')}</h2>
      <Alert tone={tone} title={title}>
        <p>
          {t('import.counts', {
            format: report.format,
            program: report.programCode,
            meetings: report.meetings,
            created: report.created,
            updated: report.updated,
            unchanged: report.unchanged,
            unpublished: report.unpublished,
            skipped: report.skipped,
          })}
        </p>
      </Alert>
      {report.problems.length ? (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>{t('import.problems', { errors: report.errors, warnings: report.warnings })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.columns.severity')}</th>
                <th scope="col">{t('import.columns.row')}</th>
                <th scope="col">{t('import.columns.field')}</th>
                <th scope="col">{t('import.columns.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i} className={p.severity === 'error' ? 'problem--error' : undefined}>
                  <td>{p.severity === 'error' ? t('import.error') : t('import.warning')}</td>
                  <td>{p.row ?? '—'}</td>
                  <td>{p.field}</td>
                  <td>{p.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Admins: import a Meeting Guide feed, BMLT results or a TSML CSV, checking it first if they like. */
export function ImportPage() {
  const { t } = useTranslation(MEETINGS_NS);
  return (
    <>
      <PageHeading title={t('import.title')} />
      <p>
        <Link to="/admin/meetings">{t('import.back')}</Link>
      </p>
      <RequireRole admin>
        <ImportForm />
      </RequireRole>
    </>
  );
}
