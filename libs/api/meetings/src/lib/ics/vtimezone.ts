import { DateTime } from 'luxon';

/** A change of UTC offset: the instant, and the offsets (minutes east of UTC) before and after. */
export interface Transition {
  at: number;
  from: number;
  to: number;
}

const SIX_HOURS = 6 * 3600_000;
const offsetAt = (zone: string, ms: number) => DateTime.fromMillis(ms, { zone }).offset;

/** Every offset change of a zone in a calendar year (UTC), to the minute. */
export function transitionsInYear(zone: string, year: number): Transition[] {
  const out: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let t = Date.UTC(year, 0, 1);
  let offset = offsetAt(zone, t);
  while (t < end) {
    const next = Math.min(t + SIX_HOURS, end);
    const nextOffset = offsetAt(zone, next);
    if (nextOffset !== offset) {
      let [lo, hi] = [t, next];
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetAt(zone, mid) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: offset, to: nextOffset });
      offset = nextOffset;
    }
    t = next;
  }
  return out;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "+0900", "-0430" */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** The local wall time just before a transition (what VTIMEZONE's DTSTART means), as a DateTime. */
const wallBefore = (t: Transition) => DateTime.fromMillis(t.at + t.from * 60_000, { zone: 'utc' });

/** BYMONTH/BYDAY of a transition: the nth weekday of its month, or the last one (-1) in its final week. */
function ruleOf(t: Transition): { month: number; byDay: string; hour: number; minute: number } {
  const local = wallBefore(t);
  const nth = local.day + 7 > (local.daysInMonth ?? 31) ? -1 : Math.ceil(local.day / 7);
  return {
    month: local.month,
    byDay: `${nth}${DAYS[local.weekday - 1]}`,
    hour: local.hour,
    minute: local.minute,
  };
}

function matchesRule(t: Transition, rule: ReturnType<typeof ruleOf>): boolean {
  const r = ruleOf(t);
  return r.month === rule.month && r.byDay === rule.byDay && r.hour === rule.hour && r.minute === rule.minute;
}

const localStamp = (d: DateTime) => d.toFormat("yyyyMMdd'T'HHmmss");
const nameAt = (zone: string, ms: number) =>
  DateTime.fromMillis(ms, { zone }).offsetNameShort?.replace(/[^A-Za-z0-9+-]/g, '') ||
  zone.split('/').pop() ||
  'LMT';

/**
 * A VTIMEZONE for an IANA zone, valid from `fromYear` on. Where the zone changes its offset by a yearly
 * rule ("second Sunday of March at 02:00"), the rule is given as an RRULE, after checking it against the
 * zone's real transitions for the next years; otherwise each transition of the next decade is listed. A
 * zone without changes gets one STANDARD component.
 */
export function vtimezone(zone: string, fromYear: number): string[] {
  const key = `${zone}@${fromYear}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const lines = build(zone, fromYear);
  if (cache.size > 500) cache.clear();
  cache.set(key, lines);
  return lines;
}

const cache = new Map<string, string[]>();

function build(zone: string, fromYear: number): string[] {
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const years = Array.from({ length: 11 }, (_, i) => fromYear + i);
  const byYear = years.map((y) => transitionsInYear(zone, y));
  const first = byYear[0];
  if (byYear.every((list) => list.length === 0)) {
    const offset = formatOffset(offsetAt(zone, Date.UTC(fromYear, 0, 1)));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${offset}`,
      `TZOFFSETTO:${offset}`,
      `TZNAME:${nameAt(zone, Date.UTC(fromYear, 0, 1))}`,
      'END:STANDARD',
    );
  } else if (
    first.length === 2 &&
    byYear.every(
      (list) =>
        list.length === 2 &&
        list.every(
          (t, i) => matchesRule(t, ruleOf(first[i])) && t.from === first[i].from && t.to === first[i].to,
        ),
    )
  ) {
    for (const t of first) {
      const rule = ruleOf(t);
      const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${localStamp(wallBefore(t))}`,
        `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`,
        `TZOFFSETFROM:${formatOffset(t.from)}`,
        `TZOFFSETTO:${formatOffset(t.to)}`,
        `TZNAME:${nameAt(zone, t.at + 60_000)}`,
        `END:${kind}`,
      );
    }
  } else {
    // Irregular zones: the offset in force at the start, then every change of the decade.
    const start = Date.UTC(fromYear, 0, 1);
    const initial = offsetAt(zone, start);
    lines.push(
      'BEGIN:STANDARD',
      `DTSTART:${localStamp(DateTime.fromMillis(start + initial * 60_000, { zone: 'utc' }))}`,
      `TZOFFSETFROM:${formatOffset(initial)}`,
      `TZOFFSETTO:${formatOffset(initial)}`,
      `TZNAME:${nameAt(zone, start)}`,
      'END:STANDARD',
    );
    for (const t of byYear.flat()) {
      const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${localStamp(wallBefore(t))}`,
        `TZOFFSETFROM:${formatOffset(t.from)}`,
        `TZOFFSETTO:${formatOffset(t.to)}`,
        `TZNAME:${nameAt(zone, t.at + 60_000)}`,
        `END:${kind}`,
      );
    }
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
