import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEETINGS_STARTING_SOON } from '../graphql/help.documents';
import { deviceTimeZone } from '../shared/dates';
import { telHref } from '../shared/tel';
import { TOOLKIT_NS } from '../toolkit.resources';

/** Where the meetings feature shows one meeting. */
export const meetingPath = (id: string) => `/meetings/${id}`;
const SOON_MINUTES = 60;

/** Online (and hybrid) meetings in progress or starting within the hour, through the meetings search. */
export function MeetingsSoon({ timeZone }: { timeZone?: string | null }) {
  const { t, i18n } = useTranslation(TOOLKIT_NS);
  const zone = timeZone || deviceTimeZone();
  const filter = useMemo(
    () => ({
      attendance: ['ONLINE' as const, 'HYBRID' as const],
      startingWithinMinutes: SOON_MINUTES,
      timeZone: zone,
    }),
    [zone],
  );
  const { data, loading, error } = useQuery(MEETINGS_STARTING_SOON, { variables: { filter } });
  const time = (iso: string) =>
    new Intl.DateTimeFormat(i18n.resolvedLanguage, { timeStyle: 'short', timeZone: zone }).format(
      new Date(iso),
    );
  const meetings = (data?.meetings.edges ?? [])
    .map((e) => e.node)
    .filter((m) => m.online?.url || m.online?.phone);

  return (
    <section aria-labelledby="help-meetings" className="help-meetings">
      <h2 id="help-meetings">{t('help.meetings.heading')}</h2>
      <p className="muted">{t('help.meetings.intro')}</p>
      {loading && !data ? (
        <p role="status" className="muted">
          {t('help.meetings.loading')}
        </p>
      ) : null}
      {error && !data ? <p className="muted">{t('help.meetings.unavailable')}</p> : null}
      {data && meetings.length === 0 ? <p>{t('help.meetings.none')}</p> : null}
      {meetings.length > 0 ? (
        <ul className="meeting-soon-list">
          {meetings.map((m) => {
            const next = m.upcoming[0];
            return (
              <li key={m.id} className="card meeting-soon">
                <h3>
                  <Link to={meetingPath(m.id)} aria-label={t('help.meetings.details', { name: m.name })}>
                    {m.name}
                  </Link>
                </h3>
                <p className="muted">
                  {m.program.name}
                  {next
                    ? ` · ${
                        next.inProgress
                          ? t('help.meetings.inProgress', { time: time(next.start) })
                          : `${t('help.meetings.startsAt', { time: time(next.start) })} (${t('help.meetings.startsIn', { count: next.startsInMinutes })})`
                      }`
                    : ''}
                </p>
                <p className="button-row">
                  {m.online?.url ? (
                    <a className="button button--primary" href={m.online.url} rel="noreferrer">
                      {t('help.meetings.join', { name: m.name })}
                    </a>
                  ) : null}
                  {m.online?.phone ? (
                    <a className="button button--secondary" href={telHref(m.online.phone)}>
                      {t('help.meetings.dial', { name: m.name })}
                    </a>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p>
        <Link to="/meetings">{t('help.meetings.find')}</Link>
      </p>
    </section>
  );
}
