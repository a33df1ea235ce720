// The mixed profile's dataset, straight into the database (registration hashes passwords: too slow here):
// meetings spread over the continental United States, chat rooms of 5 to 50 members, sponsor/sponsee
// pairs, and an access token for every member (signed with the API's JWT secret).
import jwt from 'jsonwebtoken';
import pg from 'pg';
import { insertMeetings } from '../support/meeting-data.mjs';

/** Room sizes, repeated: every size from 5 to 50 is represented, most members sit in the larger rooms. */
export const ROOM_SIZES = [5, 10, 20, 50];

export async function seed(databaseUrl, secret, { meetings, roomCycles, pairs }) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const meetingIds = await insertMeetings(db, meetings);

    const sizes = Array.from({ length: roomCycles }, () => ROOM_SIZES).flat();
    const chatMembers = sizes.reduce((a, b) => a + b, 0);
    const sessions = (
      await db.query(
        `WITH u AS (
           INSERT INTO users (email, password_hash, display_name, created_at)
           SELECT 'mixed' || i || '@example.net', 'not-a-hash', 'Mixed ' || i, now() - interval '30 days'
             FROM generate_series(1, $1::int) i RETURNING id)
         INSERT INTO sessions (user_id) SELECT id FROM u RETURNING id, user_id`,
        [chatMembers + 2 * pairs],
      )
    ).rows;
    const options = { algorithm: 'HS256', expiresIn: 3600, audience: 'kinship', issuer: 'kinship' };
    const members = sessions.map((s) => ({
      id: s.user_id,
      token: jwt.sign({ sub: s.user_id, sid: s.id }, secret, options),
    }));

    const rooms = (
      await db.query(
        `INSERT INTO chat_rooms (kind, name) SELECT 'topic', 'Mixed room ' || i
           FROM generate_series(1, $1::int) i RETURNING id`,
        [sizes.length],
      )
    ).rows.map((r) => r.id);
    const chatters = [];
    let next = 0;
    sizes.forEach((size, r) => {
      for (let k = 0; k < size; k += 1) chatters.push({ ...members[next++], roomId: rooms[r], size });
    });
    await db.query(
      `INSERT INTO chat_room_members (room_id, user_id) SELECT unnest($1::uuid[]), unnest($2::uuid[])`,
      [chatters.map((c) => c.roomId), chatters.map((c) => c.id)],
    );

    const dmPairs = [];
    for (let p = 0; p < pairs; p += 1) {
      const sponsor = members[next++];
      const sponsee = members[next++];
      const {
        rows: [{ id }],
      } = await db.query(
        `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, status, started_at)
         VALUES ($1, $2, 'NA', 'active', now()) RETURNING id`,
        [sponsor.id, sponsee.id],
      );
      dmPairs.push({ sponsorshipId: id, sponsor, sponsee });
    }
    return { meetingIds, chatters, rooms: sizes.length, dmPairs };
  } finally {
    await db.end();
  }
}
