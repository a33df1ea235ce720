import type { CrisisKind } from './chat';

/**
 * What to do right now, by kind of crisis, in order. Each step has a key so that clients can show it in the
 * reader's language (the web client translates the keys); the English text is what the API sends.
 */
export const CRISIS_STEPS = {
  overdose: {
    call: 'Call 911 now. Say the person is not breathing or will not wake up.',
    naloxone: 'Give naloxone (Narcan) if you have it: one spray in one nostril.',
    position: 'Put them in the rescue position: on their side, top knee bent, head tilted back.',
    stay: 'Stay with them until help arrives. If they do not respond in 2 to 3 minutes, give a second dose.',
  },
  suicide: {
    call: 'Call or text 988 now, any time. You can also chat at 988lifeline.org.',
    danger: 'If you are in immediate danger, call 911.',
    stay: 'Stay with someone you trust, or keep talking here while you reach out.',
  },
} as const satisfies Record<CrisisKind, Record<string, string>>;

export type CrisisStepKey<K extends CrisisKind> = keyof (typeof CRISIS_STEPS)[K];

/** The keys of one kind's steps, in order. */
export function crisisStepKeys<K extends CrisisKind>(kind: K): CrisisStepKey<K>[] {
  return Object.keys(CRISIS_STEPS[kind]) as CrisisStepKey<K>[];
}

/** What to do for an overdose in progress, in order. The web client shows its own translations. */
export const OVERDOSE_STEPS: readonly string[] = Object.values(CRISIS_STEPS.overdose);

/** What to do when thinking about suicide. */
export const SUICIDE_STEPS: readonly string[] = Object.values(CRISIS_STEPS.suicide);
