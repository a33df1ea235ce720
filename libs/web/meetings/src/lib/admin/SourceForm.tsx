import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { toFormErrors, type FormErrors } from '@kinship/web/data';
import type { MeetingSourceKind, MeetingSourcesQuery } from '@kinship/web/data';
import { Alert, Button, SelectField, TextField } from '@kinship/web/ui';
import { ADD_MEETING_SOURCE, UPDATE_MEETING_SOURCE } from '../graphql/sources.documents';
import { MEETINGS_NS } from '../meetings.resources';

type Source = MeetingSourcesQuery['meetingSources'][number];
const KINDS: MeetingSourceKind[] = ['MEETING_GUIDE', 'BMLT', 'CSV'];

interface SourceFormState {
  kind: MeetingSourceKind;
  url: string;
  source: string;
  serviceBodyIds: string;
  everyHours: string;
  graceDays: string;
  program: string;
}

const fromSource = (s: Source | null): SourceFormState => ({
  kind: s?.kind ?? KINDS[0],
  url: s?.url ?? '',
  source: s?.source ?? '',
  serviceBodyIds: s?.serviceBodyIds.join(', ') ?? '',
  everyHours: String(s?.everyHours ?? 24),
  graceDays: String(s?.graceDays ?? 14),
  program: s?.programCode ?? '',
});

/** Adds a source, or edits one; the API checks every field and the form shows its message by the field. */
export function SourceForm({ source, onDone }: { source: Source | null; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(MEETINGS_NS);
  const [form, setForm] = useState(() => fromSource(source));
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [add, adding] = useMutation(ADD_MEETING_SOURCE);
  const [update, updating] = useMutation(UPDATE_MEETING_SOURCE);
  const set = (patch: Partial<SourceFormState>) => setForm((f) => ({ ...f, ...patch }));
  const field = (name: string) => errors?.fields[name] ?? null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    const ids = form.serviceBodyIds.split(/[\s,]+/).filter(Boolean);
    if (form.kind === 'BMLT' && ids.some((id) => !/^\d{1,9}$/.test(id))) {
      const message = t('sources.serviceBodiesHint');
      setErrors({
        code: 'BAD_USER_INPUT',
        message,
        fields: { serviceBodyIds: message },
        retryAfterSeconds: null,
      });
      return;
    }
    const input = {
      kind: form.kind,
      url: form.url.trim(),
      source: form.source.trim(),
      serviceBodyIds: form.kind === 'BMLT' ? ids.map(Number) : [],
      everyHours: Number.parseInt(form.everyHours, 10) || 0,
      graceDays: Number.parseInt(form.graceDays, 10),
      program: form.program.trim() || null,
    };
    if (Number.isNaN(input.graceDays)) input.graceDays = -1;
    try {
      if (source) await update({ variables: { id: source.id, input } });
      else await add({ variables: { input } });
      onDone(true);
    } catch (error) {
      setErrors(toFormErrors(error));
    }
  };

  return (
    <form className="form source-form" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{source ? t('sources.editTitle', { name: source.source }) : t('sources.add')}</h2>
      {errors && Object.keys(errors.fields).length === 0 ? (
        <Alert tone="error">
          <p>{errors.code === 'NETWORK' ? t('errors.network') : errors.message}</p>
        </Alert>
      ) : null}
      <SelectField
        label={t('sources.kind')}
        value={form.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`sources.kinds.${k}`) }))}
        onChange={(event) => set({ kind: event.target.value as MeetingSourceKind })}
      />
      <TextField
        label={t('sources.url')}
        hint={t('sources.urlHint')}
        type="url"
        value={form.url}
        error={field('url')}
        onChange={(event) => set({ url: event.target.value })}
      />
      <TextField
        label={t('sources.name')}
        hint={t('sources.nameHint')}
        value={form.source}
        error={field('source')}
        onChange={(event) => set({ source: event.target.value })}
      />
      {form.kind === 'BMLT' ? (
        <TextField
          label={t('sources.serviceBodies')}
          hint={t('sources.serviceBodiesHint')}
          inputMode="numeric"
          value={form.serviceBodyIds}
          error={field('serviceBodyIds')}
          onChange={(event) => set({ serviceBodyIds: event.target.value })}
        />
      ) : null}
      <TextField
        label={t('sources.everyHours')}
        type="number"
        min={1}
        max={720}
        value={form.everyHours}
        error={field('everyHours')}
        onChange={(event) => set({ everyHours: event.target.value })}
      />
      <TextField
        label={t('sources.graceDays')}
        hint={t('sources.graceDaysHint')}
        type="number"
        min={0}
        max={365}
        value={form.graceDays}
        error={field('graceDays')}
        onChange={(event) => set({ graceDays: event.target.value })}
      />
      <TextField
        label={t('sources.program')}
        hint={t('sources.programHint')}
        labelSuffix={t('form.optional')}
        value={form.program}
        error={field('program')}
        onChange={(event) => set({ program: event.target.value })}
      />
      <div className="button-row">
        <Button type="submit" busy={adding.loading || updating.loading}>
          {t('sources.save')}
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          {t('sources.cancel')}
        </Button>
      </div>
    </form>
  );
}
