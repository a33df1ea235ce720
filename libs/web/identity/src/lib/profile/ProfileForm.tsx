import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { useSession, type SessionAccount } from '@kinship/web/data';
import { Alert, Button, SelectField, TextAreaField, TextField } from '@kinship/web/ui';
import { SUPPORTED_LOCALES } from '@kinship/shared/contracts';
import { UPDATE_PROFILE } from '../graphql/profile.documents';
import { IDENTITY_NS } from '../identity.resources';
import { LIMITS } from '../shared/form-messages';
import { FormError } from '../shared/FormError';
import { localErrors, useFormErrors } from '../shared/useFormErrors';
import { checkBio, checkDisplayName } from '../shared/validate';
import { browserTimeZone, timeZoneOptions } from './time-zones';

/** Display name, bio, language and time zone; saved together. */
export function ProfileForm({ account }: { account: SessionAccount }) {
  const { t } = useTranslation(IDENTITY_NS);
  const { t: tCommon } = useTranslation('common');
  const session = useSession();
  const [updateProfile, { loading }] = useMutation(UPDATE_PROFILE);
  const deviceZone = useMemo(() => browserTimeZone(), []);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [bio, setBio] = useState(account.bio);
  // Unset until the member picks a language here; until then it follows the account (the header's
  // language switcher saves the language too).
  const [localeChoice, setLocaleChoice] = useState<string | null>(null);
  const locale = localeChoice ?? account.locale;
  const [timeZone, setTimeZone] = useState(account.timeZone ?? deviceZone);
  const [saved, setSaved] = useState(false);
  const { formRef, alertRef, fields, message, setErrors, fail } = useFormErrors();
  const zones = useMemo(
    () => timeZoneOptions(deviceZone, account.timeZone ?? ''),
    [deviceZone, account.timeZone],
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const invalid = [
      checkDisplayName(displayName) ? null : 'displayName',
      checkBio(bio) ? null : 'bio',
    ].filter((field): field is string => field !== null);
    setErrors(localErrors(invalid));
    if (invalid.length > 0) return;
    try {
      const { data } = await updateProfile({
        variables: { input: { displayName: displayName.trim(), bio, locale, timeZone } },
      });
      if (data) session.updateAccount(data.updateProfile);
      setLocaleChoice(null);
      setSaved(true);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <form ref={formRef} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <FormError message={message} alertRef={alertRef} />
      <TextField
        label={t('fields.displayName.label')}
        hint={t('fields.displayName.hint')}
        error={fields['displayName']}
        name="displayName"
        maxLength={LIMITS.displayName.max}
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        required
      />
      <TextAreaField
        label={t('fields.bio.label')}
        labelSuffix={t('fields.optional')}
        hint={t('fields.bio.hint', { max: LIMITS.bio.max })}
        error={fields['bio']}
        name="bio"
        maxLength={LIMITS.bio.max}
        value={bio}
        onChange={(event) => setBio(event.target.value)}
      />
      <SelectField
        label={t('fields.locale.label')}
        error={fields['locale']}
        name="locale"
        value={locale}
        onChange={(event) => setLocaleChoice(event.target.value)}
        options={SUPPORTED_LOCALES.map((value) => ({
          value,
          label: tCommon(`language.${value}`),
          lang: value,
        }))}
      />
      <SelectField
        label={t('fields.timeZone.label')}
        hint={t('fields.timeZone.hint', { zone: deviceZone })}
        error={fields['timeZone']}
        name="timeZone"
        value={timeZone}
        onChange={(event) => setTimeZone(event.target.value)}
        options={zones}
      />
      <Button type="submit" busy={loading}>
        {loading ? t('profile.saving') : t('profile.save')}
      </Button>
      {saved ? (
        <Alert tone="success">
          <p>{t('profile.saved')}</p>
        </Alert>
      ) : null}
    </form>
  );
}
