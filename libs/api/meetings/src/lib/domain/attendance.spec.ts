import { Attendance, deriveAttendance, isApproximate } from './attendance';

describe('deriveAttendance', () => {
  it('in person with a place; online with a URL or a phone; hybrid with both', () => {
    expect(deriveAttendance({ hasPlace: true, types: ['O'] })).toBe(Attendance.IN_PERSON);
    expect(deriveAttendance({ hasPlace: false, types: [], conferenceUrl: 'https://zoom.us/j/1' })).toBe(
      Attendance.ONLINE,
    );
    expect(deriveAttendance({ hasPlace: false, types: [], conferencePhone: '+15555550100' })).toBe(
      Attendance.ONLINE,
    );
    expect(deriveAttendance({ hasPlace: true, types: [], conferenceUrl: 'https://meet.google.com/x' })).toBe(
      Attendance.HYBRID,
    );
  });

  it('an online meeting with neither a URL nor a phone is inactive', () => {
    expect(
      deriveAttendance({ hasPlace: false, types: ['O'], conferenceUrl: ' ', conferencePhone: null }),
    ).toBe(Attendance.INACTIVE);
  });

  it('a temporarily closed venue (TC) makes the in-person part inactive', () => {
    expect(deriveAttendance({ hasPlace: true, types: ['TC'] })).toBe(Attendance.INACTIVE);
    expect(deriveAttendance({ hasPlace: true, types: ['TC'], conferenceUrl: 'https://zoom.us/j/1' })).toBe(
      Attendance.ONLINE,
    );
  });
});

describe('isApproximate', () => {
  it('the feed’s flag wins', () => {
    expect(isApproximate({ approximate: true, address: '1 Main St' })).toBe(true);
    expect(isApproximate({ approximate: false, formattedAddress: 'Portland, ME, USA' })).toBe(false);
  });

  it('a street address is specific; a city, a region or "Online" is not', () => {
    expect(isApproximate({ address: '3424 Kossuth Ave.' })).toBe(false);
    expect(isApproximate({ formattedAddress: '123 Test St, Test City, TX 12345, USA' })).toBe(false);
    expect(isApproximate({ formattedAddress: 'New York, NY, USA' })).toBe(true);
    expect(isApproximate({ formattedAddress: 'Online' })).toBe(true);
    expect(isApproximate({})).toBe(true);
  });
});
