import type { CrisisKind } from '@kinship/shared/contracts';
import { TemplateCompiler, type Grammar } from './grammar/grammar';
import { TemplateMatcher, type Pattern } from './grammar/matcher';
import { clauseWords, rawClauses } from './normalize';
import en from './grammar/en.json';
import es from './grammar/es.json';

export interface CrisisDetection {
  /** What the text reads like, or null. */
  kind: CrisisKind | null;
  /** Which rule fired (its id in the grammar), for tests and moderators; never the text itself. */
  phraseId: string | null;
}

/** When several kinds fire, the first of these wins: 911 and naloxone come before anything else. */
export const CRISIS_PRECEDENCE: readonly CrisisKind[] = ['overdose', 'suicide', 'using_alone', 'relapse'];

interface CompiledRule {
  id: string;
  kind: CrisisKind;
  pattern: Pattern;
  negated: boolean;
  /** The words a match can start with (null: any); other positions are not tried. */
  first: Set<string> | null;
  /** Ids of word lists (CompiledGrammar.required) of which the clause must hold a word each. */
  required: number[];
}

const words = (list: string[]) => list.join('|').replace(/ /gu, '_');

/** One language's grammar, compiled once. */
class CompiledGrammar {
  readonly rules: CompiledRule[];
  /** For each word, the ids of the rules' required word lists that hold it. */
  private readonly required = new Map<string, number[]>();
  private requiredLists = 0;
  private readonly matcher: TemplateMatcher;
  private readonly rewrite: RegExp | null;
  private readonly vocabulary: Set<string>;
  private readonly breaks: RegExp;
  private readonly blank: { regex: RegExp; always: boolean }[];
  /** For each word, the blanks that can start with it (the others only when \`always\`). */
  private readonly blankByWord = new Map<string, number[]>();
  private readonly negation: RegExp;
  private readonly past: RegExp;
  private readonly pastExceptOverdose: RegExp;
  private readonly reported: RegExp;
  private readonly otherPerson: RegExp;
  private readonly hypothetical: RegExp;
  private readonly hypotheticalRightBefore: RegExp;
  private readonly question: RegExp;
  private readonly retract: RegExp;
  private readonly firstPerson: RegExp;
  private readonly alone: RegExp | null;

  readonly language: string;

  constructor(private readonly grammar: Grammar) {
    this.language = grammar.language;
    const compiler = new TemplateCompiler(grammar.slots);
    this.matcher = new TemplateMatcher(grammar.slots);
    const anywhere = (templates: string[]) =>
      new RegExp(templates.map((t) => `(?<= )${compiler.source(t)}`).join('|'), 'u');
    const g = grammar.guards;
    this.rules = grammar.rules.map((r) => {
      const pattern = this.matcher.parse(r.when);
      return {
        id: r.id,
        kind: r.kind,
        negated: r.negated === true,
        pattern,
        first: this.matcher.firstWords(pattern),
        required: this.matcher.requiredWords(pattern).map((list) => {
          const id = this.requiredLists;
          this.requiredLists += 1;
          for (const w of list) this.required.set(w, [...(this.required.get(w) ?? []), id]);
          return id;
        }),
      };
    });
    this.blank = g.blank.map((t, i) => {
      const starts = this.matcher.startWords(this.matcher.parse(t));
      for (const w of starts ?? []) this.blankByWord.set(w, [...(this.blankByWord.get(w) ?? []), i]);
      return { regex: new RegExp(`(?<= )${compiler.source(t)}`, 'gu'), always: starts === null };
    });
    this.negation = new RegExp(`(?<= )(?:${compiler.source(words(g.negation))})`, 'u');
    this.past = anywhere(g.past);
    this.pastExceptOverdose = anywhere(g.pastExceptOverdose);
    this.reported = anywhere(g.reported);
    this.otherPerson = new RegExp(`(?<= )(?:${compiler.source(words(g.otherPerson))})`, 'u');
    this.hypothetical = anywhere(g.hypothetical);
    this.hypotheticalRightBefore = new RegExp(
      `(?<= )(?:${g.hypotheticalRightBefore.map((t) => compiler.source(t)).join('|')})$`,
      'u',
    );
    this.question = new RegExp(`^ ${compiler.source(words(g.question))}`, 'u');
    this.retract = anywhere(g.retract);
    this.firstPerson = new RegExp(`^ ?(?:${compiler.source(words(g.firstPerson))})`, 'u');
    this.alone = grammar.slots['alone'] ? new RegExp(`(?<= )(?:${compiler.source('{alone}')})`, 'u') : null;
    const keys = Object.keys(grammar.rewrite).sort((a, b) => b.length - a.length);
    this.rewrite = keys.length
      ? new RegExp(
          `(?<= )(?:${keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})(?= )`,
          'gu',
        )
      : null;
    this.vocabulary = new Set(
      JSON.stringify(grammar)
        .toLowerCase()
        .match(/[a-z0-9]+/gu) ?? [],
    );
    this.breaks = new RegExp(`(?<= )(?:${words(grammar.clauseBreaks).replace(/_/gu, ' ')})(?= )`, 'gu');
  }

  /** The message as clauses of normalized words, each " like this ". */
  clauses(text: string): string[] {
    const out: string[] = [];
    for (const raw of rawClauses(text)) {
      const spelled = clauseWords(raw).map((w) => this.spell(w));
      let clause = ` ${spelled.join(' ')} `;
      if (this.rewrite) clause = clause.replace(this.rewrite, (m) => this.grammar.rewrite[m]);
      for (const part of clause.split(this.breaks)) {
        const trimmed = part.trim();
        if (trimmed) out.push(` ${trimmed} `);
      }
    }
    return out;
  }

