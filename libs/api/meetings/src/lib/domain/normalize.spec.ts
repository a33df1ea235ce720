import { Attendance } from './attendance';
import type { MeetingDraft } from './meeting-draft';
import { normalizeDraft } from './normalize';

const draft = (over: Partial<MeetingDraft> = {}): MeetingDraft => ({
  sourceKey: 'm1',
  name: 'Keep It Simple',
  programCode: 'AA',
  days: [1],
  startTime: '19:00',
  types: ['O'],
  regions: [],
  formattedAddress: '1 Main St, Springfield, IL 62701, USA',
  published: true,
  ...over,
});

describe('normalizeDraft', () => {
  it('explains a time like 25:00, naming the field as the source does', () => {
    const { record, problems } = normalizeDraft(draft({ startTime: '25:00' }), {
      defaultTimeZone: 'America/Chicago',
      row: 7,
      fieldNames: { startTime: 'time' },
    });
    expect(record).toBeNull();
    expect(problems).toEqual([
      expect.objectContaining({
        row: 7,
        field: 'time',
        severity: 'error',
        message: expect.stringContaining('"25:00"'),
      }),
    ]);
    expect(problems[0].message).toMatch(/00:00 to 23:59/);
  });

  it('uses one hour when there is no end time, and wraps end times past midnight', () => {
    expect(normalizeDraft(draft(), { defaultTimeZone: 'UTC' }).record?.durationMinutes).toBe(60);
    expect(
      normalizeDraft(draft({ startTime: '23:30', endTime: '00:30' }), { defaultTimeZone: 'UTC' }).record
        ?.durationMinutes,
    ).toBe(60);
  });

  it('falls back to the default zone and refuses unknown zones', () => {
    expect(normalizeDraft(draft(), { defaultTimeZone: 'America/Chicago' }).record?.timeZone).toBe(
      'America/Chicago',
    );
    const bad = normalizeDraft(draft({ timeZone: 'Eastern' }), { defaultTimeZone: 'UTC' });
    expect(bad.record).toBeNull();
    expect(bad.problems[0]).toMatchObject({ field: 'timeZone', message: expect.stringContaining('IANA') });
  });

  it('derives attendance: an online meeting without a link or phone is inactive', () => {
    const online = draft({ formattedAddress: 'Online', conferenceUrl: null });
    expect(normalizeDraft(online, { defaultTimeZone: 'UTC' }).record?.attendance).toBe(Attendance.INACTIVE);
    const zoom = draft({ formattedAddress: 'Online', conferenceUrl: 'https://zoom.us/j/1' });
    expect(normalizeDraft(zoom, { defaultTimeZone: 'UTC' }).record?.attendance).toBe(Attendance.ONLINE);
    const hybrid = draft({ conferencePhone: '+1 555 555 0100' });
    const rec = normalizeDraft(hybrid, { defaultTimeZone: 'UTC' }).record;
    expect(rec?.attendance).toBe(Attendance.HYBRID);
    expect(rec?.conferencePhone).toBe('+15555550100');
  });

  it('refuses a conference URL that is not a web address and a phone with letters', () => {
    const { problems } = normalizeDraft(
      draft({ conferenceUrl: 'zoom meeting 123', conferencePhone: 'ask Bob' }),
      {
        defaultTimeZone: 'UTC',
      },
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['conferencePhone', 'conferenceUrl']);
  });

  it('warns about unknown type codes but keeps them; drops attendance codes it derives', () => {
    const { record, problems } = normalizeDraft(draft({ types: ['O', 'ONL', 'ZZZ'] }), {
      defaultTimeZone: 'UTC',
      isKnownType: (c) => c === 'O',
    });
    expect(record?.types).toEqual(['O', 'ZZZ']);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('ZZZ') }),
    ]);
  });

  it('gives the same content digest for the same meeting, and a different one when it changes', () => {
    const a = normalizeDraft(draft(), { defaultTimeZone: 'UTC' }).record!;
    const b = normalizeDraft(draft({ sourceUpdatedAt: new Date() }), { defaultTimeZone: 'UTC' }).record!;
    const c = normalizeDraft(draft({ startTime: '19:30' }), { defaultTimeZone: 'UTC' }).record!;
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.contentHash).not.toBe(c.contentHash);
  });
});
