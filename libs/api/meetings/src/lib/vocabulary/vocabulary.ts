import meetingGuideTypes from './meeting-guide-types.json';
import { NA_FORMATS, NA_TO_MEETING_GUIDE, type TypeNames } from './na-formats';
import { SMART_TYPES } from './smart-types';

export type { TypeNames } from './na-formats';
export type TypeSource = 'meeting-guide' | 'na' | 'smart' | 'import';

export interface TypeDefinition {
  code: string;
  names: TypeNames;
  source: TypeSource;
}

/** Codes that describe attendance, which readers derive instead (`ONL` was removed from the spec). */
export const DERIVED_TYPE_CODES = new Set(['ONL', 'HY', 'HYBRID', 'VM']);

/** The code that marks a venue as temporarily closed: the in-person part is then inactive. */
export const TEMPORARILY_CLOSED = 'TC';

function build(): Map<string, TypeDefinition> {
  const out = new Map<string, TypeDefinition>();
  for (const [code, names] of Object.entries(meetingGuideTypes as Record<string, TypeNames>)) {
    out.set(code, { code, names, source: 'meeting-guide' });
  }
  for (const [code, names] of Object.entries(NA_FORMATS)) {
    if (!out.has(code)) out.set(code, { code, names, source: 'na' });
  }
  for (const [code, names] of Object.entries(SMART_TYPES)) out.set(code, { code, names, source: 'smart' });
  return out;
}

/** Every built-in type code: the Meeting Guide 87, NA's formats, and our SMART Recovery set. */
export const BUILT_IN_TYPES: ReadonlyMap<string, TypeDefinition> = build();

/**
 * The code that stands for a type's meaning: NA's formats with a Meeting Guide equivalent (DISC~D, SPK~SP,
 * STEP~ST, TRAD~TR, BEG~BE, CW~CF, SMOK~SM, GL~LGBTQ) are one meaning under the Meeting Guide code.
 */
export function meaningOf(code: string): string {
  return NA_TO_MEETING_GUIDE[code] ?? code;
}

const SAME_MEANING: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [na, mg] of Object.entries(NA_TO_MEETING_GUIDE)) out.set(mg, [mg, na]);
  return out;
})();

/** Every code with the same meaning as `code` (itself included): a filter on one matches any of them. */
export function sameMeaning(code: string): readonly string[] {
  return SAME_MEANING.get(meaningOf(code)) ?? [code];
}

/** The name of a type in a language, falling back to English, then to the code itself. */
export function typeName(names: Record<string, string> | undefined, code: string, language = 'en'): string {
  if (!names) return code;
  const base = language.toLowerCase().split('-')[0];
  return names[language] ?? names[base] ?? names['en'] ?? code;
}

/** Older names spreadsheets still use (TSML's CSV template), mapped to today's codes. */
const LEGACY_NAMES: Record<string, string> = {
  'step meeting': 'ST',
  'temporary closure': 'TC',
  birthday: 'H',
  'wheelchair accessible': 'X',
  'wheelchair-accessible': 'X',
  'lgbtq+': 'LGBTQ',
  'lgbtqiaa+': 'LGBTQ',
  newcomers: 'BE',
  beginners: 'BEG',
};

let namesToCodes: Map<string, string> | null = null;

/**
 * The code for a type written as a code ("O") or by its English name ("Wheelchair Access"), as the TSML
 * CSV template does. Null when unknown; `'derived'` for attendance types we compute ourselves.
 */
export function codeForTypeLabel(label: string): string | 'derived' | null {
  const trimmed = label.trim();
  if (!trimmed) return null;
  if (/^online meeting$/i.test(trimmed) || DERIVED_TYPE_CODES.has(trimmed.toUpperCase())) return 'derived';
  if (BUILT_IN_TYPES.has(trimmed)) return trimmed;
  if (BUILT_IN_TYPES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  if (!namesToCodes) {
    namesToCodes = new Map();
    // Meeting Guide names win over NA's where both have one (e.g. "Discussion": D over DISC).
    for (const def of [...BUILT_IN_TYPES.values()].reverse()) {
      namesToCodes.set(def.names.en.toLowerCase(), def.code);
    }
    for (const [name, code] of Object.entries(LEGACY_NAMES)) namesToCodes.set(name, code);
  }
  return namesToCodes.get(trimmed.toLowerCase()) ?? null;
}
