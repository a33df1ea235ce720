import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors } from '@kinship/web/data';
import { Alert, SelectField } from '@kinship/web/ui';
import { MY_MEETING_REMINDER_SETTINGS, SET_MEETING_REMINDER } from '../graphql/reminders.documents';
import { MEETINGS_NS } from '../meetings.resources';

export const REMINDER_CHOICES = [15, 30, 60, 120] as const;

/** Off, 15, 30, 60 or 120 minutes before one saved meeting; saved as soon as it changes. */
export function ReminderSelect({ meetingId, meetingName }: { meetingId: string; meetingName: string }) {
  const { t } = useTranslation(MEETINGS_NS);
  const { data } = useQuery(MY_MEETING_REMINDER_SETTINGS, { fetchPolicy: 'cache-and-network' });
  const [setReminder, { loading }] = useMutation(SET_MEETING_REMINDER, {
    refetchQueries: [MY_MEETING_REMINDER_SETTINGS],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const current = data?.myMeetingReminderSettings.find((r) => r.meetingId === meetingId)?.minutesBefore;

  const change = async (value: string) => {
    setProblem(null);
    setSaved(false);
    try {
      await setReminder({ variables: { meetingId, minutesBefore: value ? Number(value) : null } });
      setSaved(true);
    } catch (error) {
      setProblem(toFormErrors(error).message || t('errors.network'));
    }
  };

  return (
    <div className="meeting-reminder">
      <SelectField
        label={t('reminders.label', { name: meetingName })}
        name={`reminder-${meetingId}`}
        value={current ? String(current) : ''}
        disabled={loading}
        onChange={(event) => void change(event.target.value)}
        options={[
          { value: '', label: t('reminders.off') },
          ...REMINDER_CHOICES.map((m) => ({ value: String(m), label: t('reminders.before', { count: m }) })),
        ]}
      />
      <p role="status" className="field__hint">
        {saved ? (current ? t('reminders.on', { count: current }) : t('reminders.turnedOff')) : ''}
      </p>
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
    </div>
  );
}

/** "Reminders" on My meetings: one select per saved meeting. */
export function MeetingRemindersSection({ meetings }: { meetings: { id: string; name: string }[] }) {
  const { t } = useTranslation(MEETINGS_NS);
  if (meetings.length === 0) return null;
  return (
    <section className="card" aria-labelledby="meeting-reminders">
      <h2 id="meeting-reminders">{t('reminders.title')}</h2>
      <p>{t('reminders.intro')}</p>
      {meetings.map((m) => (
        <ReminderSelect key={m.id} meetingId={m.id} meetingName={m.name} />
      ))}
    </section>
  );
}
