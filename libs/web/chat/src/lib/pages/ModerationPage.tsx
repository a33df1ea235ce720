import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSession } from '@kinship/web/data';
import { Alert, PageHeading, SelectField, SessionGate } from '@kinship/web/ui';
import { CHAT_ROOMS } from '../graphql/chat.documents';
import { roomName } from '../components/room-name';
import { AuditPanel } from '../moderation/AuditPanel';
import { FiltersPanel } from '../moderation/FiltersPanel';
import { QueuePanel } from '../moderation/QueuePanel';
import { ToolsPanel } from '../moderation/ToolsPanel';
import { CHAT_NS } from '../chat.resources';

type Tab = 'queue' | 'tools' | 'filters' | 'audit';

function Console() {
  const { t } = useTranslation(CHAT_NS);
  const { account } = useSession();
  const global = account?.role === 'MODERATOR' || account?.role === 'ADMIN';
  const admin = account?.role === 'ADMIN';
  const { data } = useQuery(CHAT_ROOMS, { variables: { first: 40, includeAll: global } });
  const rooms = (data?.chatRooms.rooms ?? []).filter((r) => r.canModerate);
  const [tab, setTab] = useState<Tab>('queue');
  const [roomId, setRoomId] = useState('');
  const room = rooms.find((r) => r.id === roomId);

  if (data && !global && rooms.length === 0) {
    return (
      <Alert tone="error">
        <p>{t('moderation.forbidden')}</p>
      </Alert>
    );
  }
  const tabs: Tab[] = admin ? ['queue', 'tools', 'filters', 'audit'] : ['queue', 'tools', 'filters'];
  return (
    <>
      <SelectField
        label={t('moderation.room')}
        value={roomId}
        onChange={(e) => setRoomId(e.target.value)}
        options={[
          { value: '', label: global ? t('moderation.everyRoom') : t('moderation.allRooms') },
          ...rooms.map((r) => ({ value: r.id, label: roomName(t, r) })),
        ]}
      />
      <div className="chat-tabs" role="group" aria-label={t('moderation.title')}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            className={`button button--secondary${tab === name ? ' chat-tab--current' : ''}`}
            aria-pressed={tab === name}
            onClick={() => setTab(name)}
          >
            {t(`moderation.tabs.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'queue' ? <QueuePanel roomId={roomId} global={global} /> : null}
      {tab === 'tools' ? (
        room ? (
          <ToolsPanel key={room.id} roomId={room.id} slowModeSeconds={room.slowModeSeconds} />
        ) : (
          <p className="muted">{t('moderation.tools.pickRoom')}</p>
        )
      ) : null}
      {tab === 'filters' ? (
        global || room ? (
          <FiltersPanel key={roomId} roomId={roomId} />
        ) : (
          <p className="muted">{t('moderation.tools.pickRoom')}</p>
        )
      ) : null}
      {tab === 'audit' && admin ? <AuditPanel roomId={roomId} /> : null}
    </>
  );
}

/** `/chat/moderation`: the moderator console. */
export function ModerationPage() {
  const { status } = useSession();
  const { t } = useTranslation(CHAT_NS);
  return (
    <SessionGate status={status}>
      <div className="chat-moderation">
        <PageHeading title={t('moderation.title')} />
        <p>
          <Link to="/chat">{t('moderation.back')}</Link>
        </p>
        <Console />
      </div>
    </SessionGate>
  );
}
