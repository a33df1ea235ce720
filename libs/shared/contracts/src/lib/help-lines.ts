import type { CrisisKind, CrisisSupport } from './chat';
import { US_CRISIS_LINES, type CrisisLine } from './crisis-lines';
import { crisisSteps, US_STEP_VALUES, type CrisisStepValues } from './crisis-steps';

/**
 * Countries whose crisis and help lines Kinship lists by name. Everywhere else gets the international
 * fallback (findahelpline.com). Numbers are from the services' own pages.
 */
export const HELP_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU'] as const;
export type HelpCountry = (typeof HELP_COUNTRIES)[number];

export function isHelpCountry(value: unknown): value is HelpCountry {
  return typeof value === 'string' && (HELP_COUNTRIES as readonly string[]).includes(value);
}

/** What "Get help now" shows for one country (or, with `country: null`, for anywhere else). */
export interface CountryHelp {
  country: HelpCountry | null;
  /** The emergency number for an overdose or immediate danger; null when we cannot know it. */
  emergencyNumber: string | null;
  /** In the order to show them: emergency first. */
  lines: readonly CrisisLine[];
}

/** Per country: which lines each kind of crisis shows first, and the blanks of the steps. */
interface CountryCrisisHelp {
  steps: CrisisStepValues;
  /** Line ids in the order to show them; the international directory always comes last. */
  byKind: Record<CrisisKind, readonly string[]>;
}

const FIND_A_HELPLINE: CrisisLine = {
  id: 'findahelpline',
  name: 'Find a Helpline',
  url: 'https://findahelpline.com/',
  note: 'Free, confidential crisis lines in more than 130 countries, searchable by country and topic.',
};

const emergency = (id: string, number: string): CrisisLine => ({
  id,
  name: 'Emergency (overdose or immediate danger)',
  call: number,
  note: `Overdose: call ${number}, give naloxone, put the person in the rescue position, stay with them.`,
});

const SAMARITANS: CrisisLine = {
  id: 'samaritans',
  name: 'Samaritans',
  call: '116 123',
  url: 'https://www.samaritans.org/',
  note: 'Free, any time, day or night, from any phone in the UK and Ireland.',
};

const HELP: Record<HelpCountry, CountryHelp> = {
  US: {
    country: 'US',
    emergencyNumber: '911',
    lines: [
      ...US_CRISIS_LINES,
      {
        id: 'crisis-text-line',
        name: 'Crisis Text Line',
        text: '741741',
        url: 'https://www.crisistextline.org/',
        note: 'Text HOME to 741741 to reach a trained volunteer crisis counselor, 24/7.',
      },
      {
        id: 'never-use-alone',
        name: 'Never Use Alone',
        call: '1-800-484-3731',
        url: 'https://neverusealone.com/',
        note: 'If you are going to use, call: someone stays on the line and sends help to your location if you stop responding.',
      },
    ],
  },
  CA: {
    country: 'CA',
    emergencyNumber: '911',
    lines: [
      emergency('emergency-ca', '911'),
      {
        id: '988-ca',
        name: '9-8-8 Suicide Crisis Helpline',
        call: '988',
        text: '988',
        url: 'https://988.ca/',
        note: 'Call or text 9-8-8, any time, in English or French.',
      },
      {
        id: 'nors',
        name: 'National Overdose Response Service',
        call: '1-888-688-6677',
        url: 'https://www.nors.ca/',
        note: 'If you are going to use alone, call: a peer stays on the line and sends help if you stop responding.',
      },
    ],
  },
  GB: {
    country: 'GB',
    emergencyNumber: '999',
    lines: [emergency('emergency-gb', '999'), SAMARITANS],
  },
  IE: {
    country: 'IE',
    emergencyNumber: '112',
    lines: [emergency('emergency-ie', '112'), SAMARITANS],
  },
  AU: {
    country: 'AU',
    emergencyNumber: '000',
    lines: [
      emergency('emergency-au', '000'),
      {
        id: 'lifeline-au',
        name: 'Lifeline',
        call: '13 11 14',
        url: 'https://www.lifeline.org.au/',
        note: 'Crisis support and suicide prevention, 24/7.',
      },
    ],
  },
};

const NO_OVERDOSE_LINE =
  'If you are going to use, don’t use alone: ask someone you trust to stay with you or check on you, and keep naloxone out where they can see it.';

