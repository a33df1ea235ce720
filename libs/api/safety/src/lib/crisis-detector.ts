import {
  OVERDOSE_STEPS,
  SUICIDE_STEPS,
  US_CRISIS_LINES,
  type CrisisKind,
  type CrisisSupport,
} from '@kinship/shared/contracts';
import suicide from './phrases/suicide.json';
import overdose from './phrases/overdose.json';
import exclusions from './phrases/exclusions.json';

export interface CrisisDetection {
  /** What the text reads like: an overdose in progress, suicidal intent, or neither. */
  kind: CrisisKind | null;
  /** Which phrase fired (its id in the data file), for tests and moderators; never the text itself. */
  phraseId: string | null;
}

interface CompiledPhrase {
  id: string;
  kind: CrisisKind;
  pattern: RegExp;
}

const compile = (source: string) => new RegExp(source, 'gu');

/** Overdose first: when both fire, calling 911 comes before anything else. */
const PHRASES: CompiledPhrase[] = [overdose, suicide].flatMap((file) =>
  file.phrases.map((p) => ({ id: p.id, kind: file.kind as CrisisKind, pattern: compile(p.pattern) })),
);
const EXCLUSIONS: RegExp[] = exclusions.phrases.map(compile);

/**
 * The text the phrases are written against: lower case, accents and apostrophes removed ("I'm" → "im"),
 * "OD'd" spelled "oded", and every run of other characters turned into one space.
 */
export function normalizeForMatching(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\bod['’`]?d\b/gu, 'oded')
    .replace(/['’`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/**
 * Reads a message for crisis language: suicidal intent, or an overdose happening now. Figures of speech
 * ("this meeting saved my life", "dying to see you") are blanked out first. The result only decides what
 * help to show the writer privately and whether moderators get an urgent flag: nothing is ever reported
 * outside the platform. A keyword list will miss some messages; moderators and members stay in the loop.
 */
export function detectCrisis(text: string): CrisisDetection {
  let normalized = normalizeForMatching(text);
  for (const exclusion of EXCLUSIONS) normalized = normalized.replace(exclusion, ' | ');
  for (const phrase of PHRASES) {
    phrase.pattern.lastIndex = 0;
    if (phrase.pattern.test(normalized)) return { kind: phrase.kind, phraseId: phrase.id };
  }
  return { kind: null, phraseId: null };
}

const line = (id: string) => US_CRISIS_LINES.filter((l) => l.id === id);

/** The help to show for a kind of crisis: who to call or text, and what to do right now. */
export function crisisSupport(kind: CrisisKind): CrisisSupport {
  if (kind === 'overdose') {
    return {
      kind,
      lines: [...line('emergency'), ...line('988'), ...line('samhsa')],
      steps: [...OVERDOSE_STEPS],
    };
  }
  return {
    kind,
    lines: [...line('988'), ...line('emergency'), ...line('samhsa')],
    steps: [...SUICIDE_STEPS],
  };
}
