// The straightforward matching statement, kept only as the reference the fast one must agree with.
import {
  AVAILABILITY_FULL_MINUTES,
  DECLINE_COOLDOWN_DAYS,
  DISTANCE_BUCKETS,
  EXPERIENCE_FULL_YEARS,
  MATCH_WEIGHTS as W,
  SHARED_MEETINGS_FULL,
} from '@kinship/api/sponsorship';

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
const bucketCase = bounded
  .map((b) => `WHEN c.chord <= ${num(chord(b.maxMeters))} THEN '${b.bucket}'`)
  .join(' ');
const factorCase = bounded
  .map((b) => `WHEN c.chord <= ${num(chord(b.maxMeters))} THEN ${num(b.factor)}`)
  .join(' ');

/**
 * The finder as it was written before top-K pruning and the sponsor_matchable table: every candidate read
 * from sponsor_profiles and scored in full. Tests compare the fast statement with it; keep it as is.
 * $1 the seeker's id, $2 page size, $3 offset.
 *
 * Hard constraints are in the WHERE clause of `candidates`; the soft score is the sum of the `pts_*`
 * columns of `scored` (weights from MATCH_WEIGHTS); the reasons are those columns plus the few facts the
 * last SELECT adds for the page only. Ties go to a per-seeker shuffle, so equal candidates share the
 * first places instead of the same people always coming first.
 *
 * Returns one row with null candidate columns when the seeker has preferences but nobody matches, and no
 * row at all when the seeker has no preferences.
 */
export const REFERENCE_MATCHING_SQL = `
WITH seeker AS (
  SELECT p.user_id, p.program, p.languages, p.gender, p.preferred_genders, p.on_mat, p.home_group_id,
         p.meeting_ids, r.min_clean_days, r.kind,
         kinship_week_shift(p.availability_local, -kinship_tz_offset_minutes(p.time_zone)) AS availability_utc,
         CASE WHEN p.remote_only THEN NULL ELSE p.area_earth END AS near,
         (extract(year FROM current_date) * 12 + extract(month FROM current_date))::int AS month_index,
         hashtext(p.user_id::text)::bigint AS seed
    FROM seeker_preferences p JOIN sponsorship_rules r ON r.program = p.program
   WHERE p.user_id = $1
),
excluded AS (
  SELECT blocked_id AS user_id FROM sponsorship_blocks WHERE blocker_id = $1
  UNION SELECT blocker_id FROM sponsorship_blocks WHERE blocked_id = $1
  UNION SELECT sponsor_id FROM sponsorships
         WHERE sponsee_id = $1
           AND (status = 'active'
                OR (status = 'declined' AND responded_at > now() - interval '${num(DECLINE_COOLDOWN_DAYS)} days'))
),
candidates AS MATERIALIZED (
  SELECT sp.user_id,
         sp.languages && s.languages AS language_match,
         CASE WHEN sp.availability_utc && s.availability_utc
              THEN kinship_week_minutes(sp.availability_utc * s.availability_utc) ELSE 0 END AS overlap_minutes,
         cube_distance(s.near, sp.area_earth) AS chord,
         CASE WHEN sp.meeting_ids && s.meeting_ids
              THEN (SELECT count(*) FROM unnest(sp.meeting_ids) m WHERE m = ANY (s.meeting_ids))::int
              ELSE 0 END AS shared_meetings,
         coalesce(sp.home_group_id = s.home_group_id, false) AS same_home_group,
         greatest(0, s.month_index - sp.clean_month_index - 1) AS clean_months,
         uuid_hash_extended(sp.user_id, s.seed) AS tiebreak
    FROM seeker s
    JOIN sponsor_profiles sp ON sp.programs @> ARRAY[s.program]
   WHERE sp.accepting
     AND sp.user_id <> s.user_id
     AND sp.active_sponsees < sp.capacity
     AND sp.clean_time_from + s.min_clean_days <= current_date
     AND (cardinality(sp.sponsors_genders) = 0 OR s.gender = ANY (sp.sponsors_genders))
     AND (cardinality(s.preferred_genders) = 0 OR sp.gender = ANY (s.preferred_genders))
     AND (NOT s.on_mat OR sp.mat_comfortable)
     AND NOT EXISTS (SELECT 1 FROM excluded e WHERE e.user_id = sp.user_id)
     -- only members who confirmed their email address can be found
     AND EXISTS (SELECT 1 FROM users v WHERE v.id = sp.user_id AND v.email_verified_at IS NOT NULL)
),
scored AS (
  SELECT c.*,
         CASE WHEN c.chord IS NULL THEN NULL ${bucketCase} ELSE '${lastBucket.bucket}' END AS distance,
         ${num(W.language)} * c.language_match::int AS pts_language,
         ${num(W.availability)} * least(c.overlap_minutes, ${num(AVAILABILITY_FULL_MINUTES)})::float8
           / ${num(AVAILABILITY_FULL_MINUTES)} AS pts_availability,
         ${num(W.distance)} * (CASE WHEN c.chord IS NULL THEN 0 ${factorCase} ELSE ${num(lastBucket.factor)} END)
           AS pts_distance,
         ${num(W.sharedMeetings)} * least(c.shared_meetings, ${num(SHARED_MEETINGS_FULL)})::float8
           / ${num(SHARED_MEETINGS_FULL)} AS pts_meetings,
         ${num(W.homeGroup)} * c.same_home_group::int AS pts_home_group,
         ${num(W.experience)} * least(c.clean_months / 12, ${num(EXPERIENCE_FULL_YEARS)})::float8
           / ${num(EXPERIENCE_FULL_YEARS)} AS pts_experience
    FROM candidates c
),
ranked AS (
  SELECT sc.*, pts_language + pts_availability + pts_distance + pts_meetings + pts_home_group + pts_experience
           AS score
    FROM scored sc
),
page AS (
  SELECT r.*, (SELECT count(*) FROM candidates) AS total
    FROM ranked r ORDER BY r.score DESC, r.tiebreak LIMIT $2 OFFSET $3
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
