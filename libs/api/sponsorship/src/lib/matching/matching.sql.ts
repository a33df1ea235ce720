import {
  AVAILABILITY_FULL_MINUTES,
  DECLINE_COOLDOWN_DAYS,
  DISTANCE_BUCKETS,
  EXPERIENCE_FULL_YEARS,
  MATCH_WEIGHTS as W,
  SHARED_MEETINGS_FULL,
} from '../domain/sponsorship.rules';

// Every number below comes from sponsorship.rules.ts; only constants are written into the SQL text,
// never anything a member sent (those are the $1… parameters).
const num = (n: number) => {
  if (!Number.isFinite(n)) throw new Error('matching constants must be finite numbers');
  return String(n);
};
/** earthdistance's earth radius, in metres: a distance d along the surface is a chord of 2R·sin(d / 2R). */
const EARTH_RADIUS_M = 6378168;
const chord = (meters: number) => 2 * EARTH_RADIUS_M * Math.sin(meters / (2 * EARTH_RADIUS_M));
const bounded = DISTANCE_BUCKETS.filter((b) => Number.isFinite(b.maxMeters));
const lastBucket = DISTANCE_BUCKETS[DISTANCE_BUCKETS.length - 1];
// Straight-line (chord) distances between the two cell centres are compared with each bucket's bound: a
// C function per row instead of a great-circle computation.
const bucketCase = (column: string) =>
  bounded.map((b) => `WHEN ${column} <= ${num(chord(b.maxMeters))} THEN '${b.bucket}'`).join(' ');
const factorCase = (column: string) =>
  bounded.map((b) => `WHEN ${column} <= ${num(chord(b.maxMeters))} THEN ${num(b.factor)}`).join(' ');

/** Minutes per bit of the weekly availability bitmaps (`kinship_week_slots`, 336 slots of 30 minutes). */
const SLOT_MINUTES = 30;

/** A sum of score terms, always in this order, so bounds and exact scores round alike. */
const total = (t: {
  language: string;
  availability: string;
  distance: string;
  meetings: string;
  homeGroup: string;
  experience: string;
}) =>
  `(${t.language} + ${t.availability} + ${t.distance} + ${t.meetings} + ${t.homeGroup} + ${t.experience})`;

/** Points for shared weekly minutes. */
const availabilityPoints = (minutes: string) =>
  `${num(W.availability)} * least(${minutes}, ${num(AVAILABILITY_FULL_MINUTES)})::float8 / ${num(AVAILABILITY_FULL_MINUTES)}`;

/** Points for the distance between cell centres (`chord`, null when either side has no area). */
const distancePoints = (chord: string) =>
  `${num(W.distance)} * (CASE WHEN ${chord} IS NULL THEN 0 ${factorCase(chord)} ELSE ${num(lastBucket.factor)} END)`;

/**
 * The same points as float8 constants (each product folded once when the statement is planned), for the
 * bounds: the numeric product above becomes the same float8 when it is added to the score.
 */
const distancePointsFloat = (column: string) =>
  `(CASE WHEN ${column} IS NULL THEN 0::float8 ${bounded
    .map(
      (b) =>
        `WHEN ${column} <= ${num(chord(b.maxMeters))} THEN (${num(W.distance)} * ${num(b.factor)})::float8`,
    )
    .join(' ')} ELSE (${num(W.distance)} * ${num(lastBucket.factor)})::float8 END)`;

/** Points for whole years of clean time. */
const experiencePoints = (months: string) =>
  `${num(W.experience)} * least(${months} / 12, ${num(EXPERIENCE_FULL_YEARS)})::float8 / ${num(EXPERIENCE_FULL_YEARS)}`;

/**
 * Exact scores and reasons for some candidates (`rows`, a subquery of `candidates`), read from their
 * sponsor_matchable row: every term computed as the straightforward statement does, summed as the bounds are.
 */
