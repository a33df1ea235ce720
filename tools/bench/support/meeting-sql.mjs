// The statements the API runs for the meeting benches, shared by the bench (straight through `pg`) and the
// bare node:http baseline. Keep them in step with libs/api/meetings/src/lib/search (MEETING_COLUMNS,
// nearSearchSql) and the `meeting` resolver.

export const MEETING_COLUMNS = `m.id, m.source, m.source_key, m.slug, m.name, m.program_id, m.group_id, m.days,
  m.start_minute, m.duration_minutes, m.duration_given, m.time_zone, m.types, m.notes, m.venue, m.address,
  m.city, m.state, m.postal_code, m.country, m.formatted_address, m.location_notes, m.regions, m.latitude,
  m.longitude, m.approximate, m.conference_url, m.conference_url_notes, m.conference_phone,
  m.conference_phone_notes, m.attendance, m.url, m.feedback_url, m.extras, m.published, m.source_updated_at,
  m.created_at, m.updated_at`;

/** The GiST radius search returning the page's meetings whole ($1 lat, $2 lng, $3 metres, $4 attendance, $5 limit). */
export const NEAR_SQL = `SELECT ${MEETING_COLUMNS},
  earth_distance(ll_to_earth($1::float8, $2::float8), m.earth) AS distance_m
  FROM meetings m
 WHERE earth_box(ll_to_earth($1::float8, $2::float8), $3::float8) @> m.earth
   AND earth_distance(ll_to_earth($1::float8, $2::float8), m.earth) < $3::float8
   AND m.published
   AND m.attendance = ANY ($4::text[])
 ORDER BY distance_m, m.id
 LIMIT $5::int`;

export const ATTENDANCE = ['IN_PERSON', 'ONLINE', 'HYBRID'];

/** One meeting by id, as the meeting page's resolver reads it. */
export const BY_ID_SQL = `SELECT ${MEETING_COLUMNS} FROM meetings m WHERE m.id = $1::uuid`;
