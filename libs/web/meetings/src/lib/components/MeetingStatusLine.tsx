import { useTranslation } from 'react-i18next';
import { MEETINGS_NS } from '../meetings.resources';
import { dayAndTime, meetingStatus, sameWallClock, type Occurrence } from '../utils/meeting-time';
import { useLanguage } from '../hooks/useLanguage';

/**
 * When a meeting is next, for the viewer: "In progress, 40 min left", "Starts in 12 min", or "Mon 05:00"
 * in the viewer's zone, with the meeting's own time beside it when that differs ("19:00 in Tokyo").
 */
export function MeetingStatusLine({
  next,
  timeZone,
  viewerZone,
}: {
  next: Occurrence | undefined;
  timeZone: string;
  viewerZone: string;
}) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  if (!next) return null;
  const status = meetingStatus(next);
  const own = sameWallClock(next.start, viewerZone, timeZone)
    ? null
    : t('time.theirTime', {
        time: dayAndTime(next.start, timeZone, lang),
        zone: timeZone.replace(/_/g, ' '),
      });
  return (
    <p className={`meeting-status meeting-status--${status.kind}`}>
      {status.kind === 'inProgress' ? (
        <strong>{t('status.inProgress', { count: status.minutesLeft })}</strong>
      ) : status.kind === 'soon' ? (
        <strong>{t('status.soon', { count: status.minutes })}</strong>
      ) : (
        <span>{t('status.next', { time: dayAndTime(next.start, viewerZone, lang) })}</span>
      )}
      {own ? <span className="muted"> · {own}</span> : null}
    </p>
  );
}
