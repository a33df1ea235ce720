import type { MeetingAttendance, MeetingFilter } from '@kinship/web/data';

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Start-time windows in the viewer's zone; night wraps past midnight. */
export const TIME_WINDOWS: Record<TimeOfDay, { from: string; to: string }> = {
  morning: { from: '05:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '21:00' },
  night: { from: '21:00', to: '05:00' },
};

export const ATTENDANCE_OPTIONS: MeetingAttendance[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
export const RADII_KM = [2, 5, 10, 25, 50];
export const RADII_MI = [1, 3, 5, 15, 30];
/** "Online now": in progress, or starting within this many minutes. */
export const ONLINE_NOW_MINUTES = 10;
/** Near a point, always show at least this many meetings (the radius widens, filters still apply). */
export const WIDEN_TO = 10;

export interface NearPoint {
  latitude: number;
  longitude: number;
  /** What the person typed or chose ("Bronx", "your location"). */
  label: string;
}

/** Everything the finder's URL holds, so a search can be shared and survives a reload. */
export interface FinderState {
  near: NearPoint | null;
  radius: number;
  unit: 'KM' | 'MI';
  onlineNow: boolean;
  days: number[];
  timeOfDay: TimeOfDay | null;
  programs: string[];
  types: string[];
  attendance: MeetingAttendance[];
  query: string;
  view: 'list' | 'map';
}

export const EMPTY_FINDER: FinderState = {
  near: null,
  radius: 10,
  unit: 'KM',
  onlineNow: false,
  days: [],
  timeOfDay: null,
  programs: [],
  types: [],
  attendance: [],
  query: '',
  view: 'list',
};

const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Coordinates are kept to 3 decimals (about 100 m): enough to find meetings, not a home address. */
const coarse = (n: number) => Math.round(n * 1000) / 1000;

const NUMBER = /^\s*-?\d{1,3}(?:\.\d+)?\s*$/;

/**
 * The point a shared link asks for: `near=lat,long` (ours) or `lat=…&long=…` (also `lng`, `lon`).
 * `invalid` when the link has one but it is not a point on Earth (lat=999, long=abc): the finder says so
 * rather than failing or silently searching everywhere.
 */
export function nearFromParams(
  params: URLSearchParams,
): { latitude: number; longitude: number } | 'invalid' | null {
  const pair = params.get('near');
  const lat = params.get('lat');
  const long = params.get('long') ?? params.get('lng') ?? params.get('lon');
  if (pair === null && lat === null && long === null) return null;
  const [a, b] = pair !== null ? pair.split(',') : [lat, long];
  if (!a || !b || !NUMBER.test(a) || !NUMBER.test(b)) return 'invalid';
  const [latitude, longitude] = [Number(a), Number(b)];
  return Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 ? { latitude, longitude } : 'invalid';
}

export function parseFinderParams(params: URLSearchParams): FinderState {
  const state: FinderState = { ...EMPTY_FINDER };
  const near = nearFromParams(params);
  if (near && near !== 'invalid') {
    state.near = { ...near, label: (params.get('place') ?? '').slice(0, 80) };
  }
  const unit = params.get('unit');
  if (unit === 'mi') state.unit = 'MI';
  const radius = Number(params.get('r'));
  if (Number.isFinite(radius) && radius >= 1 && radius <= 500) state.radius = radius;
  state.onlineNow = params.get('now') === '1';
  state.days = list(params.get('day'))
    .map(Number)
    .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  const time = params.get('time');
  state.timeOfDay = (TIMES_OF_DAY as readonly string[]).includes(time ?? '') ? (time as TimeOfDay) : null;
  state.programs = list(params.get('program'))
    .map((p) => p.toUpperCase())
    .filter((p) => /^[A-Z0-9-]{1,20}$/.test(p));
  state.types = list(params.get('type')).filter((t) => /^[A-Za-z0-9-]{1,20}$/.test(t));
  state.attendance = list(params.get('att')).filter((a): a is MeetingAttendance =>
    (ATTENDANCE_OPTIONS as string[]).includes(a),
  );
  state.query = (params.get('q') ?? '').slice(0, 100);
  state.view = params.get('view') === 'map' ? 'map' : 'list';
  return state;
}

export function toFinderParams(state: FinderState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.near) {
    params.set('near', `${coarse(state.near.latitude)},${coarse(state.near.longitude)}`);
    if (state.near.label) params.set('place', state.near.label);
    if (state.radius !== EMPTY_FINDER.radius) params.set('r', String(state.radius));
    if (state.unit === 'MI') params.set('unit', 'mi');
  }
  if (state.onlineNow) params.set('now', '1');
  if (state.days.length) params.set('day', [...state.days].sort().join(','));
  if (state.timeOfDay) params.set('time', state.timeOfDay);
  if (state.programs.length) params.set('program', state.programs.join(','));
  if (state.types.length) params.set('type', state.types.join(','));
  if (state.attendance.length) params.set('att', state.attendance.join(','));
  if (state.query.trim()) params.set('q', state.query.trim());
  if (state.view === 'map') params.set('view', 'map');
  return params;
}

/**
 * The API filter for a finder state, as the viewer sees time: days and time of day are in `viewerZone`.
 * "Online now" looks at online and hybrid meetings anywhere (a place does not matter for them).
 */
export function toMeetingFilter(state: FinderState, viewerZone: string): MeetingFilter {
  const filter: MeetingFilter = {};
  if (state.onlineNow) {
    filter.attendance = ['ONLINE', 'HYBRID'];
    filter.startingWithinMinutes = ONLINE_NOW_MINUTES;
  } else {
    if (state.attendance.length) filter.attendance = state.attendance;
    if (state.near) {
      filter.near = {
        latitude: state.near.latitude,
        longitude: state.near.longitude,
        radius: state.radius,
        unit: state.unit,
        widenToAtLeast: WIDEN_TO,
      };
    }
  }
  if (state.days.length || state.timeOfDay) filter.timeZone = viewerZone;
  if (state.days.length) filter.days = state.days;
  if (state.timeOfDay) {
    filter.timeFrom = TIME_WINDOWS[state.timeOfDay].from;
    filter.timeTo = TIME_WINDOWS[state.timeOfDay].to;
  }
  if (state.programs.length) filter.programs = state.programs;
  if (state.types.length) filter.types = state.types;
  if (state.query.trim()) filter.query = state.query.trim();
  return filter;
}

/** The viewer's IANA zone, from the browser. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The finder's search ("?near=…&days=1") handed to a meeting page in the navigation state, or "". */
export function finderSearchFrom(state: unknown): string {
  const search = (state as { finderSearch?: unknown } | null)?.finderSearch;
  return typeof search === 'string' && search.startsWith('?') && search.length > 1 ? search : '';
}

/** How many search criteria are set (a place, words, each filter value; "Online now" is a button of its own). */
export function searchCriteriaCount(state: FinderState): number {
  return (
    (state.near ? 1 : 0) +
    (state.query ? 1 : 0) +
    state.days.length +
    state.programs.length +
    state.types.length +
    state.attendance.length +
    (state.timeOfDay ? 1 : 0)
  );
}
