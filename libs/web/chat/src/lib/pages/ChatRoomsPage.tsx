import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession, type ChatRoomFieldsFragment } from '@kinship/web/data';
import { Alert, Button, PageHeading, SessionGate } from '@kinship/web/ui';
import { CHAT_ROOMS, JOIN_CHAT_ROOM } from '../graphql/chat.documents';
import { roomName } from '../components/room-name';
import { CHAT_NS } from '../chat.resources';

/** Within the API's cost limit for this query's fields. */
const ROOMS_PAGE = 30;

function RoomCard({ room }: { room: ChatRoomFieldsFragment }) {
  const { t } = useTranslation(CHAT_NS);
  const navigate = useNavigate();
  const [join, { loading }] = useMutation(JOIN_CHAT_ROOM);
  const name = roomName(t, room);
  const joined = room.membership === 'JOINED';
  return (
    <li className="card chat-room-card">
      <h3>{joined ? <Link to={`/chat/${room.id}`}>{name}</Link> : name}</h3>
      {room.description ? <p>{room.description}</p> : null}
      <p className="muted">
        {t('rooms.members', { count: room.memberCount })}
        {room.membership === 'INVITED' ? ` · ${t('rooms.invited')}` : ''}
      </p>
      {joined ? null : (
        <Button
          busy={loading}
          onClick={() =>
            void join({ variables: { roomId: room.id } })
              .then(() => navigate(`/chat/${room.id}`))
              .catch(() => undefined)
          }
        >
          {t('rooms.join', { name })}
        </Button>
      )}
    </li>
  );
}

function Rooms() {
  const { t } = useTranslation(CHAT_NS);
  const { account } = useSession();
  const { data, error, loading, fetchMore } = useQuery(CHAT_ROOMS, {
    variables: { first: ROOMS_PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const rooms = data?.chatRooms.rooms ?? [];
  const mine = rooms.filter((r) => r.membership === 'JOINED');
  const others = rooms.filter((r) => r.membership !== 'JOINED');
  const moderator =
    account?.role === 'MODERATOR' || account?.role === 'ADMIN' || rooms.some((r) => r.canModerate);
  return (
    <div className="chat-rooms">
      <PageHeading title={t('rooms.title')} />
      <p className="lead">{t('rooms.lead')}</p>
      {moderator ? (
        <p>
          <Link to="/chat/moderation">{t('rooms.moderation')}</Link>
        </p>
      ) : null}
      {error && !data ? (
        <Alert tone="error">
          <p>{t('rooms.loadError')}</p>
        </Alert>
      ) : null}
      {loading && !data ? (
        <p role="status" className="muted">
          {t('room.loading')}
        </p>
      ) : null}
      {data ? (
        <>
          <h2>{t('rooms.yours')}</h2>
          {mine.length === 0 ? <p className="muted">{t('rooms.none')}</p> : null}
          <ul className="card-grid chat-room-list">
            {mine.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </ul>
          {others.length > 0 ? <h2>{t('rooms.others')}</h2> : null}
          <ul className="card-grid chat-room-list">
            {others.map((room) => (
              <RoomCard key={room.id} room={room} />
            ))}
          </ul>
          {data.chatRooms.hasMore ? (
            <Button
              variant="secondary"
              onClick={() =>
                void fetchMore({
                  variables: { after: data.chatRooms.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    chatRooms: {
                      ...fetchMoreResult.chatRooms,
                      rooms: [...prev.chatRooms.rooms, ...fetchMoreResult.chatRooms.rooms],
                    },
                  }),
                })
              }
            >
              {t('rooms.more')}
            </Button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** `/chat`: your rooms and the topic rooms you can join. */
export function ChatRoomsPage() {
  const { status } = useSession();
  return (
    <SessionGate status={status}>
      <Rooms />
    </SessionGate>
  );
}
