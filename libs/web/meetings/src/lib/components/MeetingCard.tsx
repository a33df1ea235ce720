import { Link, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { MeetingCardFieldsFragment } from '@kinship/web/data';
import { MEETINGS_NS } from '../meetings.resources';
import { MeetingStatusLine } from './MeetingStatusLine';
import type { Occurrence } from '../utils/meeting-time';

export interface MeetingCardProps {
  meeting: MeetingCardFieldsFragment;
  viewerZone: string;
  distance?: { km: number | null; miles: number | null; unit: 'KM' | 'MI' } | null;
  /** Which occurrence to describe (default: the next one). */
  occurrence?: Occurrence;
}

/** One meeting in a list: name, when (for the viewer), how to attend, where, and its types. */
export function MeetingCard({ meeting, viewerZone, distance, occurrence }: MeetingCardProps) {
  const { t } = useTranslation(MEETINGS_NS);
  const location = useLocation();
  // from the finder, the meeting page's "Back to all meetings" returns to this search
  const linkState = location.pathname === '/meetings' ? { finderSearch: location.search } : undefined;
  const place = meeting.location?.active
    ? (meeting.location.venue ?? meeting.location.formattedAddress)
    : null;
  const away =
    distance && distance.km !== null
      ? distance.unit === 'MI'
        ? t('distance.mi', { value: (distance.miles ?? 0).toFixed(1) })
        : t('distance.km', { value: distance.km.toFixed(1) })
      : null;
  return (
    <article className="meeting-card" aria-labelledby={`meeting-${meeting.id}`}>
      <h3 id={`meeting-${meeting.id}`} className="meeting-card__title">
        <Link to={`/meetings/${meeting.id}`} state={linkState}>
          {meeting.name}
        </Link>
      </h3>
      <MeetingStatusLine
        next={occurrence ?? meeting.upcoming[0]}
        timeZone={meeting.timeZone}
        viewerZone={viewerZone}
      />
      <p className="meeting-card__meta">
        <span className={`badge badge--${meeting.attendance.toLowerCase()}`}>
          {t(`attendance.${meeting.attendance}`)}
        </span>{' '}
        <span className="badge">{meeting.program.code}</span>
        {meeting.online?.provider ? <span className="muted"> · {meeting.online.provider}</span> : null}
        {meeting.saved ? <span className="muted"> · {t('card.saved')}</span> : null}
      </p>
      {place || away ? (
        <p className="meeting-card__place">
          {place}
          {place && away ? ' · ' : null}
          {away}
        </p>
      ) : null}
      {meeting.types.length ? (
        <p className="meeting-card__types muted">
          {meeting.types
            .slice(0, 5)
            .map((type) => type.name)
            .join(', ')}
        </p>
      ) : null}
    </article>
  );
}