  /** "diee" → "die" when only the shorter spelling is a word the grammar knows. */
  private spell(word: string): string {
    if (this.vocabulary.has(word) || !/(\p{L})\1/u.test(word)) return word;
    const single = word.replace(/(\p{L})\1+/gu, '$1');
    return this.vocabulary.has(single) ? single : word;
  }

  withoutBlanks(clause: string): string {
    let out = clause;
    // A blank's match starts after a space with one of its first words and a space, so a blank none of
    // whose first words is a word of the clause has nothing to blank. Blanking only turns whole words into
    // spaces and "|", so the words of the clause as given are all the words later blanks can see.
    const run = new Uint8Array(this.blank.length);
    for (const w of clause.split(' ')) for (const i of this.blankByWord.get(w) ?? []) run[i] = 1;
    for (let i = 0; i < this.blank.length; i += 1) {
      const { regex, always } = this.blank[i];
      if (!always && run[i] === 0) continue;
      regex.lastIndex = 0;
      out = out.replace(regex, (m) => ' | '.padEnd(m.length, ' '));
    }
    return out.replace(/ {2,}/gu, ' ');
  }

  /** The matches in one clause that survive the guards. */
  matches(clause: string): { id: string; kind: CrisisKind }[] {
    const found: { id: string; kind: CrisisKind }[] = [];
    const isQuestion = this.question.test(clause);
    const words = clause.trim().split(' ').filter(Boolean);
    const memo = new Map<string, number[]>();
    // Rules with a required word absent from the clause cannot match: they are not walked.
    const present = new Uint8Array(this.requiredLists);
    for (const w of words) for (const id of this.required.get(w) ?? []) present[id] = 1;
    for (const rule of this.rules) {
      if (!rule.required.every((id) => present[id] === 1)) continue;
      for (let start = 0; start < words.length; start += 1) {
        if (words[start] === '|') continue;
        if (rule.first && !rule.first.has(words[start])) continue;
        const ends = this.matcher.ends(rule.pattern, words, start, memo).filter((e) => e > start);
        if (!ends.length) continue;
        const end = ends[ends.length - 1];
        const before = words.slice(0, start).join(' ');
        const match = `${words.slice(start, end).join(' ')} `;
        const after = words.slice(end).join(' ');
        if (this.allowed(rule, ` ${before} `, match, ` ${after} `, isQuestion)) {
          found.push({ id: rule.id, kind: rule.kind });
          break;
        }
      }
    }
    return found;
  }

  private allowed(
    rule: CompiledRule,
    before: string,
    match: string,
    after: string,
    isQuestion: boolean,
  ): boolean {
    const outside = `${before}|${after}`;
    const beforeWords = before.trim().split(' ').filter(Boolean);
    const near = (n: number) => ` ${beforeWords.slice(-n).join(' ')} `;
    const mine = this.firstPerson.test(` ${match}`);
    const overdose = rule.kind === 'overdose';
    if (!rule.negated && this.negation.test(near(3))) return false;
    if (this.past.test(outside)) return false;
    if (!overdose && this.pastExceptOverdose.test(outside)) return false;
    if (!overdose && this.reported.test(outside)) return false;
    if (!mine && this.hypothetical.test(` ${before} `)) return false;
    if (this.hypotheticalRightBefore.test(` ${before.trim()} `)) return false;
    if (!mine && !overdose && this.otherPerson.test(near(2))) return false;
    if (!mine && !overdose && isQuestion) return false;
    return true;
  }

  retracts(clause: string): boolean {
    return this.retract.test(clause);
  }

  /** The member says they are alone (not "not alone"). */
  alonePresent(clause: string): boolean {
    if (!this.alone) return false;
    const m = this.alone.exec(clause);
    if (!m) return false;
    const before = clause.slice(0, m.index).trim().split(' ').slice(-2).join(' ');
    return !this.negation.test(` ${before} `) && !this.past.test(clause);
  }
}

const GRAMMARS = [en as Grammar, es as Grammar].map((g) => new CompiledGrammar(g));

function detectWith(grammar: CompiledGrammar, text: string): { id: string; kind: CrisisKind }[] {
  const clauses = grammar.clauses(text).map((c) => grammar.withoutBlanks(c));
  const found: { id: string; kind: CrisisKind }[] = [];
  let alone = false;
  clauses.forEach((clause, i) => {
    if (grammar.alonePresent(clause)) alone = true;
    const next = clauses[i + 1];
    if (next && grammar.retracts(next)) return;
    found.push(...grammar.matches(clause));
  });
  // Intent to use, and nobody around: the same words are a plan to use alone.
  return alone
    ? found.map((f) => (f.kind === 'relapse' ? { id: `${f.id}+alone`, kind: 'using_alone' } : f))
    : found;
}

/**
 * Reads a message for crisis language: an overdose happening now, suicidal intent, a plan to use alone, or a
 * plan to use soon. The grammar (./grammar/*.json) combines slots (who, intent, act, substance, time) and
 * guards (negation, past tense and recovery stories, reported speech, questions about resources, figures of
 * speech). The result only decides what help to show the writer privately and whether moderators are told:
 * nothing is ever reported outside the platform, and people stay in the loop.
 */
export function detectCrisis(text: string): CrisisDetection {
  const found = GRAMMARS.flatMap((g) => detectWith(g, text));
  for (const kind of CRISIS_PRECEDENCE) {
    const hit = found.find((f) => f.kind === kind);
    if (hit) return { kind, phraseId: hit.id };
  }
  return { kind: null, phraseId: null };
}

/** The clauses a grammar reads, for tests and for writing rules. */
export function clausesFor(language: string, text: string): string[] {
  const g = GRAMMARS.find((c) => c.language === language);
  return g ? g.clauses(text).map((c) => g.withoutBlanks(c)) : [];
}
