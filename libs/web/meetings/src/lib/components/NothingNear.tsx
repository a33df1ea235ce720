import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { FIND_MEETINGS } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { MeetingCard } from './MeetingCard';

/** How soon an online meeting must start to be offered when nothing is near. */
export const ONLINE_SOON_MINUTES = 60;

/** When no meeting is near the place: online meetings on now or starting within the hour, wherever held. */
export function NothingNear({ language, viewerZone }: { language: string; viewerZone: string }) {
  const { t } = useTranslation(MEETINGS_NS);
  const { data } = useQuery(FIND_MEETINGS, {
    variables: {
      filter: { attendance: ['ONLINE', 'HYBRID'], startingWithinMinutes: ONLINE_SOON_MINUTES },
      first: 5,
      language,
    },
  });
  if (!data) return null;
  const edges = data.meetings.edges;
  return (
    <section aria-labelledby="nothing-near-online" className="nothing-near">
      <h3 id="nothing-near-online">{t('places.onlineInstead')}</h3>
      {edges.length ? (
        <ol className="meeting-list">
          {edges.map((edge) => (
            <li key={edge.node.id}>
              <MeetingCard meeting={edge.node} viewerZone={viewerZone} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{t('places.onlineNone')}</p>
      )}
    </section>
  );
}
