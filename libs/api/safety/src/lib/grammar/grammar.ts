import type { CrisisKind } from '@kinship/shared/contracts';

/**
 * The detector's grammar, as data (one JSON file per language). A rule is a template over normalized words:
 *
 *   word        that word                     a|b|c      one of these (write a space inside an entry as _)
 *   {slot}      any entry of a slot           word? {slot?}   optional
 *   ...         up to 3 other words           ~N         up to N other words
 *   !{slot} !a|b   the next words are NOT one of these (nothing is consumed)
 *   #           a number        ##  a year (19xx, 20xx)        $          the end of the clause
 *
 * Slot entries are written the same way and may use other slots ("{det?} {drug}").
 */
export interface GrammarRule {
  id: string;
  kind: CrisisKind;
  when: string;
  /** The template itself contains its negation ("dont want to live"): skip the negation guard. */
  negated?: boolean;
}

export interface GrammarGuards {
  /** Figures of speech, harm-reduction advice and resource names: removed before rules run. */
  blank: string[];
  /** Words that turn an intent around when they come just before it ("not", "never", "no"). */
  negation: string[];
  /** Past tense and recovery stories: anywhere else in the clause, they silence its matches. */
  past: string[];
  /** Weaker past markers ("i was") that silence everything except an overdose. */
  pastExceptOverdose: string[];
  /** Reported speech, quoting and news or fiction: silence every match in the clause except an overdose. */
  reported: string[];
  /** Someone else: just before a match that does not start with a first-person subject, it is not the writer. */
  otherPerson: string[];
  /** Before a match: a condition ("if") makes it hypothetical. */
  hypothetical: string[];
  /** Right before a match, even one in the first person: "what do i do when i want to use". */
  hypotheticalRightBefore: string[];
  /** A clause starting like this is a question: except for an overdose, matches without "i" do not fire. */
  question: string[];
  /** A clause like this takes back the clause before it ("...but i went to a meeting instead"). */
  retract: string[];
  /** First-person subjects: a match starting with one is the writer speaking. */
  firstPerson: string[];
}

export interface Grammar {
  language: string;
  about?: string;
  /** Spelling variants and slang, word for word, applied before anything else ("gona" → "gonna"). */
  rewrite: Record<string, string>;
  /** Words that split a message into clauses ("but", "pero"). */
  clauseBreaks: string[];
  slots: Record<string, string[]>;
  guards: GrammarGuards;
  rules: GrammarRule[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Compiles templates of one grammar; slots are expanded once and cached. */
export class TemplateCompiler {
  private readonly cache = new Map<string, string>();

  constructor(private readonly slots: Record<string, string[]>) {}

  /** The regular expression source for a template; every word is followed by one space. */
  source(template: string, depth = 0): string {
    if (depth > 8) throw new Error(`slots nest too deep in "${template}"`);
    return template
      .trim()
      .split(/\s+/u)
      .filter(Boolean)
      .map((token) => this.token(token, depth))
      .join('');
  }

  private token(raw: string, depth: number): string {
    if (raw === '...') return '(?:[^\\s|]+ ){0,3}';
    if (/^~\d+$/u.test(raw)) return `(?:[^\\s|]+ ){0,${raw.slice(1)}}`;
    if (raw === '$') return '$';
    if (raw === '#') return '\\d+ ';
    if (raw === '##') return '(?:19|20)\\d\\d ';
    if (raw.startsWith('!')) return `(?!${this.alternatives(raw.slice(1), depth)})`;
    const optionalSlot = /^\{([a-z_]+)\?\}$/u.exec(raw);
    const optional = optionalSlot !== null || raw.endsWith('?');
    const body = optionalSlot ? `{${optionalSlot[1]}}` : optional ? raw.slice(0, -1) : raw;
    const group = `(?:${this.alternatives(body, depth)})`;
    return optional ? `${group}?` : group;
  }

  private alternatives(body: string, depth: number): string {
    const slot = /^\{([a-z_]+)\}$/u.exec(body);
    if (slot) return this.slot(slot[1], depth);
    return body
      .split('|')
      .map((alt) =>
        alt
          .split('_')
          .map((w) => `${escape(w)} `)
          .join(''),
      )
      .join('|');
  }

  private slot(name: string, depth: number): string {
    const cached = this.cache.get(name);
    if (cached) return cached;
    const entries = this.slots[name];
    if (!entries) throw new Error(`unknown slot {${name}}`);
    const source = entries.map((e) => this.source(e, depth + 1)).join('|');
    this.cache.set(name, source);
    return source;
  }
}
