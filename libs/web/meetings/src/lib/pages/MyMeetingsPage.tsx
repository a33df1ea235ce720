import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors, useSession } from '@kinship/web/data';
import { Alert, Button, PageHeading } from '@kinship/web/ui';
import { CREATE_CALENDAR_FEED, MY_MEETINGS, REVOKE_CALENDAR_FEED } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { MeetingCard } from '../components/MeetingCard';
import { MeetingRemindersSection } from '../components/MeetingReminders';
import { WeeklyDigest } from '../components/WeeklyDigest';
import { viewerTimeZone } from '../utils/finder-state';
import { weekdayIn, weekdayNames, type Occurrence } from '../utils/meeting-time';

function CalendarFeed({ createdAt, onChange }: { createdAt: string | null; onChange: () => void }) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CREATE_CALENDAR_FEED);
  const [revoke, revoking] = useMutation(REVOKE_CALENDAR_FEED);

  const make = async () => {
    setProblem(null);
    try {
      const { data } = await create();
      if (data) setUrl(`${window.location.origin}${data.createCalendarFeed.path}`);
      onChange();
    } catch (error) {
      setProblem(toFormErrors(error).message || t('errors.network'));
    }
  };
  const turnOff = async () => {
    setProblem(null);
    try {
      await revoke();
      setUrl(null);
      onChange();
    } catch (error) {
      setProblem(toFormErrors(error).message || t('errors.network'));
    }
  };

  return (
    <section className="card" aria-labelledby="calendar-feed">
      <h2 id="calendar-feed">{t('mine.feed.title')}</h2>
      <p>{t('mine.feed.intro')}</p>
      {url ? (
        <Alert tone="success" title={t('mine.feed.created')}>
          <label htmlFor="calendar-feed-url" className="field__label">
            {t('mine.feed.url')}
          </label>
          <input
            id="calendar-feed-url"
            className="field__control"
            readOnly
            value={url}
            onFocus={(event) => event.target.select()}
          />
          <p className="field__hint">{t('mine.feed.once')}</p>
        </Alert>
      ) : createdAt ? (
        <p>
          {t('mine.feed.active', {
            date: new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date(createdAt)),
          })}
        </p>
      ) : (
        <p className="muted">{t('mine.feed.none')}</p>
      )}
      <div className="button-row">
        <Button variant="secondary" busy={creating.loading} onClick={() => void make()}>
          {createdAt || url ? t('mine.feed.replace') : t('mine.feed.create')}
        </Button>
        {createdAt || url ? (
          <Button variant="danger" busy={revoking.loading} onClick={() => void turnOff()}>
            {t('mine.feed.revoke')}
          </Button>
        ) : null}
      </div>
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
    </section>
  );
}

/** "My meetings": the saved meetings by the viewer's weekday, the home group, and the calendar feed. */
export function MyMeetingsPage() {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const session = useSession();
  const viewerZone = useMemo(() => viewerTimeZone(), []);
  const { data, loading, refetch } = useQuery(MY_MEETINGS, {
    variables: { language: lang },
    skip: session.status !== 'signedIn',
    fetchPolicy: 'cache-and-network',
  });
  const days = weekdayNames(lang);
  const [openedAt] = useState(() => Date.now());

  const week = useMemo(() => {
    const byDay: { meetingIndex: number; start: string; occurrence: Occurrence }[][] = Array.from(
      { length: 7 },
      () => [],
    );
    const horizon = openedAt + 7 * 24 * 3600_000;
    (data?.mySavedMeetings ?? []).forEach((m, meetingIndex) => {
      for (const o of m.week) {
        if (Date.parse(o.start) < horizon)
          byDay[weekdayIn(o.start, viewerZone)].push({ meetingIndex, start: o.start, occurrence: o });
      }
    });
    for (const list of byDay) list.sort((a, b) => a.start.localeCompare(b.start));
    return byDay;
  }, [data, viewerZone, openedAt]);

  if (session.status === 'restoring' || (loading && !data)) {
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  }
  if (session.status !== 'signedIn') {
    return (
      <>
        <PageHeading title={t('mine.title')} />
        <p>
          <Link to="/sign-in" state={{ from: '/my-meetings' }}>
            {t('mine.signIn')}
          </Link>
        </p>
      </>
    );
  }
  const saved = data?.mySavedMeetings ?? [];
  const today = weekdayIn(new Date(openedAt).toISOString(), viewerZone);
  const order = Array.from({ length: 7 }, (_, i) => (today + i) % 7);

  return (
    <>
      <PageHeading title={t('mine.title')} />
      {data?.myHomeGroup ? (
        <p>
          {t('mine.homeGroup')} <Link to={`/groups/${data.myHomeGroup.id}`}>{data.myHomeGroup.name}</Link>
        </p>
      ) : null}
      {saved.length === 0 ? (
        <p>
          {t('mine.none')} <Link to="/meetings">{t('mine.find')}</Link>
        </p>
      ) : (
        <section aria-labelledby="my-week">
          <h2 id="my-week">{t('mine.week')}</h2>
          {order.map((day) =>
            week[day].length ? (
              <section key={day} aria-labelledby={`my-day-${day}`}>
                <h3 id={`my-day-${day}`}>
                  {day === today ? t('mine.today', { day: days[day] }) : days[day]}
                </h3>
                <ol className="meeting-list">
                  {week[day].map(({ meetingIndex, start, occurrence }) => (
                    <li key={`${saved[meetingIndex].id}-${start}`}>
                      <MeetingCard
                        meeting={saved[meetingIndex]}
                        viewerZone={viewerZone}
                        occurrence={occurrence}
                      />
                    </li>
                  ))}
                </ol>
              </section>
            ) : null,
          )}
        </section>
      )}
      <MeetingRemindersSection meetings={saved} />
      <WeeklyDigest />
      <CalendarFeed createdAt={data?.myCalendarFeed?.createdAt ?? null} onChange={() => void refetch()} />
    </>
  );
}
