import { startTestApp, type TestApp } from '../support/test-app';
import { registerMember } from '../support/accounts';
import { db, fixture, importFeed, statementsDuring } from './support';

type PlanNode = Record<string, unknown> & { Plans?: PlanNode[] };
/** Every node of an EXPLAIN (FORMAT JSON) plan. */
const planNodes = (plan: { Plan: PlanNode }[]): PlanNode[] => {
  const walk = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(walk)];
  return plan.flatMap((p) => walk(p.Plan));
};

const TIMES_SQUARE = { latitude: 40.758, longitude: -73.9855 };

const RICH = `query Rich($first: Int) {
  meetings(first: $first, filter: { near: { latitude: 40.758, longitude: -73.9855, radius: 20 } }) {
    edges { distanceKm node {
      id name saved canEdit startTime
      program { code name }
      group { id name program { code } }
      types(language: "es") { code name }
      upcoming(count: 2) { start inProgress }
    } }
  }
}`;

describe('meeting search on the Greater New York feed: query plan and statement count', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(app, fixture('greater-new-york-na.meeting-guide.json'), {
      source: 'gny',
      program: 'NA',
    });
    await db(app).query('ANALYZE meetings');
    token = (await registerMember(app)).token;
  });
  afterAll(async () => {
    await app.close();
  });

  it('the radius search uses the GiST index on the stored earth column', async () => {
    const seen = await statementsDuring(app, () =>
      app.gql('query($f: MeetingFilter) { meetings(filter: $f) { edges { node { id } } } }', {
        f: { near: { ...TIMES_SQUARE, radius: 2 } },
      }),
    );
    const searchStatement = seen.find((s) => s.sql.includes('earth_box'));
    expect(searchStatement).toBeDefined();
    const [{ 'QUERY PLAN': plan }] = await db(app).query(
      `EXPLAIN (FORMAT JSON) ${searchStatement!.sql}`,
      searchStatement!.params,
    );
    const nodes = planNodes(plan);
    expect(nodes.some((n) => n['Index Name'] === 'meetings_earth_idx')).toBe(true);
    expect(nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'meetings')).toEqual(
      [],
    );
  });

  it('widening walks the same index in distance order (KNN)', async () => {
    const seen = await statementsDuring(app, () =>
      app.gql('query($f: MeetingFilter) { meetings(filter: $f) { widened } }', {
        f: { near: { ...TIMES_SQUARE, radius: 0.1, widenToAtLeast: 10 }, types: ['BEG'] },
      }),
    );
    const knn = seen.find((s) => s.sql.includes('<->'));
    expect(knn).toBeDefined();
    const [{ 'QUERY PLAN': plan }] = await db(app).query(`EXPLAIN (FORMAT JSON) ${knn!.sql}`, knn!.params);
    expect(planNodes(plan).some((n) => n['Index Name'] === 'meetings_earth_idx')).toBe(true);
  });

  it('runs the same few statements for a page of 5 and a page of 30 (no N+1), signed in or not', async () => {
    const count = async (first: number, asMember: boolean) => {
      let data: unknown;
      const seen = await statementsDuring(app, async () => {
        const res = await app.gql<{ meetings: { edges: unknown[] } }>(
          RICH,
          { first },
          asMember ? { token } : {},
        );
        expect(res.errors).toBeUndefined();
        data = res.data;
      });
      expect((data as { meetings: { edges: unknown[] } }).meetings.edges).toHaveLength(first);
      return seen.length;
    };
    const small = await count(5, false);
    const large = await count(30, false);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(5);
    const member = await count(30, true);
    expect(member).toBe(await count(5, true));
    // the signed-in page adds the session lookup and the saved-meeting and group-contact lookups
    expect(member).toBeLessThanOrEqual(8);
  });

  it('names types in the language asked for', async () => {
    const res = await app.gql<{
      meetings: { edges: { node: { types: { code: string; name: string }[] } }[] };
    }>(RICH, {
      first: 20,
    });
    const names = new Map(res.data!.meetings.edges.flatMap((e) => e.node.types).map((t) => [t.code, t.name]));
    expect(names.get('O')).toBe('Abierta');
    if (names.has('BT')) expect(names.get('BT')).toBe('Texto Básico');
  });
});
