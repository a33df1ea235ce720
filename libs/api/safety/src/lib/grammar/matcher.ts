/**
 * Matches grammar templates (syntax in grammar.ts) against the words of one clause. Templates are parsed
 * once; slots are matched at most once per clause position (memoized), so a rule costs about as much as the
 * words in the message, whatever the size of the lexicon. No regular expressions: nothing to compile.
 */
type Node =
  | { t: 'words'; first: Map<string, string[][]>; optional: boolean }
  | { t: 'slot'; name: string; optional: boolean }
  | { t: 'not'; node: Node }
  | { t: 'gap'; max: number }
  | { t: 'end' }
  | { t: 'num'; year: boolean };

export type Pattern = Node[];

const WORD = /^[^\s|]+$/u;

export class TemplateMatcher {
  private readonly slots = new Map<string, Pattern[]>();
  /**
   * A slot's entries by the word at the position tried (in their order): those that can start with it and
   * those that may start with any word or match nothing (\`rest\`, all there is for other words).
   */
  private readonly slotIndex = new Map<string, { byWord: Map<string, Pattern[]>; rest: Pattern[] }>();

  constructor(private readonly source: Record<string, string[]>) {}

  parse(template: string): Pattern {
    return template
      .trim()
      .split(/\s+/u)
      .filter(Boolean)
      .map((raw) => this.node(raw));
  }

  private node(raw: string): Node {
    if (raw === '...') return { t: 'gap', max: 3 };
    if (/^~\d+$/u.test(raw)) return { t: 'gap', max: Number(raw.slice(1)) };
    if (raw === '$') return { t: 'end' };
    if (raw === '#' || raw === '##') return { t: 'num', year: raw === '##' };
    if (raw.startsWith('!')) return { t: 'not', node: this.node(raw.slice(1)) };
    const optionalSlot = /^\{([a-z_]+)\?\}$/u.exec(raw);
    if (optionalSlot) return this.slotNode(optionalSlot[1], true);
    const optional = raw.endsWith('?');
    const body = optional ? raw.slice(0, -1) : raw;
    const slot = /^\{([a-z_]+)\}$/u.exec(body);
    if (slot) return this.slotNode(slot[1], optional);
    const first = new Map<string, string[][]>();
    for (const alt of body.split('|')) {
      const words = alt.split('_').filter(Boolean);
      if (!words.length) continue;
      first.set(words[0], [...(first.get(words[0]) ?? []), words]);
    }
    return { t: 'words', first, optional };
  }

  private slotNode(name: string, optional: boolean): Node {
    if (!this.source[name]) throw new Error(`unknown slot {${name}}`);
    return { t: 'slot', name, optional };
  }

  private slot(name: string): Pattern[] {
    let parsed = this.slots.get(name);
    if (!parsed) {
      parsed = [];
      this.slots.set(name, parsed);
      parsed.push(...this.source[name].map((entry) => this.parse(entry)));
    }
    return parsed;
  }

  /**
   * The words a match of the pattern can start with, when it consumes at least one word; null when it may
   * start with any word (a gap or a number first). Rules are skipped at positions whose word is not in it.
   */
  firstWords(pattern: Pattern): Set<string> | null {
    const first = this.first(pattern, new Set());
    return first.words;
  }

  /** The words every match of the pattern starts with; null when it may start with any word or match nothing. */
  startWords(pattern: Pattern): Set<string> | null {
    const first = this.first(pattern, new Set());
    return first.empty ? null : first.words;
  }

  /**
   * Word lists of which a clause must hold at least one word each for the pattern to match anywhere in it:
   * one for every node that always consumes a word it can name (a word list, or a slot none of whose entries
   * can be empty).
   */
  requiredWords(pattern: Pattern): Set<string>[] {
    const out: Set<string>[] = [];
    for (const node of pattern) {
      const f = this.nodeFirst(node, new Set());
      if (f.words !== null && !f.empty) out.push(f.words);
    }
    return out;
  }

  /** The first words of a pattern and whether it can match without consuming a word. */
  private first(pattern: Pattern, open: Set<string>): { words: Set<string> | null; empty: boolean } {
    const words = new Set<string>();
    for (const node of pattern) {
      const f = this.nodeFirst(node, open);
      if (f.words === null) return { words: null, empty: false };
      for (const w of f.words) words.add(w);
      if (!f.empty) return { words, empty: false };
    }
    return { words, empty: true };
  }

