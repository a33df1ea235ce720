import { RESOURCE_SEED, ResourceSeeder } from '@kinship/api/toolkit';
import { registerMember, setRole } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { errorCode, ok, startToolkitApp, type Member } from './toolkit-helpers';

interface Found {
  id: string;
  title: string;
  programs: string[];
  kind: string;
  language: string;
  country: string | null;
  phone: string | null;
  tty: string | null;
  worksheetKind: string | null;
}
interface Page {
  resources: { resources: Found[]; total: number; hasNextPage: boolean; endCursor: string | null };
}

const SEARCH = `query ($query: String, $programs: [ResourceProgram!], $kinds: [ResourceKind!], $language: String,
                      $country: String, $first: Int! = 20, $after: String) {
  resources(query: $query, programs: $programs, kinds: $kinds, language: $language, country: $country,
            first: $first, after: $after) {
    total hasNextPage endCursor
    resources { id title programs kind language country phone tty worksheetKind }
  }
}`;
const CREATE = `mutation ($input: ResourceInput!) { createResource(input: $input) { id title kind url } }`;
const UPDATE = `mutation ($id: ID!, $input: ResourceInput!) { updateResource(id: $id, input: $input) { id title summary } }`;
const DELETE = `mutation ($id: ID!) { deleteResource(id: $id) }`;

const valid = {
  title: 'Harm reduction programs near you',
  summary: 'Free naloxone, test strips and syringe services from local programs.',
  programs: ['HARM_REDUCTION'],
  kind: 'SERVICE_FINDER',
  language: 'en',
  url: 'https://example.org/programs',
};

