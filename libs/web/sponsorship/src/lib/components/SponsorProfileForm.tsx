import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { MemberGender, MySponsorProfileQuery } from '@kinship/web/data';
import { Alert, Button, SelectField, TextAreaField, TextField } from '@kinship/web/ui';
import { SPONSOR_BIO_MAX, SPONSOR_CAPACITY_MAX } from '@kinship/shared/contracts';
import { SAVE_SPONSOR_PROFILE } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { browserTimeZone, errorText, LANGUAGE_CODES, languageName, timeZones } from '../utils/format';
import { AreaField, type AreaValue } from './AreaField';
import { AvailabilityField, windowsValid, type WindowValue } from './AvailabilityField';
import { Checkbox, CheckboxGroup } from './fields';
import { MeetingsShare } from './MeetingsShare';
import { usePrograms } from '../hooks/usePrograms';
import { GENDERS } from './PreferencesForm';

type Saved = NonNullable<MySponsorProfileQuery['mySponsorProfile']>;

/** The offer to sponsor or mentor. The clean date stays private; others see only the length. */
export function SponsorProfileForm({ saved, onSaved }: { saved: Saved | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation(SPONSORSHIP_NS);
  const locale = i18n.resolvedLanguage ?? 'en';
  const [save, { loading }] = useMutation(SAVE_SPONSOR_PROFILE);
  const deviceZone = useMemo(() => browserTimeZone(), []);
  const [programs, setPrograms] = useState<string[]>(saved?.programs ?? ['NA']);
  const programChoices = usePrograms(saved?.programs ?? []);
  const [cleanDate, setCleanDate] = useState(saved?.cleanDate ?? '');
  const [languages, setLanguages] = useState<string[]>(saved?.languages ?? [locale]);
  const [gender, setGender] = useState<MemberGender | ''>(saved?.gender ?? '');
  const [sponsorsGenders, setSponsorsGenders] = useState<MemberGender[]>(saved?.sponsorsGenders ?? []);
  const [mat, setMat] = useState(saved?.matComfortable ?? false);
  const [bio, setBio] = useState(saved?.bio ?? '');
  const [capacity, setCapacity] = useState(String(saved?.capacity ?? 2));
  const [accepting, setAccepting] = useState(saved?.accepting ?? true);
  const [timeZone, setTimeZone] = useState(saved?.timeZone ?? deviceZone);
  const [availability, setAvailability] = useState<WindowValue[]>(
    (saved?.availability ?? []).map(({ day, startMinute, endMinute }) => ({ day, startMinute, endMinute })),
  );
  const [area, setArea] = useState<AreaValue | null>(
    saved?.area ? { latitude: saved.area.latitude, longitude: saved.area.longitude } : null,
  );
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
    if (badWindows || programs.length === 0 || !cleanDate) return setError(t('errors.invalid'));
    try {
      await save({
        variables: {
          input: {
            programs,
            cleanDate,
            languages,
            gender: gender || null,
            sponsorsGenders,
            matComfortable: mat,
            bio: bio.trim(),
            capacity: Math.min(SPONSOR_CAPACITY_MAX, Math.max(1, Number(capacity) || 1)),
            accepting,
            timeZone,
            availability,
            area,
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
    <form className="form" noValidate onSubmit={(e) => void submit(e)} aria-label={t('offer.title')}>
      {error ? (
        <Alert tone="error">
          <p>{error}</p>
        </Alert>
      ) : null}
      <CheckboxGroup
        legend={t('offer.programs')}
        name="programs"
        choices={programChoices.choices}
        value={programs}
        onChange={setPrograms}
      />
      <TextField
        type="date"
        label={t('offer.cleanDate')}
        hint={t('offer.cleanDateHint')}
        name="cleanDate"
        value={cleanDate}
        max={new Date().toISOString().slice(0, 10)}
        onChange={(e) => setCleanDate(e.target.value)}
        required
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
        name="gender"
        value={gender}
        onChange={(e) => setGender(e.target.value as MemberGender | '')}
        options={[
          { value: '', label: t('genders.undisclosed') },
          ...GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) })),
        ]}
      />
      <CheckboxGroup
        legend={t('offer.sponsorsGenders')}
        hint={t('offer.sponsorsGendersHint')}
        name="sponsorsGenders"
        choices={GENDERS.map((g) => ({ value: g, label: t(`genders.${g}`) }))}
        value={sponsorsGenders}
        onChange={(next) => setSponsorsGenders(next as MemberGender[])}
      />
      <Checkbox name="matComfortable" label={t('offer.mat')} checked={mat} onChange={setMat} />
      <TextAreaField
        label={t('offer.bio')}
        name="bio"
        maxLength={SPONSOR_BIO_MAX}
        value={bio}
        onChange={(e) => setBio(e.target.value)}
      />
      <TextField
        type="number"
        inputMode="numeric"
        min={1}
        max={SPONSOR_CAPACITY_MAX}
        label={t('offer.capacity')}
        name="capacity"
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
      />
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
      <AreaField value={area} onChange={setArea} />
      <MeetingsShare value={meetings} onChange={setMeetings} />
      <Checkbox name="accepting" label={t('offer.accepting')} checked={accepting} onChange={setAccepting} />
      <Button type="submit" busy={loading}>
        {loading ? t('offer.saving') : t('offer.save')}
      </Button>
      {done ? (
        <Alert tone="success">
          <p>{t('offer.saved')}</p>
        </Alert>
      ) : null}
    </form>
  );
}
