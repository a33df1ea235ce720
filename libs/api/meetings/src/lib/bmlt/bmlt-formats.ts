import { NA_FORMATS, NA_TO_MEETING_GUIDE } from '../vocabulary/na-formats';
import { typeName, type TypeDefinition } from '../vocabulary/vocabulary';

/** A small positive integer id from a name: stable across restarts and servers (FNV-1a, 31 bits). */
export function stableId(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    hash ^= name.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash & 0x7fffffff || 1;
}

/** Meeting Guide codes that name a language: NA's world id for these is the generic LANG. */
const LANGUAGE_CODES = new Set(
  (
    'AF AM AR ASL BG DA DE EL EN FA FI FR HE HI HR HU IS ITA JA KA KOR LT ML MT NE NL NO POL POR PUN RUS ' +
    'S SK SL SV TH TL TUR UK'
  ).split(' '),
);

/** Our code → NAWS world id, where NA has the same format. */
function worldIdOf(code: string): string {
  if (code === 'O') return 'OPEN';
  if (code === 'C') return 'CLOSED';
  if (code === 'X') return 'WCHR';
  if (code === 'VM' || code === 'HY' || code === 'TC') return code;
  if (LANGUAGE_CODES.has(code)) return 'LANG';
  if (NA_FORMATS[code] || ['CAN', 'LIT', 'M', 'MED', 'W', 'Y'].includes(code)) return code;
  const na = Object.entries(NA_TO_MEETING_GUIDE).find(([, mg]) => mg === code)?.[0];
  return na ?? '';
}

function formatTypeOf(code: string, world: string): string {
  if (world === 'OPEN' || world === 'CLOSED') return 'O';
  if (world === 'LANG') return 'LANG';
  if (['WCHR', 'VM', 'HY', 'TC', 'NS', 'SMOK', 'CW'].includes(world) || code === 'XB') return 'FC2';
  if (['BEG', 'GL', 'M', 'W', 'Y', 'RA'].includes(world)) return 'FC3';
  return 'FC1';
}

/**
 * BMLT has no venue-type formats of ours (we derive attendance), but its clients show virtual and hybrid
 * meetings by the VM and HY formats: they are added to the meetings they describe.
 */
export const VENUE_FORMATS: TypeDefinition[] = [
  { code: 'VM', names: { en: 'Virtual Meeting', es: 'Reunión virtual' }, source: 'na' },
  { code: 'HY', names: { en: 'Hybrid Meeting', es: 'Reunión híbrida' }, source: 'na' },
];

export interface BmltFormat {
  code: string;
  id: number;
  /** The format in BMLT's GetFormats shape, every value a string. */
  entry(language: string, rootServerUri: string): Record<string, string>;
}

export function toBmltFormat(def: TypeDefinition): BmltFormat {
  const id = stableId(`format:${def.code}`);
  const world = worldIdOf(def.code);
  return {
    code: def.code,
    id,
    entry: (language, rootServerUri) => {
      const name = typeName(def.names, def.code, language);
      return {
        key_string: def.code,
        name_string: name,
        description_string: name,
        lang: language,
        id: String(id),
        world_id: world,
        root_server_uri: rootServerUri,
        format_type_enum: formatTypeOf(def.code, world),
      };
    },
  };
}