const CRISIS_HELP: Record<HelpCountry, CountryCrisisHelp> = {
  US: {
    steps: US_STEP_VALUES,
    byKind: {
      overdose: ['emergency', 'never-use-alone', '988'],
      suicide: ['988', 'emergency', 'crisis-text-line'],
      using_alone: ['never-use-alone', 'emergency', 'samhsa'],
      relapse: ['samhsa', '988', 'never-use-alone'],
    },
  },
  CA: {
    steps: {
      emergency: '911',
      crisisLine: 'Call or text 9-8-8 now, any time, in English or French.',
      overdoseLine:
        'If you are going to use, don’t use alone: call the National Overdose Response Service at 1-888-688-6677. A peer stays on the line and sends help if you stop responding.',
    },
    byKind: {
      overdose: ['emergency-ca', 'nors', '988-ca'],
      suicide: ['988-ca', 'emergency-ca'],
      using_alone: ['nors', 'emergency-ca', '988-ca'],
      relapse: ['988-ca', 'nors'],
    },
  },
  GB: {
    steps: {
      emergency: '999',
      crisisLine: 'Call Samaritans free on 116 123, any time, day or night.',
      overdoseLine: NO_OVERDOSE_LINE,
    },
    byKind: {
      overdose: ['emergency-gb', 'samaritans'],
      suicide: ['samaritans', 'emergency-gb'],
      using_alone: ['emergency-gb', 'samaritans'],
      relapse: ['samaritans'],
    },
  },
  IE: {
    steps: {
      emergency: '112',
      crisisLine: 'Call Samaritans free on 116 123, any time, day or night.',
      overdoseLine: NO_OVERDOSE_LINE,
    },
    byKind: {
      overdose: ['emergency-ie', 'samaritans'],
      suicide: ['samaritans', 'emergency-ie'],
      using_alone: ['emergency-ie', 'samaritans'],
      relapse: ['samaritans'],
    },
  },
  AU: {
    steps: {
      emergency: '000',
      crisisLine: 'Call Lifeline on 13 11 14, any time, day or night.',
      overdoseLine: NO_OVERDOSE_LINE,
    },
    byKind: {
      overdose: ['emergency-au', 'lifeline-au'],
      suicide: ['lifeline-au', 'emergency-au'],
      using_alone: ['emergency-au', 'lifeline-au'],
      relapse: ['lifeline-au'],
    },
  },
};

const ELSEWHERE_STEPS: CrisisStepValues = {
  emergency: 'your local emergency number',
  crisisLine:
    'Find a free, confidential crisis line for your country at findahelpline.com, and reach out now.',
  overdoseLine: NO_OVERDOSE_LINE,
};

const ELSEWHERE: CountryHelp = { country: null, emergencyNumber: null, lines: [FIND_A_HELPLINE] };

/**
 * Crisis and help lines for a country (ISO 3166-1 alpha-2). Countries we do not list get the international
 * directory, which every country's list also ends with.
 */
export function helpLinesFor(country: string | null | undefined): CountryHelp {
  const known = isHelpCountry(country) ? HELP[country] : null;
  if (!known) return ELSEWHERE;
  return { ...known, lines: [...known.lines, FIND_A_HELPLINE] };
}

/**
 * The help shown privately to a member whose words read like a crisis: the lines for that kind first (for
 * their country; default US), then the steps. Countries we do not list get the international directory.
 */
export function crisisHelp(kind: CrisisKind, country: string | null | undefined = 'US'): CrisisSupport {
  const code = country ?? 'US';
  const all = helpLinesFor(code).lines;
  const known = isHelpCountry(code) ? CRISIS_HELP[code] : null;
  if (!known) return { kind, lines: [FIND_A_HELPLINE], steps: crisisSteps(kind, ELSEWHERE_STEPS) };
  const lines = [...known.byKind[kind], FIND_A_HELPLINE.id]
    .map((id) => all.find((l) => l.id === id))
    .filter((l): l is CrisisLine => l !== undefined);
  return { kind, lines, steps: crisisSteps(kind, known.steps) };
}

/** How to reach one line, in the toolkit library's words (phone, text, TTY, website): from the lists above. */
export function helpLineContact(
  country: HelpCountry,
  id: string,
): { phone?: string; textNumber?: string; tty?: string; url?: string } {
  const line =
    HELP[country].lines.find((l) => l.id === id) ?? (id === FIND_A_HELPLINE.id ? FIND_A_HELPLINE : null);
  if (!line) throw new Error(`no help line ${id} for ${country}`);
  return {
    ...(line.call ? { phone: line.call } : {}),
    ...(line.text ? { textNumber: line.text } : {}),
    ...(line.tty ? { tty: line.tty } : {}),
    ...(line.url ? { url: line.url } : {}),
  };
}
