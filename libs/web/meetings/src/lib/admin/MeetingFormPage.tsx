import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors, type FormErrors } from '@kinship/web/data';
import { Alert, Button, PageHeading, SelectField, TextAreaField, TextField } from '@kinship/web/ui';
import {
  CREATE_MEETING,
  FORM_OPTIONS,
  MEETING_FOR_EDIT,
  TIME_ZONE_AT,
  UPDATE_MEETING,
} from '../graphql/admin.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { viewerTimeZone } from '../utils/finder-state';
import { weekdayNames } from '../utils/meeting-time';
import { emptyForm, formFromMeeting, toMeetingInput, type MeetingFormState } from './meeting-form-state';
import { RequireRole } from './RequireRole';
import { MeetingOverrides } from './MeetingOverrides';

const ZONES: string[] = (() => {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  return intl.supportedValuesOf?.('timeZone') ?? ['UTC'];
})();

/** The form's coordinates as a point, when both are numbers in range. */
function pinOf(form: MeetingFormState): { latitude: number; longitude: number } | null {
  if (!form.latitude.trim() || !form.longitude.trim()) return null;
  const latitude = Number(form.latitude);
  const longitude = Number(form.longitude);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
  return { latitude, longitude };
}

/** Suggests the zone of the pin (computed by our server from shipped boundaries) when it differs. */
function ZoneAtPin({ form, onUse }: { form: MeetingFormState; onUse: (zone: string) => void }) {
  const { t } = useTranslation(MEETINGS_NS);
  const pin = pinOf(form);
  const { data } = useQuery(TIME_ZONE_AT, { variables: pin ?? { latitude: 0, longitude: 0 }, skip: !pin });
  const zone = pin ? (data?.timeZoneAt ?? null) : null;
  if (!zone || zone === form.timeZone) return null;
  return (
    <div className="meeting-form__zone-at-pin" role="status">
      <p>{t('form.zoneAtPin', { zone })}</p>
      <Button variant="secondary" onClick={() => onUse(zone)}>
        {t('form.useZoneAtPin', { zone })}
      </Button>
    </div>
  );
}

