import { Role } from './roles';

/**
 * A badge beside a member's name, always computed by the server from role data (the account's role, or the
 * member's place in a sponsorship), never from the name. Shown as its own element, never as part of the name.
 */
export enum MemberBadge {
  MODERATOR = 'moderator',
  ADMIN = 'admin',
  SPONSOR = 'sponsor',
}

/** How a member appears to others: a display name, their public handle and a server-made badge. */
export interface PublicMemberPayload {
  id: string;
  displayName: string;
  /** A short random code, unique per member and stable across renames; shown as "#K7QM". */
  handle: string;
  badge: MemberBadge | null;
}

export function badgeForRole(role: Role | string | null | undefined): MemberBadge | null {
  if (role === Role.ADMIN) return MemberBadge.ADMIN;
  if (role === Role.MODERATOR) return MemberBadge.MODERATOR;
  return null;
}

/** "K7QM" → "#K7QM". */
export function formatHandle(handle: string): string {
  return `#${handle}`;
}

/** The API's field messages for refused display names (the web client translates them). */
export const DISPLAY_NAME_STAFF_MESSAGE =
  'displayName looks like a staff or platform name (such as Moderator, Admin or Kinship Team); please choose your own name';
export const DISPLAY_NAME_STAFF_TAKEN_MESSAGE =
  'displayName is the name of a Kinship moderator; please choose a different name';

/** Capitals that look like a Latin capital, read before lower-casing (Greek Ν is N, though ν looks like v). */
const CAPITAL_LOOK_ALIKES: Record<string, string> = {
  А: 'a',
  В: 'b',
  Е: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  Х: 'x',
  У: 'y',
  Ѕ: 's',
  І: 'i',
  Ј: 'j',
  Ԁ: 'd',
  Ԛ: 'q',
  Ԝ: 'w',
  Ү: 'y',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
};

/** Characters that look like Latin letters: Cyrillic, Greek, digits and symbols used in their place. */
const LOOK_ALIKES: Record<string, string> = {
  // Cyrillic
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  з: '3',
  и: 'u',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  п: 'n',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  г: 'r',
  д: 'a',
  л: 'n',
  ц: 'u',
  ш: 'w',
  щ: 'w',
  ы: 'bi',
  ѵ: 'v',
  ү: 'y',
  // Greek
  α: 'a',
  β: 'b',
  γ: 'y',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'n',
  ι: 'i',
  κ: 'k',
  μ: 'u',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  σ: 'o',
  ς: 's',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  // Latin extensions that survive NFKC
  ı: 'i',
  ȷ: 'j',
  ɑ: 'a',
  ɡ: 'g',
  ɩ: 'i',
  ʀ: 'r',
  ʏ: 'y',
  ᴀ: 'a',
  ᴅ: 'd',
  ᴇ: 'e',
  ᴍ: 'm',
  ᴏ: 'o',
  ᴛ: 't',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  // Digits and symbols for letters
  '0': 'o',
  '1': 'i',
  '2': 'z',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '6': 'g',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'i',
  '€': 'e',
  '+': 't',
};

/**
 * Lower case Latin letters a name reads as, for comparisons only: NFKC, accents and invisible characters
 * removed, look-alikes mapped, `l` read as `i` (Admln), `rn` as `m`, `vv` as `w`, repeated letters once.
 * Anything else (spaces, dots, hyphens) becomes a single space, so callers can compare words or strip them.
 */
export function nameSkeleton(name: string): string {
  const folded = name
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/[\p{M}\p{Cf}]/gu, '');
  let out = '';
  for (const char of folded) {
    const lower = char.toLowerCase();
    out += CAPITAL_LOOK_ALIKES[char] ?? LOOK_ALIKES[lower] ?? lower;
  }
  return collapse(
    out
      .replace(/[^a-z]+/g, ' ')
      .replace(/l/g, 'i')
      .replace(/rn/g, 'm')
      .replace(/vv/g, 'w'),
  ).trim();
}

/** Repeated letters once: "Moddderator" reads as "moderator", "staff" as "staf". */
const collapse = (text: string) => text.replace(/([a-z])\1+/g, '$1');

/** The same, with no separators at all: "M 0 d e r a t o r" → "moderator". */
export function compactSkeleton(name: string): string {
  return nameSkeleton(name).replace(/ /g, '');
}

/** Words that mean staff or the platform anywhere they appear, even inside a longer word ("SamAdmin"). */
const STAFF_STEMS = [
  'moderator',
  'moderador',
  'admin',
  'kinship',
  'sysop',
  'suport',
  'soporte',
  'helpdesk',
].map(compactSkeleton);

/** Words that mean staff when they stand alone ("Mod Sam", "Team"), but occur inside real names. */
const STAFF_WORDS = [
  'mod',
  'mods',
  'staff',
  'modteam',
  'team',
  'equipo',
  'system',
  'sistema',
  'official',
  'oficial',
  'help',
  'ayuda',
  'bot',
  'security',
  'seguridad',
  'safety',
  'trust',
  'platform',
  'plataforma',
  'owner',
  'operator',
  'root',
  'personal',
].map(compactSkeleton);

/**
 * True when a display name imitates staff or the platform: "Moderator", "Admin", "Kinship Team", "Mod Sam",
 * "Support", "M0derator", "Ad min", "Аdmin" (Cyrillic А). Runs of adjacent words are joined and compared
 * too, so splitting a word ("S u p p o r t", "M.o.d") does not hide it, while "Modesto", "Kad Minh" and
 * initials that happen to spell a short word ("Bo T.") pass.
 */
export function imitatesStaff(name: string): boolean {
  const words = nameSkeleton(name).split(' ').filter(Boolean);
  for (let start = 0; start < words.length; start++) {
    if (STAFF_STEMS.some((stem) => words[start].includes(stem))) return true;
    let run = '';
    let spelledOut = true;
    for (let end = start; end < words.length; end++) {
      run = collapse(run + words[end]);
      spelledOut &&= words[end].length === 1;
      const joined = end > start;
      if (STAFF_STEMS.some((stem) => run.startsWith(stem))) return true;
      if (STAFF_WORDS.includes(run) && (!joined || spelledOut || run.length >= 5)) return true;
    }
  }
  return false;
}
