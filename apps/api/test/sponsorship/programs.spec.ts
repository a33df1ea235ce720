import { Client } from 'pg';
import { runMigrations } from '@kinship/api/core';
import { migrations } from '../../src/migrations';
import { createTestDatabase } from '../support/test-database';
import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember, setRole } from '../support/accounts';
import {
  matches,
  ok,
  refused,
  REQUEST,
  SAVE_PREFERENCES,
  SAVE_PROFILE,
  seeker,
  seekerInput,
  sponsor,
  sponsorInput,
  sql,
} from './sponsorship-helpers';

/** Sponsorship's programs are the programs admins keep (recoveryPrograms), not a list of its own. */
describe('sponsorship programs: one vocabulary with meetings', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('lets members sponsor and seek in a program an admin adds, with the default rule', async () => {
    const admin = await registerMember(app);
    await setRole(app, admin.id, 'admin');
    const early = await registerMember(app);
    const before = await refused(app, SAVE_PROFILE, { input: sponsorInput({ programs: ['GA'] }) }, early);
    expect(before.code).toBe('BAD_USER_INPUT');

    await ok(
      app,
      'mutation ($i: RecoveryProgramInput!) { createRecoveryProgram(input: $i) { code } }',
      { i: { code: 'GA', name: 'Gamblers Anonymous' } },
      admin,
    );
    const giver = await sponsor(app, { programs: ['GA'] }, 'Gail G.');
    const looking = await seeker(app, { program: 'ga' });
    expect(await sql(app, 'SELECT program FROM seeker_preferences WHERE user_id = $1', [looking.id])).toEqual(
      [{ program: 'GA' }],
    );
    expect(
      await sql(app, 'SELECT kind, min_clean_days FROM sponsorship_rules WHERE program = $1', ['GA']),
    ).toEqual([{ kind: 'sponsor', min_clean_days: 365 }]);
    const found = await matches(app, looking);
    expect(found.candidates.map((c) => c.sponsorId)).toEqual([giver.id]);

    const asked = await ok<{ requestSponsorship: { program: string; status: string } }>(
      app,
      REQUEST,
      { input: { sponsorId: giver.id, program: 'GA', message: '' } },
      looking,
    );
    expect(asked.requestSponsorship).toMatchObject({ program: 'GA', status: 'PENDING' });

    // an admin decides that the new program has mentors
    const rule = await ok<{ updateSponsorshipRule: Record<string, unknown> }>(
      app,
      'mutation { updateSponsorshipRule(program: "GA", minCleanDays: 180, kind: MENTOR) { program kind minCleanDays } }',
      {},
      admin,
    );
    expect(rule.updateSponsorshipRule).toEqual({ program: 'GA', kind: 'MENTOR', minCleanDays: 180 });
  });

  it('refuses a code that names no program, naming the field, and changes nothing', async () => {
    const member = await registerMember(app);
    const bad = await app.gql(
      SAVE_PROFILE,
      { input: sponsorInput({ programs: ['NA', 'NOPE'] }) },
      {
        token: member.token,
      },
    );
    expect(bad.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'programs', message: expect.stringContaining('"NOPE"') },
    ]);
    expect(await sql(app, 'SELECT 1 FROM sponsor_profiles WHERE user_id = $1', [member.id])).toEqual([]);

    const prefs = await app.gql(
      SAVE_PREFERENCES,
      { input: seekerInput({ program: 'NOPE' }) },
      {
        token: member.token,
      },
    );
    expect(prefs.errors?.[0].extensions?.['fields']).toEqual([
      { field: 'program', message: expect.stringContaining('"NOPE"') },
    ]);
    expect(await sql(app, 'SELECT 1 FROM seeker_preferences WHERE user_id = $1', [member.id])).toEqual([]);

    const giver = await sponsor(app);
    const request = await app.gql(
      REQUEST,
      { input: { sponsorId: giver.id, program: 'NOPE' } },
      {
        token: member.token,
      },
    );
    expect(request.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await sql(app, 'SELECT 1 FROM sponsorships WHERE sponsee_id = $1', [member.id])).toEqual([]);
    expect(await sql(app, "SELECT 1 FROM sponsorship_rules WHERE program = 'NOPE'")).toEqual([]);
  });

  it('still takes the former enum values, bare or quoted (RECOVERY_DHARMA is RECOVERY-DHARMA)', async () => {
    const member = await registerMember(app);
    const saved = await ok<{ saveSeekerPreferences: { program: string } }>(
      app,
      `mutation { saveSeekerPreferences(input: { program: RECOVERY_DHARMA, languages: ["en"], timeZone: "UTC",
         remoteOnly: true, onMat: false, availability: [] }) { program } }`,
      {},
      member,
    );
    expect(saved.saveSeekerPreferences.program).toBe('RECOVERY-DHARMA');
    const typed = await ok<{ saveSeekerPreferences: { program: string } }>(
      app,
      `mutation ($p: SponsorshipProgram!) { saveSeekerPreferences(input: { program: $p, languages: ["en"], timeZone: "UTC",
         remoteOnly: true, onMat: false, availability: [] }) { program } }`,
      { p: 'SMART' },
      member,
    );
    expect(typed.saveSeekerPreferences.program).toBe('SMART');
    const rules = await ok<{ sponsorshipRules: { program: string; kind: string }[] }>(
      app,
      '{ sponsorshipRules { program kind } }',
      {},
      member,
    );
    expect(rules.sponsorshipRules).toContainEqual({ program: 'RECOVERY-DHARMA', kind: 'MENTOR' });
  });
});

