import { US_CRISIS_LINES, type CrisisLine } from './crisis-lines';

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
