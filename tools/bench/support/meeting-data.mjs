// Meeting data the search benches share: the web client's real page queries
// (libs/web/meetings/src/lib/graphql/meetings.documents.ts), sent as the web client sends them, and generated
// meetings spread over the continental United States, the same for every run.

/** The finder's query. */
export const FIND_MEETINGS = `query FindMeetings($filter: MeetingFilter, $first: Int, $after: String, $language: String!) {
  meetings(filter: $filter, first: $first, after: $after) {
    radiusKm widened pageInfo { endCursor hasNextPage }
    edges { cursor distanceKm distanceMiles node { ...MeetingCardFields } }
  }
}
fragment MeetingCardFields on Meeting {
  id name attendance days startTime endTime timeZone saved
  program { code name }
  types(language: $language) { code name }
  location { venue formattedAddress latitude longitude approximate active }
  online { provider url phone }
  upcoming(count: 1) { start end inProgress startsInMinutes }
}`;

/** The meeting page's query. */
export const MEETING_PAGE = `query MeetingPage($id: ID!, $language: String!) {
  meeting(id: $id) {
    id name notes attendance days startTime endTime durationMinutes timeZone regions url feedbackUrl
    published chatRoomKey icsPath saved canEdit
    program { code name }
    group { id name }
    types(language: $language) { code name }
    location { venue formattedAddress notes latitude longitude approximate active directionsUrl }
    online { url provider urlNotes phone phoneNotes }
    upcoming(count: 7) { start end inProgress startsInMinutes }
  }
}`;

/**
 * Inserts `count` published in-person meetings at random points of the continental United States (seeded, so
 * every run has the same ones) through a connected `pg` client, analyzes the table, and returns the ids of
 * 1,000 of them in a fixed order (for meeting pages).
 */
export async function insertMeetings(client, count) {
  await client.query('SELECT setseed(0.42)');
  await client.query(
    `INSERT INTO meetings (source, source_key, slug, name, program_id, days, start_minute, duration_minutes,
                           time_zone, types, formatted_address, latitude, longitude, approximate, attendance,
                           search_text, content_hash)
     SELECT 'bench', g::text, 'bench-' || g, 'Bench meeting ' || g,
            (SELECT id FROM programs WHERE code = (ARRAY['NA', 'AA', 'SMART'])[1 + g % 3]),
            ARRAY[(g % 7)::smallint], ((g * 37) % 1440)::smallint, 60, 'America/Chicago', ARRAY['O'],
            g || ' Bench St, Somewhere, USA', 25 + random() * 24, -124 + random() * 57, false, 'IN_PERSON',
            'bench meeting ' || g, md5(g::text)
       FROM generate_series(1, $1::int) AS g`,
    [count],
  );
  await client.query('ANALYZE meetings');
  const { rows } = await client.query('SELECT id FROM meetings ORDER BY md5(id::text) LIMIT 1000');
  return rows.map((r) => r.id);
}
