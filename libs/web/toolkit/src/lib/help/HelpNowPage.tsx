import { useState, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSession } from '@kinship/web/data';
import { HelpPage } from '@kinship/web/ui';
import { HELP_NOW } from '../graphql/help.documents';
import { SET_RECOVERY_COUNTRY } from '../graphql/recovery.documents';
import { MeetingsSoon } from './MeetingsSoon';
import { YourPeople } from './YourPeople';

function MemberHelp({ checkIn }: { checkIn?: ReactNode }) {
  const { account } = useSession();
  const { data, loading, error } = useQuery(HELP_NOW, { fetchPolicy: 'cache-and-network' });
  const [setCountry] = useMutation(SET_RECOVERY_COUNTRY, { refetchQueries: [HELP_NOW] });
  const [chosen, setChosen] = useState<string | null>(null);
  const help = data?.helpNow ?? null;
  return (
    <HelpPage
      country={chosen ?? help?.country}
      onCountryChange={(country) => {
        setChosen(country);
        void setCountry({ variables: { country } }).catch(() => undefined);
      }}
    >
      <YourPeople help={help} loading={loading} failed={Boolean(error)} />
      {checkIn}
      <MeetingsSoon timeZone={account?.timeZone} />
    </HelpPage>
  );
}

/**
 * "Get help now": the crisis lines first (they never wait for the network), then, for a member, their own
 * people and sponsor (and `checkIn`, the app's "ask a moderator to check in on me"), and for everyone the
 * online meetings starting soon. A member's country choice is saved in their recovery settings.
 */
export function HelpNowPage({ checkIn }: { checkIn?: ReactNode } = {}) {
  const { status } = useSession();
  if (status === 'signedIn') return <MemberHelp checkIn={checkIn} />;
  return (
    <HelpPage>
      <MeetingsSoon />
    </HelpPage>
  );
}
