import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { toFormErrors, useSession } from '@kinship/web/data';
import { Alert, Button } from '@kinship/web/ui';
import { OPEN_CHAT_ROOM } from '../graphql/meetings.documents';
import { MEETINGS_NS } from '../meetings.resources';

/**
 * The way into a meeting's (or group's) own chat room, for before and after it meets. The room is made on
 * first use from its key (`meeting:<id>`); visitors are asked to sign in first and come back here.
 */
export function ChatRoomLink({
  kind,
  roomKey,
  from,
}: {
  kind: 'meeting' | 'group';
  roomKey: string;
  from: string;
}) {
  const { t } = useTranslation(MEETINGS_NS);
  const session = useSession();
  const navigate = useNavigate();
  const [open, { loading }] = useMutation(OPEN_CHAT_ROOM);
  const [problem, setProblem] = useState<string | null>(null);

  if (session.status !== 'signedIn') {
    return (
      <Link className="button button--secondary" to="/sign-in" state={{ from }}>
        {t(`${kind}.signInToChat`)}
      </Link>
    );
  }
  const go = async () => {
    setProblem(null);
    try {
      const { data } = await open({ variables: { key: roomKey } });
      if (data) navigate(`/chat/${data.openChatRoom.id}`);
    } catch (error) {
      setProblem(toFormErrors(error).message || t('errors.network'));
    }
  };
  return (
    <>
      <Button variant="secondary" busy={loading} onClick={() => void go()}>
        {t(`${kind}.chat`)}
      </Button>
      {problem ? (
        <Alert tone="error">
          <p>{problem}</p>
        </Alert>
      ) : null}
    </>
  );
}
