import { Client } from 'pg';
import { MatchingService, MATCHING_SQL } from '@kinship/api/sponsorship';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import {
  activeSponsorship,
  daysAgo,
  matches,
  monthsAgo,
  ok,
  refused,
  SAVE_PROFILE,
  seeker,
  sponsor,
  sponsorInput,
  sql,
} from './sponsorship-helpers';

describe('sponsor matching: hard constraints', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lists only sponsors meeting every hard constraint; each of the others fails exactly one', async () => {
    const me = await seeker(app, { preferredGenders: ['WOMAN'], onMat: true });
    const good = await sponsor(app, {}, 'Good G.');
    const excluded = {
      otherProgram: await sponsor(app, { programs: ['AA'] }),
      notEligible: await sponsor(app, { cleanDate: daysAgo(150) }),
      paused: await sponsor(app, { accepting: false }),
      full: await sponsor(app, { capacity: 1 }),
      sponsorsMenOnly: await sponsor(app, { sponsorsGenders: ['MAN'] }),
      notTheGenderIAsked: await sponsor(app, { gender: 'MAN' }),
      notComfortableWithMat: await sponsor(app, { matComfortable: false }),
      blockedMe: await sponsor(app),
      iBlocked: await sponsor(app),
      declinedMe: await sponsor(app),
    };
    const someoneElse = await registerMember(app);
    await activeSponsorship(app, excluded.full.id, someoneElse.id);
    await sql(app, 'INSERT INTO sponsorship_blocks (blocker_id, blocked_id) VALUES ($1, $2), ($3, $4)', [
      excluded.blockedMe.id,
      me.id,
      me.id,
      excluded.iBlocked.id,
    ]);
    await sql(
      app,
      `INSERT INTO sponsorships (sponsor_id, sponsee_id, program, status, responded_at)
       VALUES ($1, $2, 'NA', 'declined', now() - interval '2 days')`,
      [excluded.declinedMe.id, me.id],
    );
    // the seeker's own sponsor profile is never offered to them
    await ok(app, SAVE_PROFILE, { input: sponsorInput() }, me);

    const page = await matches(app, me);
    expect(page.candidates.map((c) => c.sponsorId)).toEqual([good.id]);
    expect(page.total).toBe(1);
  });

  it('applies the MAT constraint only to seekers on MAT, and gender preferences from both sides', async () => {
    const notComfortable = await sponsor(app, { matComfortable: false, gender: 'MAN' });
    const womenOnly = await sponsor(app, { sponsorsGenders: ['WOMAN'] });
    const noMat = await seeker(app, { onMat: false, gender: 'MAN' });
    const ids = (await matches(app, noMat)).candidates.map((c) => c.sponsorId);
    expect(ids).toContain(notComfortable.id);
    expect(ids).not.toContain(womenOnly.id);

    const onMat = await seeker(app, { onMat: true, gender: 'WOMAN', preferredGenders: ['MAN'] });
    const ids2 = (await matches(app, onMat)).candidates.map((c) => c.sponsorId);
    expect(ids2).not.toContain(notComfortable.id);
    expect(ids2).not.toContain(womenOnly.id);

    const undisclosed = await seeker(app, { gender: null });
    const ids3 = (await matches(app, undisclosed)).candidates.map((c) => c.sponsorId);
    expect(ids3).toContain(notComfortable.id);
    expect(ids3).not.toContain(womenOnly.id);
  });

  it('asks for preferences before matching', async () => {
    const nobody = await registerMember(app);
    const res = await refused(app, '{ sponsorMatches { total } }', {}, nobody);
    expect(res).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Save your preferences first: the finder matches sponsors to them.',
    });
  });
});

