import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ACTIVE_SPONSORSHIPS } from '../graphql/help.documents';

/**
 * Where the sponsorship feature shows a conversation (its route in apps/web). Set it to null if that page
 * goes away: the sponsor is then listed without a message button.
 */
export const sponsorMessagesPath: ((sponsorshipId: string) => string) | null = (id) =>
  `/sponsorship/messages/${id}`;

/** A link to message one's sponsor, through the sponsorship feature's own page, or nothing. */
export function MessageSponsorLink({
  sponsorId,
  label,
  className,
}: {
  sponsorId: string;
  label: string;
  className?: string;
}) {
  const { data } = useQuery(ACTIVE_SPONSORSHIPS, { skip: !sponsorMessagesPath });
  const sponsorship = data?.mySponsorships.find((s) => s.myRole === 'SPONSEE' && s.other.id === sponsorId);
  if (!sponsorMessagesPath || !sponsorship) return null;
  return (
    <Link className={className} to={sponsorMessagesPath(sponsorship.id)}>
      {label}
    </Link>
  );
}
