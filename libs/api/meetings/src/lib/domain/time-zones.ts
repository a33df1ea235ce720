/**
 * Which IANA time zone names a meeting, a form or a filter may use. A name is usable only when both
 * PostgreSQL (which places weekly times on real dates in SQL) and this runtime (calendars, the web) know
 * it: PostgreSQL's names are loaded once at start (`pg_timezone_names`), and until then this runtime's
 * are used. Legacy names (US/Eastern, and names tzdata has removed such as US/Pacific-New) map to the
 * current ones, and any spelling is accepted case-insensitively ("america/new_york").
 */

/** Legacy names and old spellings (tzdata's `backward` file) mapped to current canonical names. */
export const LEGACY_TIME_ZONES: Readonly<Record<string, string>> = {
  // removed from tzdata (2020b, 2017c): Node still knows them, PostgreSQL does not
  'US/Pacific-New': 'America/Los_Angeles',
  'Canada/East-Saskatchewan': 'America/Regina',
  // country-style links
  'US/Alaska': 'America/Anchorage',
  'US/Aleutian': 'America/Adak',
  'US/Arizona': 'America/Phoenix',
  'US/Central': 'America/Chicago',
  'US/East-Indiana': 'America/Indiana/Indianapolis',
  'US/Eastern': 'America/New_York',
  'US/Hawaii': 'Pacific/Honolulu',
  'US/Indiana-Starke': 'America/Indiana/Knox',
  'US/Michigan': 'America/Detroit',
  'US/Mountain': 'America/Denver',
  'US/Pacific': 'America/Los_Angeles',
  'US/Samoa': 'Pacific/Pago_Pago',
  'Canada/Atlantic': 'America/Halifax',
  'Canada/Central': 'America/Winnipeg',
  'Canada/Eastern': 'America/Toronto',
  'Canada/Mountain': 'America/Edmonton',
  'Canada/Newfoundland': 'America/St_Johns',
  'Canada/Pacific': 'America/Vancouver',
  'Canada/Saskatchewan': 'America/Regina',
  'Canada/Yukon': 'America/Whitehorse',
  'Mexico/BajaNorte': 'America/Tijuana',
  'Mexico/BajaSur': 'America/Mazatlan',
  'Mexico/General': 'America/Mexico_City',
  'Brazil/Acre': 'America/Rio_Branco',
  'Brazil/DeNoronha': 'America/Noronha',
  'Brazil/East': 'America/Sao_Paulo',
  'Brazil/West': 'America/Manaus',
  'Chile/Continental': 'America/Santiago',
  'Chile/EasterIsland': 'Pacific/Easter',
  // renamed cities and old spellings
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Fort_Wayne': 'America/Indiana/Indianapolis',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Knox_IN': 'America/Indiana/Knox',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
};

const legacyByLowerCase = new Map(
  Object.entries(LEGACY_TIME_ZONES).map(([legacy, current]) => [legacy.toLowerCase(), current]),
);

/** PostgreSQL's names by their lower-case spelling, once loaded. */
let databaseZones: Map<string, string> | null = null;

export const databaseTimeZonesLoaded = () => databaseZones !== null;

/** Installs the names PostgreSQL accepts (from `SELECT name FROM pg_timezone_names`). */
export function useDatabaseTimeZones(names: Iterable<string>): void {
  const zones = new Map<string, string>();
  for (const name of names) if (runtimeKnows(name)) zones.set(name.toLowerCase(), name);
  databaseZones = zones;
}

const runtimeCache = new Map<string, string | null>();

/** This runtime's spelling of a zone it knows, or null. */
function runtimeSpelling(name: string): string | null {
  const cached = runtimeCache.get(name);
  if (cached !== undefined) return cached;
  let spelled: string | null;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    spelled = resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    spelled = null;
  }
  if (runtimeCache.size < 5000) runtimeCache.set(name, spelled);
  return spelled;
}

const runtimeKnows = (name: string) => runtimeSpelling(name) !== null;

const ZONE_SHAPE = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

export type TimeZoneCheck =
  | { ok: true; zone: string; /** Set when a legacy name was replaced. */ replaced?: string }
  | { ok: false; message: string };

/** The canonical name for a zone as given, or why it cannot be used. */
export function resolveTimeZone(input: string): TimeZoneCheck {
  const given = input.trim();
  const refuse = (): TimeZoneCheck => ({
    ok: false,
    message: `"${given.slice(0, 64)}" is not a time zone we can use: give an IANA name such as America/New_York`,
  });
  if (!given || given.length > 64 || !ZONE_SHAPE.test(given)) return refuse();
  const legacy = legacyByLowerCase.get(given.toLowerCase());
  const candidate = legacy ?? given;
  const spelled = databaseZones
    ? (databaseZones.get(candidate.toLowerCase()) ?? null)
    : runtimeSpelling(candidate);
  if (!spelled || !runtimeKnows(spelled)) return refuse();
  return legacy ? { ok: true, zone: spelled, replaced: given } : { ok: true, zone: spelled };
}

/** True for a zone name usable exactly as written (no mapping needed). */
export function isTimeZone(name: string): boolean {
  const check = resolveTimeZone(name);
  return check.ok && check.zone === name;
}

/** The canonical spelling when there is one, else the value as it was (for validators to refuse). */
export function canonicalTimeZone(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const check = resolveTimeZone(value);
  return check.ok ? check.zone : value;
}