  private nodeFirst(node: Node, open: Set<string>): { words: Set<string> | null; empty: boolean } {
    switch (node.t) {
      case 'words':
        return { words: new Set(node.first.keys()), empty: node.optional };
      case 'slot': {
        // A slot that uses itself: give up on the filter rather than guess.
        if (open.has(node.name)) return { words: null, empty: true };
        open.add(node.name);
        const words = new Set<string>();
        let empty = node.optional;
        for (const entry of this.slot(node.name)) {
          const f = this.first(entry, open);
          if (f.words === null) {
            open.delete(node.name);
            return { words: null, empty: true };
          }
          for (const w of f.words) words.add(w);
          if (f.empty) empty = true;
        }
        open.delete(node.name);
        return { words, empty };
      }
      case 'not':
      case 'end':
        // Consumes nothing ('end' leaves nothing after it to consume either).
        return { words: new Set(), empty: true };
      case 'gap':
        return node.max > 0 ? { words: null, empty: true } : { words: new Set(), empty: true };
      default:
        return { words: null, empty: true };
    }
  }

  /** The entries of a slot that can match at a position holding `word` (undefined: the clause's end). */
  private slotEntries(name: string, word: string | undefined): Pattern[] {
    let index = this.slotIndex.get(name);
    if (!index) {
      const entries = this.slot(name);
      const starts = entries.map((entry) => this.startWords(entry));
      const byWord = new Map<string, Pattern[]>();
      for (const list of starts)
        for (const w of list ?? [])
          if (!byWord.has(w))
            byWord.set(
              w,
              entries.filter((_, i) => {
                const first = starts[i];
                return first === null || first.has(w);
              }),
            );
      index = { byWord, rest: entries.filter((_, i) => starts[i] === null) };
      this.slotIndex.set(name, index);
    }
    return (word === undefined ? undefined : index.byWord.get(word)) ?? index.rest;
  }

  /** Where a pattern can end when it starts at `start` (sorted, no repeats). */
  ends(
    pattern: Pattern,
    words: readonly string[],
    start: number,
    memo = new Map<string, number[]>(),
  ): number[] {
    const out = new Set<number>();
    const walk = (k: number, pos: number) => {
      if (k === pattern.length) {
        out.add(pos);
        return;
      }
      const node = pattern[k];
      if ((node.t === 'words' || node.t === 'slot') && node.optional) walk(k + 1, pos);
      if (node.t === 'not') {
        if (this.nodeEnds(node.node, words, pos, memo).length === 0) walk(k + 1, pos);
        return;
      }
      if (node.t === 'gap') {
        for (let j = 0; j <= node.max && pos + j <= words.length; j += 1) {
          if (j > 0 && !WORD.test(words[pos + j - 1])) break;
          walk(k + 1, pos + j);
        }
        return;
      }
      for (const e of this.nodeEnds(node, words, pos, memo)) walk(k + 1, e);
    };
    walk(0, start);
    return [...out].sort((a, b) => a - b);
  }

  private nodeEnds(node: Node, words: readonly string[], pos: number, memo: Map<string, number[]>): number[] {
    switch (node.t) {
      case 'end':
        return pos === words.length ? [pos] : [];
      case 'num':
        return pos < words.length && (node.year ? /^(19|20)\d\d$/u : /^\d+$/u).test(words[pos])
          ? [pos + 1]
          : [];
      case 'words': {
        const found: number[] = [];
        for (const seq of node.first.get(words[pos]) ?? []) {
          if (seq.every((w, i) => words[pos + i] === w)) found.push(pos + seq.length);
        }
        return found;
      }
      case 'slot': {
        const key = `${node.name}@${pos}`;
        const cached = memo.get(key);
        if (cached) return cached;
        memo.set(key, []);
        const ends = new Set<number>();
        // Entries that must start with another word than the one here cannot match: they are not walked.
        for (const entry of this.slotEntries(node.name, words[pos]))
          for (const e of this.ends(entry, words, pos, memo)) ends.add(e);
        const result = [...ends];
        memo.set(key, result);
        return result;
      }
      default:
        return [];
    }
  }
}
