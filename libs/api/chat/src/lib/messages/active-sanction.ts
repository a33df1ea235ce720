/** A member's sanction in force in a room: a ban outranks a timeout. */
export interface ActiveSanction {
  kind: 'timeout' | 'ban';
  until: string | null;
  reason: string;
}

/** SQL for the sanction in force of `user` (an SQL expression) in room `r`, as JSON, or null. */
export const activeSanctionSql = (user: string) => `(
  SELECT json_build_object('kind', s.kind, 'until', s.until, 'reason', s.reason)
    FROM chat_sanctions s
   WHERE s.room_id = r.id AND s.user_id = ${user} AND s.lifted_at IS NULL AND (s.until IS NULL OR s.until > now())
   ORDER BY (s.kind = 'ban') DESC, s.until DESC
   LIMIT 1)`;

/** The same, for the member given as `$2`. */
export const ACTIVE_SANCTION_SQL = activeSanctionSql('$2');
