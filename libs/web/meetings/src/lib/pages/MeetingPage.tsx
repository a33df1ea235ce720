import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors, useSession } from '@kinship/web/data';
import { Alert, Button, PageHeading } from '@kinship/web/ui';
import { MEETING_PAGE, SAVE_MEETING, UNSAVE_MEETING } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import {
  clock,
  dayAndTime,
  everyDay,
  fullDateTime,
  meetingStatus,
  sameWallClock,
  telHref,
  wallTime,
  weekdayNames,
  zoneName,
} from '../utils/meeting-time';
import { finderSearchFrom, viewerTimeZone } from '../utils/finder-state';
import { ChatRoomLink } from '../components/ChatRoomLink';

/**
 * A meeting: when it meets (in the viewer's zone and its own), a prominent "Join" while it is on or about
 * to start (naming the provider), the dial-in, directions, "add to calendar", and saving it.
 */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const session = useSession();
  const viewerZone = useMemo(() => viewerTimeZone(), []);
  // back to the finder as it was left: its search is handed over in the navigation state
  const backTo = `/meetings${finderSearchFrom(useLocation().state)}`;
  const { data, loading, error } = useQuery(MEETING_PAGE, { variables: { id, language: lang } });
  const [save, saving] = useMutation(SAVE_MEETING);
  const [unsave, unsaving] = useMutation(UNSAVE_MEETING, {
    update(cache) {
      cache.modify({ id: cache.identify({ __typename: 'Meeting', id }), fields: { saved: () => false } });
    },
  });
  const [problem, setProblem] = useState<string | null>(null);

  if (loading && !data)
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  const meeting = data?.meeting;
  if (!meeting) {
    const notFound = error && toFormErrors(error).code === 'NOT_FOUND';
    return (
      <>
        <PageHeading title={t('meeting.missingTitle')} />
        <Alert tone={notFound ? 'info' : 'error'}>
          <p>{notFound ? t('meeting.missing') : t('errors.network')}</p>
        </Alert>
        <p>
          <Link to={backTo}>{t('meeting.backToFinder')}</Link>
        </p>
      </>
    );
  }

  const next = meeting.upcoming[0];
  const status = meetingStatus(next);
  const joinNow = status.kind !== 'later';
  const online = meeting.online;
  const place = meeting.location;
  const days = weekdayNames(lang);
  const ownZoneDiffers = next ? !sameWallClock(next.start, viewerZone, meeting.timeZone) : false;

  const toggleSave = async () => {
    setProblem(null);
    try {
      if (meeting.saved) await unsave({ variables: { id: meeting.id } });
      else await save({ variables: { id: meeting.id } });
    } catch (e) {
      setProblem(toFormErrors(e).message || t('errors.network'));
    }
  };

  return (
    <>
      <PageHeading title={meeting.name} />
      <p className="meeting-card__meta">
        <span className={`badge badge--${meeting.attendance.toLowerCase()}`}>
          {t(`attendance.${meeting.attendance}`)}
        </span>{' '}
        <span className="badge">{meeting.program.name}</span>
        {meeting.group ? (
          <>
            {' · '}
            <Link to={`/groups/${meeting.group.id}`}>{t('meeting.group', { name: meeting.group.name })}</Link>
          </>
        ) : null}
      </p>
      {!meeting.published ? (
        <Alert tone="info">
          <p>{t('meeting.unpublished')}</p>
        </Alert>
      ) : null}

      {next ? (
        <section
          className={`card join-card${joinNow ? ' join-card--now' : ''}`}
          aria-labelledby="meeting-when"
        >
          <h2 id="meeting-when">{t('meeting.when')}</h2>
          <p className="meeting-status">
            {status.kind === 'inProgress' ? (
              <strong>{t('status.inProgress', { count: status.minutesLeft })}</strong>
            ) : status.kind === 'soon' ? (
              <strong>{t('status.soon', { count: status.minutes })}</strong>
            ) : (
              t('meeting.nextOn', { time: fullDateTime(next.start, viewerZone, lang) })
            )}
          </p>
          {online?.url && meeting.attendance !== 'INACTIVE' ? (
            <p>
              <a
                className={`button ${joinNow ? 'button--primary join-button' : 'button--secondary'}`}
                href={online.url}
                target="_blank"
                rel="noopener noreferrer"
              >
                {online.provider ? t('meeting.joinOn', { provider: online.provider }) : t('meeting.join')}
              </a>
            </p>
          ) : null}
          {online?.urlNotes ? <p className="muted preserve-lines">{online.urlNotes}</p> : null}
          {online?.phone ? (
            <p>
              {t('meeting.dialIn')} <a href={telHref(online.phone)}>{online.phone}</a>
              {online.phoneNotes ? <span className="muted"> · {online.phoneNotes}</span> : null}
            </p>
          ) : null}
          <p>
            {t(everyDay(meeting.days) ? 'meeting.weeklyEveryDay' : 'meeting.weekly', {
              days: meeting.days.map((d) => days[d]).join(', '),
              start: wallTime(meeting.startTime, lang),
              end: wallTime(meeting.endTime, lang),
              zone: meeting.timeZone.replace(/_/g, ' '),
            })}
          </p>
          {ownZoneDiffers ? (
            <>
              <h3>{t('meeting.yourTime', { zone: zoneName(next.start, viewerZone, lang) })}</h3>
              <ul className="occurrences">
                {meeting.upcoming.map((o) => (
                  <li key={o.start}>
                    {dayAndTime(o.start, viewerZone, lang)}–{clock(o.end, viewerZone, lang)}{' '}
                    <span className="muted">
                      (
                      {t('time.theirTime', {
                        time: dayAndTime(o.start, meeting.timeZone, lang),
                        zone: meeting.timeZone.replace(/_/g, ' '),
                      })}
                      )
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <div className="button-row">
            <a className="button button--secondary" href={meeting.icsPath} download>
              {t('meeting.addToCalendar')}
            </a>
            {session.status === 'signedIn' ? (
              <Button
                variant="secondary"
                busy={saving.loading || unsaving.loading}
                aria-pressed={meeting.saved}
                onClick={() => void toggleSave()}
              >
                {meeting.saved ? t('meeting.saved') : t('meeting.save')}
              </Button>
            ) : (
              <Link
                className="button button--secondary"
                to="/sign-in"
                state={{ from: `/meetings/${meeting.id}` }}
              >
                {t('meeting.signInToSave')}
              </Link>
            )}
            <ChatRoomLink kind="meeting" roomKey={meeting.chatRoomKey} from={`/meetings/${meeting.id}`} />
          </div>
          {problem ? (
            <Alert tone="error">
              <p>{problem}</p>
            </Alert>
          ) : null}
        </section>
      ) : null}

      {place ? (
        <section className="card" aria-labelledby="meeting-where">
          <h2 id="meeting-where">{place.approximate ? t('meeting.area') : t('meeting.where')}</h2>
          {place.venue ? (
            <p>
              <strong>{place.venue}</strong>
            </p>
          ) : null}
          {place.formattedAddress ? <p>{place.formattedAddress}</p> : null}
          {place.notes ? <p className="preserve-lines">{place.notes}</p> : null}
          {!place.active && !place.approximate ? (
            <Alert tone="info">
              <p>{t('meeting.venueClosed')}</p>
            </Alert>
          ) : null}
          {place.active && place.directionsUrl ? (
            <p>
              <a href={place.directionsUrl} target="_blank" rel="noopener noreferrer">
                {t('meeting.directions')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}

      {meeting.types.length || meeting.notes ? (
        <section className="card" aria-labelledby="meeting-about">
          <h2 id="meeting-about">{t('meeting.about')}</h2>
          {meeting.types.length ? (
            <ul className="type-list">
              {meeting.types.map((type) => (
                <li key={type.code}>{type.name}</li>
              ))}
            </ul>
          ) : null}
          {meeting.notes ? <p className="preserve-lines">{meeting.notes}</p> : null}
          {meeting.regions.length ? <p className="muted">{meeting.regions.join(' › ')}</p> : null}
          {meeting.url ? (
            <p>
              <a href={meeting.url} target="_blank" rel="noopener noreferrer">
                {t('meeting.sourcePage')}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}

      <p className="button-row">
        <Link to={backTo}>{t('meeting.backToFinder')}</Link>
        {meeting.canEdit ? <Link to={`/admin/meetings/${meeting.id}/edit`}>{t('meeting.edit')}</Link> : null}
      </p>
    </>
  );
}