describe('sponsor matching: eligibility', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('tells a sponsor who is not yet eligible why and from when, and does not offer them', async () => {
    const member = await registerMember(app);
    const cleanDate = daysAgo(120);
    const data = await ok<{ saveSponsorProfile: Record<string, unknown> }>(
      app,
      SAVE_PROFILE,
      { input: sponsorInput({ cleanDate, programs: ['NA', 'SMART'] }) },
      member,
    );
    const profile = data.saveSponsorProfile as {
      offered: boolean;
      notOfferedReasons: string[];
      eligibility: { program: string; eligible: boolean; eligibleFrom: string; reason: string }[];
      cleanTime: { years: number; months: number };
    };
    expect(profile.offered).toBe(false);
    expect(profile.notOfferedReasons).toEqual([
      'You are not yet eligible in any of your programs (see eligibility).',
    ]);
    const na = profile.eligibility.find((e) => e.program === 'NA')!;
    expect(na.eligible).toBe(false);
    // counted from the first of the month after the clean date, plus the program's 365 days
    const from = new Date(`${cleanDate.slice(0, 8)}01T00:00:00Z`);
    from.setUTCMonth(from.getUTCMonth() + 1);
    from.setUTCDate(from.getUTCDate() + 365);
    expect(na.eligibleFrom).toBe(from.toISOString().slice(0, 10));
    expect(na.reason).toBe(
      `NA asks for at least 1 year of clean time before you sponsor. Your profile will be offered to NA members from ${na.eligibleFrom}.`,
    );
    expect(profile.eligibility.find((e) => e.program === 'SMART')?.reason).toMatch(/before you mentor/);

    const looking = await seeker(app);
    expect((await matches(app, looking)).candidates.map((c) => c.sponsorId)).not.toContain(member.id);
  });

  it('follows the rule an admin sets for a program', async () => {
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    const newer = await sponsor(app, { cleanDate: daysAgo(200) });
    const looking = await seeker(app);
    expect((await matches(app, looking)).candidates.map((c) => c.sponsorId)).not.toContain(newer.id);

    const setRule =
      'mutation ($d: Int!) { updateSponsorshipRule(program: NA, minCleanDays: $d) { minCleanDays } }';
    expect((await refused(app, setRule, { d: 90 }, looking)).code).toBe('FORBIDDEN');
    await ok(app, setRule, { d: 90 }, admin);
    expect((await matches(app, looking)).candidates.map((c) => c.sponsorId)).toContain(newer.id);
    const rules = await ok<{ sponsorshipRules: { program: string; kind: string; minCleanDays: number }[] }>(
      app,
      '{ sponsorshipRules { program kind minCleanDays } }',
      {},
      looking,
    );
    expect(rules.sponsorshipRules).toContainEqual({ program: 'NA', kind: 'SPONSOR', minCleanDays: 90 });
    expect(rules.sponsorshipRules).toContainEqual({ program: 'SMART', kind: 'MENTOR', minCleanDays: 365 });
    await ok(app, setRule, { d: 365 }, admin);
  });
});

describe('sponsor matching: the score and its reasons', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  const area = { latitude: 40.7128, longitude: -74.006 };
  const meetings = ['m-1', 'm-2', 'm-3', 'm-4'];

  it('ranks by the documented weights and explains every point', async () => {
    const me = await seeker(app, {
      languages: ['es', 'en'],
      remoteOnly: false,
      area,
      timeZone: 'Asia/Kolkata',
      availability: [{ day: 1, startMinute: 6 * 60, endMinute: 10 * 60 + 30 }],
      meetingIds: meetings,
      homeGroupId: 'home-1',
    });
    await sponsor(
      app,
      {
        languages: ['es'],
        area: { latitude: 40.713, longitude: -74.0062 },
        // Tokyo 09:30-14:00 on Monday is 00:30-05:00 UTC; Kolkata 06:00-10:30 is 00:30-05:00 UTC
        timeZone: 'Asia/Tokyo',
        availability: [{ day: 1, startMinute: 9 * 60 + 30, endMinute: 14 * 60 }],
        meetingIds: ['m-1', 'm-2', 'm-3', 'x-9'],
        homeGroupId: 'home-1',
        cleanDate: monthsAgo(12 * 12 + 1),
      },
      'Best B.',
    );
    await sponsor(
      app,
      {
        languages: ['fr', 'es'],
        area: { latitude: 40.8, longitude: -74.1 },
        timeZone: 'UTC',
        availability: [{ day: 1, startMinute: 0, endMinute: 60 }],
        meetingIds: ['m-4'],
        cleanDate: monthsAgo(3 * 12 + 1),
      },
      'Middle M.',
    );
    await sponsor(
      app,
      { languages: ['de'], area: { latitude: 48.85, longitude: 2.35 }, cleanDate: monthsAgo(15) },
      'Last L.',
    );
    const page = await matches(app, me);
    expect(page.candidates.map((c) => c.displayName)).toEqual(['Best B.', 'Middle M.', 'Last L.']);
    const [b, m, l] = page.candidates;

    expect(b.reasons.map((r) => [r.kind, r.text, r.points])).toEqual([
      ['SAME_PROGRAM', 'same program (NA)', 0],
      ['LANGUAGE', 'speaks Spanish', 25],
      ['AVAILABILITY', '4.5 hours of shared availability a week', 25],
      ['DISTANCE', 'within 5 km', 20],
      ['SHARED_MEETINGS', 'attends 3 of your meetings', 10],
      ['HOME_GROUP', 'same home group', 10],
      ['EXPERIENCE', '12 years clean', 10],
    ]);
    expect(b.score).toBe(100);
    expect(b.reasons.find((r) => r.kind === 'AVAILABILITY')?.minutes).toBe(270);

    expect(m.reasons.map((r) => [r.kind, r.text, r.points])).toEqual([
      ['SAME_PROGRAM', 'same program (NA)', 0],
      ['LANGUAGE', 'speaks Spanish', 25],
      ['AVAILABILITY', '30 minutes of shared availability a week', 3],
      ['DISTANCE', 'within 25 km', 12],
      ['SHARED_MEETINGS', 'attends 1 of your meetings', 3],
      ['EXPERIENCE', '3 years clean', 3],
    ]);
    expect(m.score).toBe(46); // 25 + 3.125 + 12 + 3.33 + 3
    expect(m.distance).toBe('WITHIN_25_KM');

    expect(l.reasons.map((r) => [r.kind, r.text, r.points])).toEqual([
      ['SAME_PROGRAM', 'same program (NA)', 0],
      ['DISTANCE', 'more than 100 km away', 0],
      ['EXPERIENCE', '1 year 2 months clean', 1],
    ]);
    expect(l.score).toBe(1);
    for (const c of page.candidates) {
      const sum = c.reasons.reduce((s, r) => s + r.points, 0);
      expect(Math.abs(sum - c.score)).toBeLessThanOrEqual(1);
    }
  });

  it('compares availability across the end of the week in both zones', async () => {
    const me = await seeker(app, {
      program: 'AA',
      timeZone: 'UTC',
      availability: [
        { day: 6, startMinute: 22 * 60, endMinute: 24 * 60 },
        { day: 0, startMinute: 0, endMinute: 60 },
      ],
    });
    // Tokyo (UTC+9, no daylight saving) Sunday 05:00-10:00 is Saturday 20:00 to Sunday 01:00 UTC
    await sponsor(app, {
      programs: ['AA'],
      languages: [],
      timeZone: 'Asia/Tokyo',
      availability: [{ day: 0, startMinute: 5 * 60, endMinute: 10 * 60 }],
    });
    const [c] = (await matches(app, me)).candidates;
    expect(c.reasons.find((r) => r.kind === 'AVAILABILITY')?.minutes).toBe(180);
  });

  it('pages through candidates with a cursor, each once', async () => {
    const me = await seeker(app);
    const all = (await matches(app, me)).candidates.map((c) => c.sponsorId);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: {
        sponsorMatches: {
          candidates: { sponsorId: string }[];
          endCursor: string | null;
          hasNextPage: boolean;
        };
      } = await ok(
        app,
        'query ($a: String) { sponsorMatches(first: 1, after: $a) { candidates { sponsorId } endCursor hasNextPage } }',
        { a: after },
        me,
      );
      seen.push(...res.sponsorMatches.candidates.map((c) => c.sponsorId));
      after = res.sponsorMatches.hasNextPage ? res.sponsorMatches.endCursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });
});

