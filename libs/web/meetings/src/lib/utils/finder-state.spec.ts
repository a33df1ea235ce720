import { describe, expect, it } from 'vitest';
import {
  EMPTY_FINDER,
  parseFinderParams,
  toFinderParams,
  toMeetingFilter,
  type FinderState,
} from './finder-state';

describe('finder state in the URL', () => {
  it('round-trips every filter through the query string', () => {
    const state: FinderState = {
      near: { latitude: 40.8806, longitude: -73.8815, label: 'Bronx' },
      radius: 5,
      unit: 'MI',
      onlineNow: false,
      days: [1, 3],
      timeOfDay: 'evening',
      programs: ['NA'],
      types: ['O', 'W'],
      attendance: ['IN_PERSON', 'HYBRID'],
      query: 'basic text',
      view: 'map',
    };
    const params = toFinderParams(state);
    expect(params.toString()).toBe(
      'near=40.881%2C-73.881&place=Bronx&r=5&unit=mi&day=1%2C3&time=evening&program=NA&type=O%2CW&att=IN_PERSON%2CHYBRID&q=basic+text&view=map',
    );
    expect(parseFinderParams(params)).toEqual({
      ...state,
      near: { latitude: 40.881, longitude: -73.881, label: 'Bronx' },
    });
  });

  it('keeps coordinates coarse (about 100 m) so a shared link does not give away a home', () => {
    const params = toFinderParams({
      ...EMPTY_FINDER,
      near: { latitude: 40.123456, longitude: -73.987654, label: '' },
    });
    expect(params.get('near')).toBe('40.123,-73.988');
  });

  it('ignores what it does not understand', () => {
    const state = parseFinderParams(
      new URLSearchParams('near=999,5&day=9,2&time=brunch&att=SPACE,ONLINE&program=<b>&r=9999'),
    );
    expect(state).toEqual({ ...EMPTY_FINDER, days: [2], attendance: ['ONLINE'] });
  });
});

describe('the API filter', () => {
  it('asks for days and time of day as the viewer sees them, and widens near a point', () => {
    const filter = toMeetingFilter(
      {
        ...EMPTY_FINDER,
        near: { latitude: 40.7, longitude: -74, label: '' },
        days: [1],
        timeOfDay: 'night',
        types: ['O'],
      },
      'America/New_York',
    );
    expect(filter).toEqual({
      near: { latitude: 40.7, longitude: -74, radius: 10, unit: 'KM', widenToAtLeast: 10 },
      days: [1],
      timeFrom: '21:00',
      timeTo: '05:00',
      timeZone: 'America/New_York',
      types: ['O'],
    });
  });

  it('"online now" looks at online and hybrid meetings in progress or starting soon, wherever they are', () => {
    const filter = toMeetingFilter(
      {
        ...EMPTY_FINDER,
        onlineNow: true,
        near: { latitude: 1, longitude: 2, label: '' },
        attendance: ['IN_PERSON'],
      },
      'UTC',
    );
    expect(filter).toEqual({ attendance: ['ONLINE', 'HYBRID'], startingWithinMinutes: 10 });
  });
});