const exactly = (rows: string) => `
  SELECT x.*, ${total({
    language: 'x.pts_language',
    availability: 'x.pts_availability',
    distance: 'x.pts_distance',
    meetings: 'x.pts_meetings',
    homeGroup: 'x.pts_home_group',
    experience: 'x.pts_experience',
  })} AS score
    FROM (
      SELECT e.*,
             uuid_hash_extended(e.user_id, s.seed) AS tiebreak,
             CASE WHEN e.chord IS NULL THEN NULL ${bucketCase('e.chord')} ELSE '${lastBucket.bucket}' END AS distance,
             ${num(W.language)} * e.language_match::int AS pts_language,
             ${availabilityPoints('e.overlap_minutes')} AS pts_availability,
             ${distancePoints('e.chord')} AS pts_distance,
             ${num(W.sharedMeetings)} * least(e.shared_meetings, ${num(SHARED_MEETINGS_FULL)})::float8
               / ${num(SHARED_MEETINGS_FULL)} AS pts_meetings,
             ${num(W.homeGroup)} * e.same_home_group::int AS pts_home_group,
             ${experiencePoints('e.clean_months')} AS pts_experience
        FROM (
          SELECT m.user_id,
                 m.languages && s.languages AS language_match,
                 cube_distance(s.near, m.area_earth) AS chord,
                 coalesce(m.home_group_id = s.home_group_id, false) AS same_home_group,
                 greatest(0, s.month_index - m.clean_month_index - 1) AS clean_months,
                 CASE WHEN m.availability_utc && s.availability_utc
                      THEN (SELECT coalesce(sum(upper(r) - lower(r)), 0)::integer
                              FROM unnest(m.availability_utc * s.availability_utc) AS r)
                      ELSE 0 END AS overlap_minutes,
                 CASE WHEN m.meeting_ids && s.meeting_ids
                      THEN (SELECT count(*) FROM unnest(m.meeting_ids) mi WHERE mi = ANY (s.meeting_ids))::int
                      ELSE 0 END AS shared_meetings
            FROM ${rows} b
            CROSS JOIN seeker s
            -- one index probe per candidate, whatever the planner expects of their number
            CROSS JOIN LATERAL (
              SELECT * FROM sponsor_matchable r WHERE r.program = s.program AND r.user_id = b.user_id OFFSET 0
            ) m
          OFFSET 0 -- each column once per row
        ) e
        CROSS JOIN seeker s
    ) x`;

/**
 * Upper bounds (and the likely score, the bound without the hashed meetings and home group) of the seeker's
 * candidates, read from `source` (sponsor_matchable as m, joined to the seeker s).
 */
const boundsOf = (source: string) => `
  SELECT b.user_id,
         -- the likely score, to choose whom to probe: the bound without the meetings and home group, which
         -- are hashed (a member with five meetings shares a bit with a seeker's three one time in five)
         ${total({ language: 'b.language_bound', availability: 'b.availability_bound', distance: 'b.pts_distance', meetings: '0::float8', homeGroup: '0', experience: 'b.pts_experience' })} AS likely,
         ${total({ language: 'b.language_bound', availability: 'b.availability_bound', distance: 'b.pts_distance', meetings: 'b.meetings_bound', homeGroup: 'b.home_group_bound', experience: 'b.pts_experience' })} AS upper_bound
    FROM (
      SELECT a.user_id,
             ${num(W.language)} * a.language_hit::int AS language_bound,
             ${availabilityPoints('a.slot_minutes')} AS availability_bound,
             ${distancePointsFloat('a.chord')} AS pts_distance,
             CASE WHEN a.meetings_hit THEN ${num(W.sharedMeetings)}::float8 ELSE 0::float8 END AS meetings_bound,
             ${num(W.homeGroup)} * a.home_group_hit::int AS home_group_bound,
             ${experiencePoints('a.clean_months')} AS pts_experience
        FROM (
          SELECT m.user_id,
                 (m.language_bits & s.language_bits) <> 0 AS language_hit,
                 cube_distance(s.near, m.area_earth) AS chord,
                 greatest(0, s.month_index - m.clean_month_index - 1) AS clean_months,
                 coalesce(m.home_group_hash = s.home_group_hash, false) AS home_group_hit,
                 least(bit_count(m.slots & s.slots) * ${num(SLOT_MINUTES)}, s.available_minutes) AS slot_minutes,
                 (m.meeting_bits & s.meeting_bits) <> 0 AS meetings_hit
            FROM seeker s
            ${source}
           WHERE m.user_id <> s.user_id
             AND m.clean_time_from <= s.clean_from_latest
             AND (m.takes_genders = 0 OR (m.takes_genders & s.gender_bits) <> 0)
             AND (s.preferred_genders_bits = 0 OR (m.gender_bits & s.preferred_genders_bits) <> 0)
             AND (NOT s.on_mat OR m.mat_comfortable)
             AND m.user_id <> ALL (s.excluded)
          OFFSET 0 -- each column once per row: no copies of cube_distance in the expressions above
        ) a
      OFFSET 0 -- each bound term once per row, not once in likely and again in upper_bound
    ) b`;