describe('sponsor matching: done in the database', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('ranks 2,000 profiles with one SQL statement, whose plan sorts top-N in PostgreSQL', async () => {
    const me = await seeker(app, {
      languages: ['es'],
      availability: [{ day: 2, startMinute: 600, endMinute: 900 }],
    });
    await sql(
      app,
      `INSERT INTO users (email, password_hash, display_name, email_verified_at)
       SELECT 'bulk' || i || '@example.net', '!', 'Bulk ' || chr(65 + i % 26) || '.', now()
         FROM generate_series(1, 2000) i`,
    );
    await sql(
      app,
      `INSERT INTO sponsor_profiles (user_id, programs, clean_date, languages, time_zone, availability_local,
              availability_utc, capacity)
       SELECT id, '{NA}', current_date - (400 + (random() * 4000)::int),
              CASE WHEN random() < 0.3 THEN '{es}'::text[] ELSE '{en}'::text[] END, 'UTC',
              int4multirange(int4range(2880 + 540, 2880 + 600 + (random() * 300)::int)),
              int4multirange(int4range(2880 + 540, 2880 + 600 + (random() * 300)::int)), 2
         FROM users WHERE email LIKE 'bulk%'`,
    );
    const pg = new Client({ connectionString: app.databaseUrl });
    await pg.connect();
    const plan = (await pg.query(`EXPLAIN (ANALYZE, COSTS OFF) ${MATCHING_SQL}`, [me.id, 10, 0])).rows.map(
      (r) => r['QUERY PLAN'],
    );
    await pg.end();
    expect(plan.join('\n')).toMatch(
      /Seq Scan on sponsor_profiles|Index Scan .*sponsor_profiles|Bitmap Heap Scan on sponsor_profiles/,
    );
    expect(plan.join('\n')).toMatch(/Sort Method: top-N heapsort/);

    const { Client: PgClient } = jest.requireActual<typeof import('pg')>('pg');
    const spy = jest.spyOn(PgClient.prototype, 'query');
    const page = await app.running.app.get(MatchingService).matchesFor(me.id, 10);
    const statements = spy.mock.calls.length;
    spy.mockRestore();
    expect(statements).toBe(1);
    expect(page.total).toBe(2000);
    expect(page.candidates).toHaveLength(10);
    // the best ten speak Spanish and are ordered by score
    expect(page.candidates.every((c) => c.reasons.some((r) => r.kind === 'LANGUAGE'))).toBe(true);
    const scores = page.candidates.map((c) => c.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
