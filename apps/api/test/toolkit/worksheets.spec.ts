import { registerMember, setRole } from '../support/accounts';
import type { TestApp } from '../support/test-app';
import { errorCode, ok, startToolkitApp, type Sponsorships, type Member } from './toolkit-helpers';

const FIELDS = `id kind title mine owner { id displayName } sharedWith { id displayName } visibleToSponsor
  costBenefit { behavior usingBenefits usingCosts notUsingBenefits notUsingCosts reflection }
  abc { activatingEvent beliefs consequences disputing effectiveBeliefs }
  changePlan { changes reasons steps helpers signsOfSuccess obstacles }`;
const SAVE_CBA = `mutation ($input: CostBenefitInput!) { saveCostBenefit(input: $input) { ${FIELDS} } }`;
const SAVE_ABC = `mutation ($input: AbcInput!) { saveAbc(input: $input) { ${FIELDS} } }`;
const SAVE_PLAN = `mutation ($input: ChangePlanInput!) { saveChangePlan(input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { worksheet(id: $id) { ${FIELDS} } }`;
const MINE = `{ myWorksheets { id title } }`;
const SHARED_WITH_ME = `{ worksheetsSharedWithMe { id title owner { displayName } } }`;
const SHARE = `mutation ($id: ID!, $shared: Boolean!) { shareWorksheet(id: $id, shared: $shared) { ${FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteWorksheet(id: $id) }`;

interface Sheet {
  id: string;
  kind: string;
  title: string;
  mine: boolean;
  owner: { id: string; displayName: string };
  sharedWith: { id: string; displayName: string } | null;
  visibleToSponsor: boolean;
  costBenefit: Record<string, unknown> | null;
  abc: Record<string, unknown> | null;
  changePlan: Record<string, unknown> | null;
}

const cba = {
  title: 'Using vs. staying clean',
  behavior: 'Using opioids',
  usingBenefits: ['Numbs everything', '  ', 'No withdrawal'],
  usingCosts: ['Lost my job'],
  notUsingBenefits: ['My kids trust me again'],
  notUsingCosts: ['Feelings all at once'],
  reflection: 'Not worth it.',
};

