import { badInput } from '@kinship/api/core';
import { Attendance } from '../domain/attendance';
import { resolveTimeZone } from '../domain/time-zones';
import { DistanceUnit, MAX_RADIUS, type MeetingFilter } from '../dto/search.inputs';

export const PRINT_LANGUAGES = ['en', 'es'] as const;
export type PrintLanguage = (typeof PRINT_LANGUAGES)[number];
export const PAPER_SIZES = { letter: 'LETTER', a4: 'A4' } as const;
export type Paper = keyof typeof PAPER_SIZES;

export const TIMES_OF_DAY = ['morning', 'afternoon', 'evening', 'night'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** The finder's start-time windows (libs/web/meetings finder-state.ts), in the viewer's zone. */
const TIME_WINDOWS: Record<TimeOfDay, { from: string; to: string }> = {
  morning: { from: '05:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '21:00' },
  night: { from: '21:00', to: '05:00' },
};
/** As the finder: near a point, at least this many meetings (the radius widens, filters still apply). */
const WIDEN_TO = 10;
/** As the finder's "Online now": in progress or starting within this many minutes. */
const ONLINE_NOW_MINUTES = 10;
const PRINTABLE_ATTENDANCE = [Attendance.IN_PERSON, Attendance.ONLINE, Attendance.HYBRID];

/** What a printed list was asked for: the finder's URL parameters plus zone, language and paper. */
export interface PrintRequest {
  filter: MeetingFilter;
  /** The zone the filters' days and times and the generation date are read in. */
  timeZone: string;
  language: PrintLanguage;
  paper: Paper;
  /** For the summary printed at the top. */
  shown: {
    place: string | null;
    near: { latitude: number; longitude: number } | null;
    radius: number;
    unit: DistanceUnit;
    onlineNow: boolean;
    days: number[];
    timeOfDay: TimeOfDay | null;
    programs: string[];
    types: string[];
    attendance: Attendance[];
    query: string;
  };
}

type Query = Record<string, unknown>;

const refuse = (field: string, message: string) => badInput(`${field}: ${message}`, { field });

/** One value of a parameter, or undefined; a repeated or nested parameter is refused. */
function one(query: Query, field: string): string | undefined {
  const value = query[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw refuse(field, `give ${field} once, as text`);
  return value.trim();
}

/** A comma-separated list ("1,3"); an empty value is an empty list. */
function list(query: Query, field: string): string[] {
  return (one(query, field) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function choice<T extends string>(query: Query, field: string, allowed: readonly T[], fallback: T): T {
  const value = one(query, field);
  if (value === undefined || value === '') return fallback;
  const found = allowed.find((a) => a === value.toLowerCase());
  if (!found) throw refuse(field, `must be one of ${allowed.join(', ')} (got "${value.slice(0, 40)}")`);
  return found;
}

function parseNear(query: Query): { latitude: number; longitude: number } | null {
  const raw = one(query, 'near');
  if (!raw) return null;
  const match = /^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/.exec(raw);
  const [latitude, longitude] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!match || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    throw refuse('near', 'must be latitude,longitude in degrees, like 40.75,-73.99');
  }
  return { latitude, longitude };
}

function parseRadius(query: Query): number {
  const raw = one(query, 'r');
  if (raw === undefined || raw === '') return 10;
  const radius = Number(raw);
  if (!Number.isFinite(radius) || radius < 0.1 || radius > MAX_RADIUS) {
    throw refuse('r', `must be a distance from 0.1 to ${MAX_RADIUS} (got "${raw.slice(0, 20)}")`);
  }
  return radius;
}

function parseDays(query: Query): number[] {
  const days = list(query, 'day').map((d) => (/^[0-6]$/.test(d) ? Number(d) : NaN));
  if (days.some(Number.isNaN)) throw refuse('day', 'must be weekdays 0 (Sunday) to 6 (Saturday), like 1,3');
  return [...new Set(days)].sort();
}

function parseCodes(query: Query, field: 'program' | 'type', pattern: RegExp): string[] {
  const codes = list(query, field);
  const bad = codes.find((c) => !pattern.test(c));
  if (bad !== undefined) throw refuse(field, `"${bad.slice(0, 20)}" is not a ${field} code`);
  if (codes.length > 20) throw refuse(field, 'at most 20 codes');
  return [...new Set(codes)];
}

function parseAttendance(query: Query): Attendance[] {
  const given = list(query, 'att');
  const bad = given.find((a) => !(PRINTABLE_ATTENDANCE as string[]).includes(a));
  if (bad !== undefined) throw refuse('att', `must be any of ${PRINTABLE_ATTENDANCE.join(', ')}`);
  return [...new Set(given)] as Attendance[];
}

function parseTimeZone(query: Query, fallback: string): string {
  const raw = one(query, 'tz');
  if (!raw) return fallback;
  const check = resolveTimeZone(raw);
  if (!check.ok) throw refuse('tz', check.message);
  return check.zone;
}

function parseText(query: Query, field: string, max: number): string {
  const value = one(query, field) ?? '';
  if (value.length > max) throw refuse(field, `at most ${max} characters`);
  return value;
}

/**
 * Reads the finder's URL parameters (near, place, r, unit, now, day, time, program, type, att, q) and
 * tz, lang, paper. Anything malformed is refused naming the parameter; unknown parameters (view) are
 * ignored, as the finder ignores them.
 */
export function parsePrintRequest(query: Query, defaultTimeZone: string): PrintRequest {
  const near = parseNear(query);
  const place = parseText(query, 'place', 80);
  const radius = parseRadius(query);
  const unit = choice(query, 'unit', ['km', 'mi'], 'km') === 'mi' ? DistanceUnit.MI : DistanceUnit.KM;
  const onlineNow = choice(query, 'now', ['0', '1'], '0') === '1';
  const days = parseDays(query);
  const time = one(query, 'time');
  const timeOfDay = time ? choice(query, 'time', TIMES_OF_DAY, 'morning') : null;
  const programs = parseCodes(query, 'program', /^[A-Za-z0-9-]{1,20}$/).map((p) => p.toUpperCase());
  const types = parseCodes(query, 'type', /^[A-Za-z0-9-]{1,20}$/);
  const attendance = parseAttendance(query);
  const text = parseText(query, 'q', 100);
  const timeZone = parseTimeZone(query, defaultTimeZone);
  const language = choice(query, 'lang', PRINT_LANGUAGES, 'en');
  const paper = choice(query, 'paper', Object.keys(PAPER_SIZES) as Paper[], 'letter');

  const filter: MeetingFilter = {};
  if (onlineNow) {
    filter.attendance = [Attendance.ONLINE, Attendance.HYBRID];
    filter.startingWithinMinutes = ONLINE_NOW_MINUTES;
  } else {
    if (attendance.length) filter.attendance = attendance;
    if (near) filter.near = { ...near, radius, unit, widenToAtLeast: WIDEN_TO };
  }
  if (days.length || timeOfDay) filter.timeZone = timeZone;
  if (days.length) filter.days = days;
  if (timeOfDay) {
    filter.timeFrom = TIME_WINDOWS[timeOfDay].from;
    filter.timeTo = TIME_WINDOWS[timeOfDay].to;
  }
  if (programs.length) filter.programs = programs;
  if (types.length) filter.types = types;
  if (text) filter.query = text;

  return {
    filter,
    timeZone,
    language,
    paper,
    shown: {
      place: place || null,
      near: onlineNow ? null : near,
      radius,
      unit,
      onlineNow,
      days,
      timeOfDay,
      programs,
      types,
      attendance: onlineNow ? [] : attendance,
      query: text,
    },
  };
}
