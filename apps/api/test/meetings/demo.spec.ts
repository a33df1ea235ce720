import { DemoRunner } from '../../src/demo/demo.runner';
import { startTestApp, type TestApp } from '../support/test-app';
import { db, search } from './support';

describe('demo meetings', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ DEMO_DATA: 'true' });
    await app.running.app.get(DemoRunner).seedIfEmpty();
  });
  afterAll(async () => {
    await app.close();
  });

  it('loads the Greater New York NA meetings, online meetings in several zones, and SMART Recovery', async () => {
    const rows: { source: string; code: string; count: number }[] = await db(app).query(
      `SELECT m.source, p.code, count(*)::int AS count FROM meetings m JOIN programs p ON p.id = m.program_id
        GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([{ source: 'demo:greater-new-york-na', code: 'NA', count: 1513 }]),
    );
    const zones: { time_zone: string }[] = await db(app).query(
      `SELECT DISTINCT time_zone FROM meetings WHERE attendance = 'ONLINE'`,
    );
    expect(zones.map((z) => z.time_zone)).toEqual(
      expect.arrayContaining(['Asia/Tokyo', 'Europe/London', 'America/Los_Angeles']),
    );
    const smart = rows.filter((r) => r.code === 'SMART').reduce((n, r) => n + r.count, 0);
    expect(smart).toBeGreaterThanOrEqual(5);
  });

  it('always has an online meeting in progress, whatever the hour, through daylight-saving changes', async () => {
    const instants = ['2026-03-08T07:10:00Z', '2026-03-29T01:20:00Z', '2026-11-01T06:40:00Z'];
    for (let h = 0; h < 24 * 7; h += 5) instants.push(new Date(Date.UTC(2026, 10, 23, h, 17)).toISOString());
    for (const at of instants) {
      const r = await search(app, { attendance: ['ONLINE'], startingWithinMinutes: 0, at }, 1);
      expect({ at, found: r.edges.length }).toEqual({ at, found: 1 });
    }
  });

  it('gives the demo member saved meetings and a home group', async () => {
    const [{ saved }] = await db(app).query(
      `SELECT count(*)::int AS saved FROM saved_meetings s JOIN users u ON u.id = s.user_id WHERE u.email = 'member@example.org'`,
    );
    expect(saved).toBe(3);
    const home = await db(app).query(
      `SELECT 1 FROM member_home_groups h JOIN users u ON u.id = h.user_id WHERE u.email = 'member@example.org'`,
    );
    expect(home).toHaveLength(1);
  });
});