function MeetingForm({ initial, id }: { initial: MeetingFormState; id: string | null }) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const options = useQuery(FORM_OPTIONS, { variables: { language: lang } });
  const [create, creating] = useMutation(CREATE_MEETING);
  const [update, updating] = useMutation(UPDATE_MEETING);
  const days = weekdayNames(lang);
  const set = (patch: Partial<MeetingFormState>) => setForm((f) => ({ ...f, ...patch }));
  const field = (name: keyof MeetingFormState) => errors?.fields[name] ?? null;

  useEffect(() => {
    if (!errors) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-form-error]')?.focus();
  }, [errors]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    try {
      const input = toMeetingInput(form);
      const saved = id
        ? (await update({ variables: { id, input } })).data?.updateMeeting.id
        : (await create({ variables: { input } })).data?.createMeeting.id;
      if (saved) navigate(`/meetings/${saved}`, { state: { notice: t('form.saved') } });
    } catch (error) {
      setErrors(toFormErrors(error));
    }
  };

  const text = (
    name: keyof MeetingFormState,
    label: string,
    extra: { hint?: string; type?: string; optional?: boolean } = {},
  ) => (
    <TextField
      label={label}
      hint={extra.hint}
      type={extra.type ?? 'text'}
      labelSuffix={extra.optional ? t('form.optional') : undefined}
      value={String(form[name] ?? '')}
      error={field(name)}
      onChange={(event) => set({ [name]: event.target.value } as Partial<MeetingFormState>)}
    />
  );

  const online = form.attendance !== 'IN_PERSON';
  const inPerson = form.attendance !== 'ONLINE';
  return (
    <form ref={formRef} className="form meeting-form" onSubmit={(event) => void submit(event)} noValidate>
      {errors ? (
        <div tabIndex={-1} data-form-error>
          <Alert tone="error" title={t('form.problems')}>
            <p>{errors.code === 'NETWORK' ? t('errors.network') : errors.message}</p>
          </Alert>
        </div>
      ) : null}
      {text('name', t('form.name'))}
      <SelectField
        label={t('form.program')}
        value={form.program}
        error={field('program')}
        options={(options.data?.recoveryPrograms ?? [{ code: form.program, name: form.program }]).map(
          (p) => ({
            value: p.code,
            label: p.name,
          }),
        )}
        onChange={(event) => set({ program: event.target.value })}
      />
      <fieldset className="chips" aria-invalid={field('days') ? true : undefined}>
        <legend>{t('form.days')}</legend>
        {field('days') ? <p className="field__error">{field('days')}</p> : null}
        {days.map((name, day) => (
          <label key={day} className="chip">
            <input
              type="checkbox"
              checked={form.days.includes(day)}
              onChange={() =>
                set({
                  days: form.days.includes(day) ? form.days.filter((d) => d !== day) : [...form.days, day],
                })
              }
            />
            {name}
          </label>
        ))}
      </fieldset>
      {text('startTime', t('form.startTime'), { hint: t('form.timeHint') })}
      {text('endTime', t('form.endTime'), { hint: t('form.endHint'), optional: true })}
      <TextField
        label={t('form.timeZone')}
        hint={t('form.timeZoneHint')}
        list="meeting-zones"
        value={form.timeZone}
        error={field('timeZone')}
        onChange={(event) => set({ timeZone: event.target.value })}
      />
      <datalist id="meeting-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <fieldset className="chips">
        <legend>{t('form.attendance')}</legend>
        {(['IN_PERSON', 'ONLINE', 'HYBRID'] as const).map((a) => (
          <label key={a} className="chip">
            <input
              type="radio"
              name="attendance"
              checked={form.attendance === a}
              onChange={() => set({ attendance: a })}
            />
            {t(`attendance.${a}`)}
          </label>
        ))}
        {field('attendance') ? <p className="field__error">{field('attendance')}</p> : null}
      </fieldset>
      {inPerson ? (
        <fieldset>
          <legend>{t('form.place')}</legend>
          {text('venue', t('form.venue'), { optional: true })}
          {text('address', t('form.address'), { hint: t('form.addressHint') })}
          {text('city', t('form.city'), { optional: true })}
          {text('state', t('form.state'), { optional: true })}
          {text('postalCode', t('form.postalCode'), { optional: true })}
          {text('country', t('form.country'), { optional: true })}
          {text('locationNotes', t('form.locationNotes'), { optional: true })}
          {text('latitude', t('form.latitude'), { hint: t('form.coordinatesHint'), optional: true })}
          {text('longitude', t('form.longitude'), { optional: true })}
          <ZoneAtPin form={form} onUse={(timeZone) => set({ timeZone })} />
        </fieldset>
      ) : (
        text('address', t('form.area'), { hint: t('form.areaHint'), optional: true })
      )}
      {online ? (
        <fieldset>
          <legend>{t('form.online')}</legend>
          {text('conferenceUrl', t('form.conferenceUrl'), { hint: t('form.conferenceUrlHint'), type: 'url' })}
          {text('conferenceUrlNotes', t('form.conferenceUrlNotes'), { optional: true })}
          {text('conferencePhone', t('form.conferencePhone'), {
            hint: t('form.conferencePhoneHint'),
            type: 'tel',
          })}
          {text('conferencePhoneNotes', t('form.conferencePhoneNotes'), { optional: true })}
        </fieldset>
      ) : null}
      <fieldset className="chips chips--scroll">
        <legend>{t('form.types')}</legend>
        {field('types') ? <p className="field__error">{field('types')}</p> : null}
        {(options.data?.meetingTypes ?? []).map((type) => (
          <label key={type.code} className="chip">
            <input
              type="checkbox"
              checked={form.types.includes(type.code)}
              onChange={() =>
                set({
                  types: form.types.includes(type.code)
                    ? form.types.filter((c) => c !== type.code)
                    : [...form.types, type.code],
                })
              }
            />
            {type.name}
          </label>
        ))}
      </fieldset>
      <TextAreaField
        label={t('form.notes')}
        labelSuffix={t('form.optional')}
        value={form.notes}
        error={field('notes')}
        onChange={(event) => set({ notes: event.target.value })}
      />
      <label className="chip">
        <input
          type="checkbox"
          checked={form.published}
          onChange={(event) => set({ published: event.target.checked })}
        />
        {t('form.published')}
      </label>
      <div className="button-row">
        <Button type="submit" busy={creating.loading || updating.loading}>
          {id ? t('form.saveChanges') : t('form.create')}
        </Button>
      </div>
    </form>
  );
}

function EditMeeting({ id }: { id: string }) {
  const { t } = useTranslation(MEETINGS_NS);
  const { data, loading, error } = useQuery(MEETING_FOR_EDIT, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (loading && !data)
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  if (!data?.meeting) {
    return (
      <Alert tone="error">
        <p>{error ? toFormErrors(error).message : t('meeting.missing')}</p>
      </Alert>
    );
  }
  return (
    <>
      <MeetingOverrides meetingId={id} overrides={data.meeting.overrides} />
      <MeetingForm
        key={data.meeting.overrides.map((o) => o.field).join(',')}
        id={id}
        initial={formFromMeeting(data.meeting)}
      />
    </>
  );
}

/** Creating (admins) or editing (admins and the group's contacts) a meeting. */
export function MeetingFormPage() {
  const { id } = useParams();
  const { t } = useTranslation(MEETINGS_NS);
  const initial = useMemo(() => emptyForm(viewerTimeZone()), []);
  return (
    <>
      <PageHeading title={id ? t('form.editTitle') : t('form.newTitle')} />
      <RequireRole>{id ? <EditMeeting id={id} /> : <MeetingForm id={null} initial={initial} />}</RequireRole>
    </>
  );
}
