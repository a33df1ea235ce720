import { startTestApp, type TestApp } from '../support/test-app';
import { at, db, importFeed, search, slugs } from './support';

const sorted = (r: Parameters<typeof slugs>[0]) => slugs(r).sort();

// NA formats and Meeting Guide codes name the same meanings (DISC and D, SPK and SP): one filter, one entry.
describe('meeting types merged by meaning across vocabularies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    await importFeed(
      app,
      [at('aa-disc', 40.7, -73.9, { types: ['O', 'D'] }), at('aa-spk', 40.7, -73.9, { types: ['SP'] })],
      {
        source: 'aa-feed',
        program: 'AA',
      },
    );
    await importFeed(app, [at('na-disc', 40.7, -73.9, { types: ['O', 'D', 'SP'] })], {
      source: 'na-feed',
      program: 'NA',
    });
  });
  afterAll(async () => {
    await app.close();
  });

  it('stores NA meetings under their NA code (the two vocabularies really meet)', async () => {
    const rows: { slug: string; types: string[] }[] = await db(app).query(
      `SELECT slug, types FROM meetings WHERE slug IN ('aa-disc', 'na-disc') ORDER BY slug`,
    );
    expect(rows.map((r) => [r.slug, [...r.types].sort()])).toEqual([
      ['aa-disc', ['D', 'O']],
      ['na-disc', ['DISC', 'O', 'SPK']],
    ]);
  });

  it('a filter on one code finds meetings tagged with any code of the same meaning', async () => {
    expect(sorted(await search(app, { types: ['D'] }))).toEqual(['aa-disc', 'na-disc']);
    expect(sorted(await search(app, { types: ['DISC'] }))).toEqual(['aa-disc', 'na-disc']);
    expect(sorted(await search(app, { types: ['SP'] }))).toEqual(['aa-spk', 'na-disc']);
    // every type asked for still applies
    expect(sorted(await search(app, { types: ['DISC', 'SP'] }))).toEqual(['na-disc']);
    expect(sorted(await search(app, { types: ['O', 'SPK'] }))).toEqual(['na-disc']);
  });

  it('lists each meaning once in the finder, in either language', async () => {
    for (const [language, discussion, speaker] of [
      ['en', 'Discussion', 'Speaker'],
      ['es', 'Discusión', 'Orador'],
    ]) {
      const res = await app.gql<{ meetingTypes: { code: string; name: string }[] }>(
        'query($l: String!) { meetingTypes(language: $l, inUse: true) { code name } }',
        { l: language },
      );
      const types = res.data!.meetingTypes;
      expect(types.filter((t) => t.name === discussion)).toEqual([{ code: 'D', name: discussion }]);
      expect(types.filter((t) => t.name === speaker)).toEqual([{ code: 'SP', name: speaker }]);
      expect(types.map((t) => t.code).sort()).toEqual(['D', 'O', 'SP']);
    }
  });
});
