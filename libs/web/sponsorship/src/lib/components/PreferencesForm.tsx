import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MemberGender, SeekerPreferencesQuery } from '@kinship/web/data';
import { Alert, Button, SelectField } from '@kinship/web/ui';
import { SAVE_SEEKER_PREFERENCES } from '../graphql/sponsorship.documents';
import { usePrograms } from '../hooks/usePrograms';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { browserTimeZone, errorText, LANGUAGE_CODES, languageName, timeZones } from '../utils/format';
import { AreaField, type AreaValue } from './AreaField';
import { AvailabilityField, windowsValid, type WindowValue } from './AvailabilityField';
import { Checkbox, CheckboxGroup } from './fields';
import { MeetingsShare } from './MeetingsShare';

export const GENDERS: MemberGender[] = ['WOMAN', 'MAN', 'NONBINARY'];

type Saved = NonNullable<SeekerPreferencesQuery['mySeekerPreferences']>;

const windowsOf = (ws: readonly WindowValue[]) =>
  ws.map(({ day, startMinute, endMinute }) => ({ day, startMinute, endMinute }));
const areaOf = (a: AreaValue | null | undefined) =>
  a ? { latitude: a.latitude, longitude: a.longitude } : null;

/** What a seeker looks for. Everything here is private to them (MAT status above all). */
export function PreferencesForm({ saved, onSaved }: { saved: Saved | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const locale = i18n.resolvedLanguage ?? 'en';
  const [save, { loading }] = useMutation(SAVE_SEEKER_PREFERENCES);
  const deviceZone = useMemo(() => browserTimeZone(), []);
  const [program, setProgram] = useState<string>(saved?.program ?? 'NA');
  const programs = usePrograms([program]);
  const [languages, setLanguages] = useState<string[]>(saved?.languages ?? [locale]);
  const [gender, setGender] = useState<MemberGender | ''>(saved?.gender ?? '');
  const [preferredGenders, setPreferredGenders] = useState<MemberGender[]>(saved?.preferredGenders ?? []);
  const [onMat, setOnMat] = useState(saved?.onMat ?? false);
  const [remoteOnly, setRemoteOnly] = useState(saved?.remoteOnly ?? false);
  const [area, setArea] = useState<AreaValue | null>(areaOf(saved?.area));
  const [timeZone, setTimeZone] = useState(saved?.timeZone ?? deviceZone);
  const [availability, setAvailability] = useState<WindowValue[]>(windowsOf(saved?.availability ?? []));
  const [meetings, setMeetings] = useState({
    meetingIds: saved?.meetingIds ?? [],
    homeGroupId: saved?.homeGroupId ?? null,
  });
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const zones = useMemo(() => timeZones(deviceZone, saved?.timeZone ?? ''), [deviceZone, saved?.timeZone]);
  const badWindows = !windowsValid(availability);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setError(null);
    if (badWindows) return;
    try {
      await save({
        variables: {
          input: {
            program,
            languages,
            gender: gender || null,
            preferredGenders,
            onMat,
            remoteOnly,
            area: remoteOnly ? null : area,
            timeZone,
            availability,
            meetingIds: meetings.meetingIds,
            homeGroupId: meetings.homeGroupId,
          },
        },
      });
      setDone(true);
      onSaved();
    } catch (e) {
      setError(errorText(t, e, locale));
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('find.preferences')}>
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
      <SelectField
        label={t('preferences.program')}
        name="program"
        value={program}
        onChange={(e) => setProgram(e.target.value)}
        options={programs.choices}
      />
      <CheckboxGroup
        legend={t('preferences.languages')}
        name="languages"
        choices={LANGUAGE_CODES.map((c) => ({ value: c, label: languageName(c, c), lang: c }))}
        value={languages}
        onChange={setLanguages}
      />
      <SelectField
        label={t('preferences.myGender')}
        hint={t('preferences.myGenderHint')}
        name="gender"
        value={gender}
        onChange={(e) => setGender(e.target.value as MemberGender | '')}
        options={[
          { value: '', label: t('genders.undisclosed') },
          ...GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) })),
        ]}
      />
      <CheckboxGroup
        legend={t('preferences.preferredGenders')}
        hint={t('preferences.preferredGendersHint')}
        name="preferredGenders"
        choices={GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))}
        value={preferredGenders}
        onChange={(next) => setPreferredGenders(next as MemberGender[])}
      />
      <Checkbox
        name="onMat"
        label={t('preferences.onMat')}
        hint={t('preferences.onMatHint')}
        checked={onMat}
        onChange={setOnMat}
      />
      <Checkbox
        name="remoteOnly"
        label={t('preferences.remoteOnly')}
        hint={t('preferences.remoteOnlyHint')}
        checked={remoteOnly}
        onChange={setRemoteOnly}
      />
      {remoteOnly ? null : <AreaField value={area} onChange={setArea} />}
      <SelectField
        label={t('preferences.timeZone')}
        name="timeZone"
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value)}
        options={zones.map((z) => ({ value: z, label: z }))}
      />
      <AvailabilityField
        value={availability}
        onChange={setAvailability}
        error={badWindows ? t('availability.invalid') : null}
      />
      <MeetingsShare value={meetings} onChange={setMeetings} />
      <Button type="submit" busy={loading}>
        {loading ? t('preferences.saving') : t('preferences.save')}
      </Button>
      {done ? (
        <Alert tone="success">
          <p>{t('preferences.saved')}</p>
        </Alert>
      ) : null}
    </form>
  );
}