/** Rows of the seeker's program whose bounds (not exact scores) are computed to find a floor for the rest. */
export const MATCHING_SAMPLE = 1500;
/** The first `sample` rows of the program, before the hard constraints (ids are random: any of them). */
const sampleRows = (sample: number) => `CROSS JOIN LATERAL (
  SELECT r.user_id, r.clean_time_from, r.clean_month_index, r.gender_bits, r.takes_genders, r.mat_comfortable,
         r.language_bits, r.meeting_bits, r.home_group_hash, r.slots, r.area_earth
    FROM sponsor_matchable r WHERE r.program = s.program LIMIT ${num(sample)}) m`;

/** How many candidates beyond K, with the best likely scores, are scored exactly to find the page's threshold. */
const PROBE_EXTRA = 10;

/**
 * The finder, as one statement: $1 the seeker's id, $2 page size, $3 offset.
 *
 * Candidates come from `sponsor_matchable` (one row per program of each sponsor who can take a request:
 * accepting, below capacity, email confirmed; kept by triggers), filtered by the rest of the hard
 * constraints in the WHERE clause of `candidates`: small integers and bit masks kept with each row (both
 * genders, MAT comfort, clean time), and the seeker's blocks and recent declines as one array. The soft
 * score is the sum of the `pts_*` columns (weights from MATCH_WEIGHTS); the reasons are those columns plus
 * the few facts the last SELECT adds for the page only. Ties go to a per-seeker shuffle, so equal
 * candidates share the first places instead of the same people always coming first.
 *
 * Top-K pruning, K = offset + page size: every candidate gets a cheap upper bound of its score from
 * fixed-width columns: distance and experience exactly, languages, meetings and home group as hashed bit
 * masks (a shared bit means the full weight), shared availability from 30-minute slot bitmaps. The
 * K + ${PROBE_EXTRA} candidates with the best likely scores (the bound without meetings and home group,
 * whose hashes collide most) are scored exactly (`probe`): the K-th best of them, by score and then
 * tiebreak, is a place at least K candidates reach. Only candidates whose upper bound beats that score, or
 * equals it and wins the tiebreak, can be on the page, and only they are scored exactly (`ranked`).
 * The bounds are computed in one pass (`pass`) that keeps only the count and the few candidates whose
 * bound reaches a floor (the K-th best exact score of a sample, `floor`: K candidates score at least that):
 * the probe, the threshold and the filter then read a few hundred rows instead of every candidate.
 * Bounds and scores are summed in the same order and types, so rounding cannot reorder them. Tests
 * compare every page with the straightforward statement on random populations.
 *
 * Planning it costs 3 to 7 ms, a fifth of a large seeker's search: the page size and offset are read from
 * `seeker` (scalar subqueries) rather than written as LIMIT $2, so a custom plan costs the same as the
 * generic one and PostgreSQL keeps the named statement's generic plan after its first five runs instead of
 * planning every search again.
 *
 * Returns one row with null candidate columns when the seeker has preferences but nobody matches, and no
 * row at all when the seeker has no preferences.
 */
