import { useLazyQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MY_MEETINGS_FOR_SPONSORSHIP } from '../graphql/sponsorship.documents';
import { SPONSORSHIP_NS } from '../sponsorship.resources';
import { Checkbox } from './fields';

export interface MeetingsValue {
  meetingIds: string[];
  homeGroupId: string | null;
}

/**
 * Opt-in: the meetings the member saved and their home group (from the meetings feature) count as
 * "meetings I attend" in matching. Others only ever see how many they share.
 */
export function MeetingsShare({
  value,
  onChange,
}: {
  value: MeetingsValue;
  onChange: (next: MeetingsValue) => void;
}) {
  const { t } = useTranslation(SPONSORSHIP_NS);
  const [load, { loading, error }] = useLazyQuery(MY_MEETINGS_FOR_SPONSORSHIP, {
    fetchPolicy: 'network-only',
  });
  const shared = value.meetingIds.length > 0 || value.homeGroupId !== null;
  const toggle = async (on: boolean) => {
    if (!on) return onChange({ meetingIds: [], homeGroupId: null });
    const { data } = await load();
    if (!data) return;
    onChange({
      meetingIds: data.mySavedMeetings.map((m) => m.id).slice(0, 20),
      homeGroupId: data.myHomeGroup?.id ?? null,
    });
  };
  if (error) return null;
  return (
    <div>
      <Checkbox
        name="shareMeetings"
        label={t('meetings.share')}
        hint={t('meetings.hint')}
        checked={shared}
        onChange={(on) => void toggle(on).catch(() => undefined)}
      />
      {shared && !loading ? (
        <p className="muted">
          {t('meetings.count', { count: value.meetingIds.length + (value.homeGroupId ? 1 : 0) })}
        </p>
      ) : null}
    </div>
  );
}