describe('migration to one program vocabulary', () => {
  it('rewrites stored RECOVERY_DHARMA codes and adds the enum’s programs to the list', async () => {
    const db = await createTestDatabase();
    const client = new Client({ connectionString: db.url });
    try {
      const at = migrations.findIndex((m) => m.name === 'OneProgramVocabulary1797600000000');
      await runMigrations(db.url, migrations.slice(0, at));
      await client.connect();
      const {
        rows: [user],
      } = await client.query(
        `INSERT INTO users (email, password_hash, display_name) VALUES ('a@example.org', 'x', 'A.') RETURNING id`,
      );
      const {
        rows: [other],
      } = await client.query(
        `INSERT INTO users (email, password_hash, display_name) VALUES ('b@example.org', 'x', 'B.') RETURNING id`,
      );
      await client.query(
        `INSERT INTO sponsor_profiles (user_id, programs, clean_date, time_zone, capacity)
         VALUES ($1, '{NA,RECOVERY_DHARMA}', '2015-01-01', 'UTC', 2)`,
        [user.id],
      );
      await client.query(
        `INSERT INTO seeker_preferences (user_id, program, time_zone) VALUES ($1, 'RECOVERY_DHARMA', 'UTC')`,
        [other.id],
      );
      await client.query(
        `INSERT INTO sponsorships (sponsor_id, sponsee_id, program) VALUES ($1, $2, 'RECOVERY_DHARMA')`,
        [user.id, other.id],
      );

      await runMigrations(db.url, migrations);
      const one = async (text: string) => (await client.query(text)).rows;
      expect(await one('SELECT programs FROM sponsor_profiles')).toEqual([
        { programs: ['NA', 'RECOVERY-DHARMA'] },
      ]);
      expect(await one('SELECT program FROM seeker_preferences')).toEqual([{ program: 'RECOVERY-DHARMA' }]);
      expect(await one('SELECT program FROM sponsorships')).toEqual([{ program: 'RECOVERY-DHARMA' }]);
      expect(await one("SELECT kind FROM sponsorship_rules WHERE program = 'RECOVERY-DHARMA'")).toEqual([
        { kind: 'mentor' },
      ]);
      const rules = await one('SELECT program FROM sponsorship_rules');
      const programs = (await one('SELECT code FROM programs')).map((r) => r.code);
      for (const r of rules) expect(programs).toContain(r.program);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
