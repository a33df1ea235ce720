import { useMemo, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { toFormErrors, useSession } from '@kinship/web/data';
import { Alert, Button, PageHeading, TextAreaField } from '@kinship/web/ui';
import { ChatRoomLink } from '../components/ChatRoomLink';
import {
  CONTACT_GROUP,
  GROUP_MESSAGES,
  GROUP_PAGE,
  MY_HOME_GROUP,
  SET_HOME_GROUP,
} from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';
import { useLanguage } from '../hooks/useLanguage';
import { MeetingCard } from '../components/MeetingCard';
import { viewerTimeZone } from '../utils/finder-state';

const MESSAGE_MAX = 2000;

function ContactGroup({ groupId }: { groupId: string }) {
  const { t } = useTranslation(MEETINGS_NS);
  const [text, setText] = useState('');
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [send, { loading }] = useMutation(CONTACT_GROUP);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!text.trim()) {
      setProblem(t('group.contact.empty'));
      return;
    }
    try {
      await send({ variables: { input: { groupId, message: text.trim() } } });
      setSent(true);
      setText('');
    } catch (error) {
      const e = toFormErrors(error);
      setProblem(e.code === 'NETWORK' ? t('errors.network') : e.message);
    }
  };
  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        label={t('group.contact.label')}
        hint={t('group.contact.hint', { max: MESSAGE_MAX })}
        value={text}
        maxLength={MESSAGE_MAX}
        error={problem}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" busy={loading}>
        {t('group.contact.send')}
      </Button>
      {sent ? (
        <Alert tone="success">
          <p>{t('group.contact.sent')}</p>
        </Alert>
      ) : null}
    </form>
  );
}

function GroupMessages({ groupId }: { groupId: string }) {
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const { data } = useQuery(GROUP_MESSAGES, { variables: { groupId } });
  const messages = data?.meetingGroupMessages ?? [];
  return (
    <section className="card" aria-labelledby="group-messages">
      <h2 id="group-messages">{t('group.messages.title')}</h2>
      {messages.length === 0 ? <p className="muted">{t('group.messages.none')}</p> : null}
      <ul className="messages">
        {messages.map((m) => (
          <li key={m.id}>
            <p className="muted">
              {t('group.messages.from', {
                name: m.senderName,
                date: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(
                  new Date(m.sentAt),
                ),
              })}
            </p>
            <p className="preserve-lines">{m.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A group's page: its meetings, area and notes; home group; contacting it through Kinship. */
export function GroupPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(MEETINGS_NS);
  const lang = useLanguage();
  const session = useSession();
  const signedIn = session.status === 'signedIn';
  const viewerZone = useMemo(() => viewerTimeZone(), []);
  const { data, loading, error } = useQuery(GROUP_PAGE, { variables: { id, language: lang } });
  const home = useQuery(MY_HOME_GROUP, { skip: !signedIn });
  const [setHome, settingHome] = useMutation(SET_HOME_GROUP, { refetchQueries: [MY_HOME_GROUP] });

  if (loading && !data)
    return (
      <p role="status" className="muted">
        {t('finder.loading')}
      </p>
    );
  const group = data?.meetingGroup;
  if (!group) {
    return (
      <>
        <PageHeading title={t('group.missingTitle')} />
        <Alert tone={error && toFormErrors(error).code === 'NOT_FOUND' ? 'info' : 'error'}>
          <p>{t('group.missing')}</p>
        </Alert>
      </>
    );
  }
  const isHome = home.data?.myHomeGroup?.id === group.id;
  return (
    <>
      <PageHeading title={group.name} />
      <p className="meeting-card__meta">
        <span className="badge">{group.program.name}</span>
        {group.regions.length ? <span className="muted"> · {group.regions.join(' › ')}</span> : null}
      </p>
      {group.notes ? <p className="preserve-lines">{group.notes}</p> : null}
      <p>
        <ChatRoomLink kind="group" roomKey={group.chatRoomKey} from={`/groups/${group.id}`} />
      </p>
      {signedIn ? (
        <p>
          {isHome ? <strong>{t('group.isHome')}</strong> : null}{' '}
          <Button
            variant="secondary"
            busy={settingHome.loading}
            onClick={() => void setHome({ variables: { groupId: isHome ? null : group.id } })}
          >
            {isHome ? t('group.unsetHome') : t('group.setHome')}
          </Button>
        </p>
      ) : null}

      <section aria-labelledby="group-meetings">
        <h2 id="group-meetings">{t('group.meetings')}</h2>
        {group.meetings.length === 0 ? <p className="muted">{t('group.noMeetings')}</p> : null}
        <ol className="meeting-list">
          {group.meetings.map((m) => (
            <li key={m.id}>
              <MeetingCard meeting={m} viewerZone={viewerZone} />
            </li>
          ))}
        </ol>
      </section>

      <section className="card" aria-labelledby="group-contact">
        <h2 id="group-contact">{t('group.contact.title')}</h2>
        <p>{t('group.contact.intro')}</p>
        {signedIn ? (
          <ContactGroup groupId={group.id} />
        ) : (
          <p>
            <Link to="/sign-in" state={{ from: `/groups/${group.id}` }}>
              {t('group.contact.signIn')}
            </Link>
          </p>
        )}
      </section>
      {group.canManage ? <GroupMessages groupId={group.id} /> : null}
    </>
  );
}
