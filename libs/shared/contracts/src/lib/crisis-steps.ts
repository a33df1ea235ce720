/** What to do for an overdose in progress, in order. The web client shows its own translations. */
export const OVERDOSE_STEPS: readonly string[] = [
  'Call 911 now. Say the person is not breathing or will not wake up.',
  'Give naloxone (Narcan) if you have it: one spray in one nostril.',
  'Put them in the rescue position: on their side, top knee bent, head tilted back.',
  'Stay with them until help arrives. If they do not respond in 2 to 3 minutes, give a second dose.',
];

/** What to do when thinking about suicide. */
export const SUICIDE_STEPS: readonly string[] = [
  'Call or text 988 now, any time. You can also chat at 988lifeline.org.',
  'If you are in immediate danger, call 911.',
  'Stay with someone you trust, or keep talking here while you reach out.',
];
