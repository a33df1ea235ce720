import { RecoveryService } from '@kinship/api/toolkit';
import { registerMember } from '../support/accounts';
import { startTestApp, type TestApp } from '../support/test-app';

type Member = Awaited<ReturnType<typeof registerMember>>;

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { timeZone } }`;
const RECOVERY = `{ myRecovery { timeZone timeZoneSet cleanTime { today days latest { key daysAgo } next { key } } } }`;
const CHECK_IN = `mutation { checkIn(input: { mood: 3, craving: 1 }) { date } }`;

describe("the member's own time zone", () => {
  let app: TestApp;
  let clock: jest.SpyInstance<Date, []>;

  beforeAll(async () => {
    app = await startTestApp();
    clock = jest.spyOn(app.running.app.get(RecoveryService), 'now');
  });
  afterAll(async () => {
    clock.mockRestore();
    await app?.close();
  });

  async function memberIn(zone: string): Promise<Member> {
    const m = await registerMember(app);
    const res = await app.gql<{ updateProfile: { timeZone: string } }>(
      UPDATE,
      { input: { timeZone: zone } },
      {
        token: m.token,
      },
    );
    expect(res.errors).toBeUndefined();
    clock.mockReturnValue(new Date('2030-01-20T00:00:00Z'));
    await app.gql(`mutation { setCleanDate(cleanDate: "2030-01-01") { cleanDate } }`, {}, { token: m.token });
    return m;
  }

  async function countAt(m: Member, instant: string) {
    clock.mockReturnValue(new Date(instant));
    const res = await app.gql<{
      myRecovery: {
        timeZone: string;
        cleanTime: { today: string; days: number; latest: { key: string } | null };
      };
    }>(RECOVERY, {}, { token: m.token });
    const checkIn = await app.gql<{ checkIn: { date: string } }>(CHECK_IN, {}, { token: m.token });
    const { today, days, latest } = res.data!.myRecovery.cleanTime;
    return {
      zone: res.data!.myRecovery.timeZone,
      today,
      days,
      milestone: latest?.key,
      checkIn: checkIn.data!.checkIn.date,
    };
  }

  it('saves the zone in its canonical spelling and counts days from midnight there (Tokyo)', async () => {
    const tokyo = await memberIn('asia/tokyo');
    // 23:59:59 on Jan 30 in Tokyo (UTC+9)
    expect(await countAt(tokyo, '2030-01-30T14:59:59Z')).toEqual({
      zone: 'Asia/Tokyo',
      today: '2030-01-30',
      days: 29,
      milestone: 'h24',
      checkIn: '2030-01-30',
    });
    // midnight: day 30, the 30-day milestone, and a new check-in day, while it is still Jan 30 in UTC
    expect(await countAt(tokyo, '2030-01-30T15:00:00Z')).toEqual({
      zone: 'Asia/Tokyo',
      today: '2030-01-31',
      days: 30,
      milestone: 'd30',
      checkIn: '2030-01-31',
    });
  });

  it('counts days from midnight in Honolulu', async () => {
    const honolulu = await memberIn('Pacific/Honolulu');
    // Jan 31 in UTC already, still 23:59:59 on Jan 30 in Honolulu (UTC-10)
    expect(await countAt(honolulu, '2030-01-31T09:59:59Z')).toMatchObject({
      today: '2030-01-30',
      days: 29,
      milestone: 'h24',
      checkIn: '2030-01-30',
    });
    expect(await countAt(honolulu, '2030-01-31T10:00:00Z')).toMatchObject({
      today: '2030-01-31',
      days: 30,
      milestone: 'd30',
      checkIn: '2030-01-31',
    });
  });

  it('refuses a zone PostgreSQL does not know, naming the field', async () => {
    const m = await registerMember(app);
    for (const zone of ['Mars/Olympus_Mons', 'US/Pacific-New', 'UTC; DROP TABLE users']) {
      const res = await app.gql(UPDATE, { input: { timeZone: zone } }, { token: m.token });
      expect(res.errors?.[0].extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors?.[0])).toContain('timeZone');
    }
  });
});