describe('the resource library', () => {
  let app: TestApp;
  let admin: Member;
  let member: Member;
  const search = async (variables: Record<string, unknown>) =>
    (await ok<Page>(app, null, SEARCH, variables)).resources;

  beforeAll(async () => {
    ({ app } = await startToolkitApp());
    [admin, member] = await Promise.all([registerMember(app), registerMember(app)]);
    await setRole(app, admin.id, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  it('is seeded at start and readable without an account, help lines first', async () => {
    const all = await search({ first: 60 });
    expect(all.total).toBe(RESOURCE_SEED.length);
    expect(all.resources[0]).toMatchObject({ title: '988 Suicide & Crisis Lifeline', phone: '988' });
    const samhsa = all.resources.find((r) => r.title === 'SAMHSA National Helpline');
    expect(samhsa).toMatchObject({ phone: '1-800-662-4357', tty: '1-800-487-4889', country: 'US' });
    const languages = new Set(all.resources.map((r) => r.language));
    expect([...languages].sort()).toEqual(['en', 'es']);
  });

  it('finds words in English and Spanish, stemmed, in titles and texts', async () => {
    const titles = async (query: string) => (await search({ query })).resources.map((r) => r.title);
    expect(await titles('naloxone')).toEqual(
      expect.arrayContaining([
        'Naloxone (Narcan): where to get it',
        'Opioid overdose: how to recognise it and what to do',
      ]),
    );
    expect((await titles('naloxone'))[0]).toBe('Naloxone (Narcan): where to get it');
    expect(await titles('sobredosis')).toContain('Sobredosis de opioides: cómo reconocerla y qué hacer');
    expect(await titles('urges')).toEqual(expect.arrayContaining(['DISARM: talking back to urges']));
    expect(await titles('buprenorphine')).toContain('Medication for opioid use disorder (MAT), explained');
    expect(await titles('sponsorship')).toContain('Sponsorship (NA pamphlet IP #11)');
  });

  it('finds a title from part of a word or a typo', async () => {
    expect((await search({ query: 'nalox' })).resources.map((r) => r.title)).toContain(
      'Naloxone (Narcan): where to get it',
    );
    expect((await search({ query: 'naloxne' })).resources.map((r) => r.title)).toContain(
      'Naloxone (Narcan): where to get it',
    );
    expect((await search({ query: 'zzzz qqqq' })).total).toBe(0);
  });

  it('filters by program, kind, language and country, all at once', async () => {
    const smart = await search({ programs: ['SMART'], first: 50 });
    expect(smart.total).toBeGreaterThan(5);
    expect(smart.resources.every((r) => r.programs.includes('SMART'))).toBe(true);

    const worksheets = await search({ programs: ['SMART'], kinds: ['TOOL'], first: 50 });
    expect(
      worksheets.resources
        .map((r) => r.worksheetKind)
        .filter(Boolean)
        .sort(),
    ).toEqual(['ABC', 'CHANGE_PLAN', 'COST_BENEFIT']);

    const spanish = await search({ language: 'es', first: 50 });
    expect(spanish.total).toBeGreaterThanOrEqual(8);
    expect(spanish.resources.every((r) => r.language === 'es')).toBe(true);

    const canada = await search({ kinds: ['HOTLINE'], country: 'CA', first: 50 });
    expect(canada.resources.map((r) => r.title).sort()).toEqual([
      '9-8-8 Suicide Crisis Helpline (Canada)',
      'National Overdose Response Service (Canada)',
    ]);
    // a country's filter keeps what is meant for everywhere (no country) and drops other countries
    const gb = await search({ country: 'GB', first: 60 });
    expect(gb.resources.every((r) => r.country === null || r.country === 'GB')).toBe(true);
    expect(gb.resources.map((r) => r.title)).toContain('Find a Helpline (every other country)');

    const harm = await search({ query: 'overdose', programs: ['HARM_REDUCTION'], language: 'en' });
    expect(harm.resources.every((r) => r.programs.includes('HARM_REDUCTION') && r.language === 'en')).toBe(
      true,
    );
    expect(harm.total).toBeGreaterThan(0);
  });

  it('pages through results without repeats, and refuses a forged cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page['resources'] = await search({ first: 7, after });
      seen.push(...page.resources.map((r) => r.id));
      after = page.hasNextPage ? page.endCursor : null;
      pages += 1;
    } while (after && pages < 20);
    expect(seen).toHaveLength(RESOURCE_SEED.length);
    expect(new Set(seen).size).toBe(seen.length);
    expect(await errorCode(app, null, SEARCH, { after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    expect(await errorCode(app, null, SEARCH, { first: 0 })).toBe('BAD_USER_INPUT');
    expect(await errorCode(app, null, SEARCH, { country: 'usa' })).toBe('BAD_USER_INPUT');
  });

  it('lets only admins add, change and remove resources', async () => {
    expect(await errorCode(app, null, CREATE, { input: valid })).toBe('UNAUTHENTICATED');
    expect(await errorCode(app, member, CREATE, { input: valid })).toBe('FORBIDDEN');

    const { createResource } = await ok<{ createResource: { id: string } }>(app, admin, CREATE, {
      input: valid,
    });
    expect((await search({ query: 'syringe' })).resources.map((r) => r.id)).toContain(createResource.id);

    const changed = { ...valid, title: 'Harm reduction programs', summary: 'Changed.' };
    expect(await errorCode(app, member, UPDATE, { id: createResource.id, input: changed })).toBe('FORBIDDEN');
    const { updateResource } = await ok<{ updateResource: { title: string } }>(app, admin, UPDATE, {
      id: createResource.id,
      input: changed,
    });
    expect(updateResource.title).toBe('Harm reduction programs');

    expect(await errorCode(app, member, DELETE, { id: createResource.id })).toBe('FORBIDDEN');
    expect(await ok(app, admin, DELETE, { id: createResource.id })).toEqual({ deleteResource: true });
    expect(await errorCode(app, admin, DELETE, { id: createResource.id })).toBe('NOT_FOUND');
    expect((await search({ query: 'syringe' })).total).toBe(0);
  });

  it('validates what admins write and names the fields', async () => {
    const fieldsOf = async (input: Record<string, unknown>) => {
      const res = await app.gql(CREATE, { input }, { token: admin.token });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      return ((res.errors?.[0]?.extensions?.['fields'] ?? []) as { field: string }[]).map((f) => f.field);
    };
    expect(await fieldsOf({ ...valid, url: 'javascript:alert(1)' })).toContain('url');
    expect(await fieldsOf({ ...valid, title: ' ', programs: [] })).toEqual(
      expect.arrayContaining(['title', 'programs']),
    );
    expect(await fieldsOf({ ...valid, country: 'Canada' })).toContain('country');
    expect(await fieldsOf({ ...valid, kind: 'HOTLINE', url: null })).toContain('phone');
    expect(await fieldsOf({ ...valid, kind: 'LITERATURE', url: null })).toContain('url');
    expect(await fieldsOf({ ...valid, kind: 'HOW_TO' })).toContain('body');
    expect(await fieldsOf({ ...valid, worksheetKind: 'ABC' })).toContain('worksheetKind');
    expect(await fieldsOf({ ...valid, phone: 'call me' })).toContain('phone');
  });

  it('keeps admins’ edits and deletions when the shipped library is seeded again', async () => {
    const seeder = app.running.app.get(ResourceSeeder);
    const all = (await search({ first: 60 })).resources;
    const disarm = all.find((r) => r.title === 'DISARM: talking back to urges')!;
    const urgeLog = all.find((r) => r.title === 'Urge log')!;
    const hov = all.find((r) => r.title === 'Hierarchy of Values')!;
    const edited = {
      title: 'DISARM (edited by an admin)',
      summary: 'Our own words, improved.',
      programs: ['SMART'],
      kind: 'TOOL',
      language: 'en',
    };
    await ok(app, admin, UPDATE, { id: disarm.id, input: edited });
    await ok(app, admin, DELETE, { id: urgeLog.id });

    // a later version of the shipped texts changes all three
    const next = RESOURCE_SEED.map((s) =>
      ['smart-disarm', 'smart-urge-log', 'smart-hierarchy-of-values'].includes(s.key)
        ? { ...s, summary: `${s.summary} (v2)` }
        : s,
    );
    expect(await seeder.seed(next)).toBe(1);
    expect(await seeder.seed(next)).toBe(0);

    const after = (await search({ first: 60 })).resources;
    expect(after.find((r) => r.id === disarm.id)?.title).toBe('DISARM (edited by an admin)');
    expect(after.find((r) => r.id === urgeLog.id)).toBeUndefined();
    const hovNow = await ok<{ resource: { summary: string } }>(
      app,
      null,
      `query ($id: ID!) { resource(id: $id) { summary } }`,
      {
        id: hov.id,
      },
    );
    expect(hovNow.resource.summary).toMatch(/\(v2\)$/);
  });
});
