/** A help line shown on "Get help now". Numbers are verified against the services' own pages. */
export interface CrisisLine {
  id: string;
  /** English name; the web client translates by id where it has a translation. */
  name: string;
  call?: string;
  text?: string;
  /** A TTY number for deaf and hard-of-hearing callers. */
  tty?: string;
  url?: string;
  note?: string;
}

/** United States lines, shown on every page through "Get help now". */
export const US_CRISIS_LINES: readonly CrisisLine[] = [
  {
    id: 'emergency',
    name: 'Emergency (overdose or immediate danger)',
    call: '911',
    note: 'Overdose: call 911, give naloxone, put the person in the rescue position, stay with them.',
  },
  {
    id: '988',
    name: '988 Suicide & Crisis Lifeline',
    call: '988',
    text: '988',
    url: 'https://988lifeline.org/',
    note: 'Call, text or chat. Press 1 for veterans, 2 for Spanish.',
  },
  {
    id: 'samhsa',
    name: 'SAMHSA National Helpline',
    call: '1-800-662-4357',
    tty: '1-800-487-4889',
    url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
    note: 'Free, confidential, 24/7, English and Spanish.',
  },
];