export const matchingSql = (sample: number) => `
WITH seeker AS MATERIALIZED (
  SELECT q.*, kinship_week_slots(q.availability_utc) AS slots,
         kinship_week_minutes(q.availability_utc) AS available_minutes,
         kinship_hash_bits(q.languages) AS language_bits,
         kinship_hash_bits(q.meeting_ids) AS meeting_bits,
         kinship_hash_int(q.home_group_id) AS home_group_hash,
         CASE WHEN q.gender IS NULL THEN 0 ELSE kinship_gender_bits(ARRAY[q.gender]) END AS gender_bits,
         kinship_gender_bits(q.preferred_genders) AS preferred_genders_bits,
         ARRAY(SELECT blocked_id FROM sponsorship_blocks WHERE blocker_id = $1
               UNION SELECT blocker_id FROM sponsorship_blocks WHERE blocked_id = $1
               UNION SELECT sponsor_id FROM sponsorships
                      WHERE sponsee_id = $1
                        AND (status = 'active'
                             OR (status = 'declined'
                                 AND responded_at > now() - interval '${num(DECLINE_COOLDOWN_DAYS)} days'))) AS excluded
    FROM (
      SELECT p.user_id, p.program, p.languages, p.gender, p.preferred_genders, p.on_mat, p.home_group_id,
             p.meeting_ids, r.kind, current_date - r.min_clean_days AS clean_from_latest,
             kinship_week_shift(p.availability_local, -kinship_tz_offset_minutes(p.time_zone)) AS availability_utc,
             CASE WHEN p.remote_only THEN NULL ELSE p.area_earth END AS near,
             (extract(year FROM current_date) * 12 + extract(month FROM current_date))::int AS month_index,
             hashtext(p.user_id::text)::bigint AS seed,
             -- the page as columns, not as LIMIT $n: see the note on generic plans above
             $2::int AS page_size, $3::int AS page_offset
        FROM seeker_preferences p JOIN sponsorship_rules r ON r.program = p.program
       WHERE p.user_id = $1
    ) q
),
floor AS (
  -- the floor: the K-th best exact score among the likeliest candidates in the first ${num(sample)} rows of the
  -- program (any of them: ids are random); K candidates score at least that, so none on the page scores less
  SELECT coalesce((
    SELECT score FROM (
    ${exactly(`(SELECT user_id FROM (${boundsOf(sampleRows(sample))}) f
                 ORDER BY likely DESC LIMIT (SELECT page_size + page_offset + ${PROBE_EXTRA} FROM seeker))`)}
    ) x ORDER BY score DESC OFFSET (SELECT page_size + page_offset - 1 FROM seeker) LIMIT 1
  ), '-Infinity'::float8) AS score -- fewer than K in the sample: no floor
),
pass AS (
  -- one pass over every candidate, nothing stored but their number and the few whose bound reaches the floor
  SELECT count(*)::int AS total,
         array_agg(b.user_id) FILTER (WHERE b.upper_bound >= (SELECT score FROM floor)) AS ids,
         array_agg(b.likely) FILTER (WHERE b.upper_bound >= (SELECT score FROM floor)) AS likely,
         array_agg(b.upper_bound) FILTER (WHERE b.upper_bound >= (SELECT score FROM floor)) AS upper_bound
    FROM (${boundsOf('JOIN sponsor_matchable m ON m.program = s.program')}) b
),
candidates AS MATERIALIZED (
  SELECT c.* FROM pass CROSS JOIN unnest(pass.ids, pass.likely, pass.upper_bound) AS c(user_id, likely, upper_bound)
),
probe AS (
  ${exactly(`(SELECT user_id FROM candidates ORDER BY likely DESC LIMIT (SELECT page_size + page_offset + ${PROBE_EXTRA} FROM seeker))`)}
),
threshold AS (
  -- the K-th best (score, tiebreak) among the probed: at least K candidates rank at least as high
  SELECT score, tiebreak, (SELECT seed FROM seeker) AS seed
    FROM probe ORDER BY score DESC, tiebreak OFFSET (SELECT page_size + page_offset - 1 FROM seeker) LIMIT 1
),
ranked AS (
  -- a candidate whose bound only ties the threshold is on the page only if it wins the tie
  ${exactly(`(SELECT c.user_id FROM candidates c LEFT JOIN threshold t ON true
               WHERE t.score IS NULL -- fewer than K candidates: all of them
                  OR c.upper_bound > t.score
                  OR (c.upper_bound = t.score AND uuid_hash_extended(c.user_id, t.seed) <= t.tiebreak))`)}
),
page AS (
  SELECT r.*, (SELECT total FROM pass) AS total
    FROM ranked r ORDER BY r.score DESC, r.tiebreak LIMIT (SELECT page_size FROM seeker) OFFSET (SELECT page_offset FROM seeker)
)
SELECT s.program AS seeker_program, s.kind AS seeker_kind, s.on_mat AS seeker_on_mat, c.*
  FROM seeker s
  LEFT JOIN LATERAL (
    SELECT pg.user_id, pg.total::int AS total, pg.score, pg.distance, pg.overlap_minutes, pg.shared_meetings,
           pg.same_home_group, pg.clean_months, pg.tiebreak, pg.pts_language, pg.pts_availability, pg.pts_distance,
           pg.pts_meetings, pg.pts_home_group, pg.pts_experience,
           u.display_name, u.handle, sp.bio, sp.programs, sp.languages, sp.gender, sp.mat_comfortable, sp.time_zone,
           sp.availability_local::text AS availability, (sp.capacity - sp.active_sponsees) AS open_spots,
           ARRAY(SELECT l FROM unnest(s.languages) WITH ORDINALITY AS x(l, i)
                  WHERE l = ANY (sp.languages) ORDER BY i) AS shared_languages,
           EXISTS (SELECT 1 FROM sponsorships q WHERE q.sponsor_id = pg.user_id AND q.sponsee_id = s.user_id
                      AND q.status = 'pending') AS request_pending
      FROM page pg
      JOIN sponsor_profiles sp ON sp.user_id = pg.user_id
      JOIN users u ON u.id = pg.user_id
     ORDER BY pg.score DESC, pg.tiebreak
  ) c ON true
 ORDER BY c.score DESC NULLS LAST, c.tiebreak`;

/** The finder as the API runs it. */
export const MATCHING_SQL = matchingSql(MATCHING_SAMPLE);