describe('SMART worksheets', () => {
  let app: TestApp;
  let sponsors: Sponsorships;
  let owner: Member;
  let sponsor: Member;
  let stranger: Member;
  let admin: Member;

  beforeAll(async () => {
    ({ app, sponsors } = await startToolkitApp());
    [owner, sponsor, stranger, admin] = await Promise.all([
      registerMember(app),
      registerMember(app),
      registerMember(app),
      registerMember(app),
    ]);
    await setRole(app, admin.id, 'admin');
  });
  afterAll(async () => {
    await app.close();
  });

  const save = async (who: Member, input: object) =>
    (await ok<{ saveCostBenefit: Sheet }>(app, who, SAVE_CBA, { input })).saveCostBenefit;
  const canRead = async (who: Member, id: string) =>
    (await app.gql(GET, { id }, { token: who.token })).data !== null;

  it('are filled in, kept and changed by their owner, blank rows dropped', async () => {
    const sheet = await save(owner, cba);
    expect(sheet).toMatchObject({
      kind: 'COST_BENEFIT',
      mine: true,
      sharedWith: null,
      visibleToSponsor: false,
      abc: null,
      costBenefit: {
        behavior: cba.behavior,
        usingBenefits: ['Numbs everything', 'No withdrawal'],
        usingCosts: cba.usingCosts,
        notUsingBenefits: cba.notUsingBenefits,
        notUsingCosts: cba.notUsingCosts,
        reflection: cba.reflection,
      },
    });
    const changed = await save(owner, { ...cba, id: sheet.id, reflection: 'Clearer now.' });
    expect(changed.costBenefit?.['reflection']).toBe('Clearer now.');
    expect((await ok<{ myWorksheets: { id: string }[] }>(app, owner, MINE)).myWorksheets).toEqual([
      { id: sheet.id, title: cba.title },
    ]);

    const abc = await ok<{ saveAbc: Sheet }>(app, owner, SAVE_ABC, {
      input: { title: 'Tuesday', activatingEvent: 'Payday', beliefs: 'I deserve it', disputing: 'Do I?' },
    });
    expect(abc.saveAbc).toMatchObject({
      kind: 'ABC',
      costBenefit: null,
      abc: { activatingEvent: 'Payday', beliefs: 'I deserve it', consequences: '', disputing: 'Do I?' },
    });
    const plan = await ok<{ saveChangePlan: Sheet }>(app, owner, SAVE_PLAN, {
      input: { title: 'First 30 days', changes: 'Stop using', steps: 'Meetings daily' },
    });
    expect(plan.saveChangePlan.changePlan).toMatchObject({ changes: 'Stop using', obstacles: '' });
    // an ABC cannot be overwritten as another kind
    expect(await errorCode(app, owner, SAVE_PLAN, { input: { id: abc.saveAbc.id, title: 'x' } })).toBe(
      'NOT_FOUND',
    );
  });

  it('are refused when too long', async () => {
    expect(await errorCode(app, owner, SAVE_CBA, { input: { ...cba, title: '' } })).toBe('BAD_USER_INPUT');
    expect(
      await errorCode(app, owner, SAVE_CBA, { input: { ...cba, usingCosts: Array(21).fill('x') } }),
    ).toBe('BAD_USER_INPUT');
    expect(await errorCode(app, owner, SAVE_CBA, { input: { ...cba, reflection: 'x'.repeat(2001) } })).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('are readable by nobody but the owner while not shared: not other members, not admins', async () => {
    const sheet = await save(owner, cba);
    await sponsors.startSponsorship(owner, sponsor);
    try {
      for (const who of [sponsor, stranger, admin]) {
        expect(await errorCode(app, who, GET, { id: sheet.id })).toBe('NOT_FOUND');
        expect(await errorCode(app, who, SAVE_CBA, { input: { ...cba, id: sheet.id } })).toBe('NOT_FOUND');
        expect(await errorCode(app, who, SHARE, { id: sheet.id, shared: true })).toBe('NOT_FOUND');
        expect(await errorCode(app, who, DELETE, { id: sheet.id })).toBe('NOT_FOUND');
        const mine = (await ok<{ myWorksheets: { id: string }[] }>(app, who, MINE)).myWorksheets;
        expect(mine.map((w) => w.id)).not.toContain(sheet.id);
      }
      expect(await ok(app, sponsor, SHARED_WITH_ME)).toEqual({ worksheetsSharedWithMe: [] });
      expect(await errorCode(app, null, GET, { id: sheet.id })).toBe('UNAUTHENTICATED');
    } finally {
      await sponsors.endSponsorship(owner);
    }
  });

  it('cannot be shared when there is no sponsor', async () => {
    const sheet = await save(owner, cba);
    const res = await app.gql(SHARE, { id: sheet.id, shared: true }, { token: owner.token });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/no sponsor or mentor right now/);
  });

  it('are readable by the current sponsor while shared, and stop being readable when the sponsorship ends', async () => {
    const sheet = await save(owner, { ...cba, title: 'For Maria' });
    await sponsors.startSponsorship(owner, sponsor);

    const shared = (await ok<{ shareWorksheet: Sheet }>(app, owner, SHARE, { id: sheet.id, shared: true }))
      .shareWorksheet;
    expect(shared).toMatchObject({
      sharedWith: { id: sponsor.id, displayName: sponsor.displayName },
      visibleToSponsor: true,
    });

    const seen = (await ok<{ worksheet: Sheet }>(app, sponsor, GET, { id: sheet.id })).worksheet;
    expect(seen).toMatchObject({
      mine: false,
      owner: { id: owner.id },
      costBenefit: { behavior: 'Using opioids' },
    });
    expect(await ok(app, sponsor, SHARED_WITH_ME)).toEqual({
      worksheetsSharedWithMe: [
        { id: sheet.id, title: 'For Maria', owner: { displayName: owner.displayName } },
      ],
    });
    // reading is all a sponsor can do
    expect(await errorCode(app, sponsor, SAVE_CBA, { input: { ...cba, id: sheet.id } })).toBe('NOT_FOUND');
    expect(await errorCode(app, sponsor, DELETE, { id: sheet.id })).toBe('NOT_FOUND');
    expect(await errorCode(app, stranger, GET, { id: sheet.id })).toBe('NOT_FOUND');

    await sponsors.endSponsorship(owner);
    expect(await canRead(sponsor, sheet.id)).toBe(false);
    expect(await ok(app, sponsor, SHARED_WITH_ME)).toEqual({ worksheetsSharedWithMe: [] });
    const ownView = (await ok<{ worksheet: Sheet }>(app, owner, GET, { id: sheet.id })).worksheet;
    expect(ownView).toMatchObject({ sharedWith: { id: sponsor.id }, visibleToSponsor: false });
  });

  it('shared with one sponsor are not passed on to the next one', async () => {
    const sheet = await save(owner, { ...cba, title: 'Not for the next one' });
    await sponsors.startSponsorship(owner, sponsor);
    await ok(app, owner, SHARE, { id: sheet.id, shared: true });

    await sponsors.startSponsorship(owner, stranger); // a new sponsor replaces the old one
    expect(await canRead(stranger, sheet.id)).toBe(false);
    expect(await canRead(sponsor, sheet.id)).toBe(false);

    // sharing again shares with whoever is the sponsor now
    await ok(app, owner, SHARE, { id: sheet.id, shared: true });
    expect(await canRead(stranger, sheet.id)).toBe(true);
    expect(await canRead(sponsor, sheet.id)).toBe(false);

    await ok(app, owner, SHARE, { id: sheet.id, shared: false });
    expect(await canRead(stranger, sheet.id)).toBe(false);
    await sponsors.endSponsorship(owner);
  });

  it('are deleted by their owner only', async () => {
    const sheet = await save(owner, cba);
    expect(await ok(app, owner, DELETE, { id: sheet.id })).toEqual({ deleteWorksheet: true });
    expect(await errorCode(app, owner, GET, { id: sheet.id })).toBe('NOT_FOUND');
    expect(await errorCode(app, owner, GET, { id: 'nope' })).toBe('BAD_USER_INPUT');
  });
});
