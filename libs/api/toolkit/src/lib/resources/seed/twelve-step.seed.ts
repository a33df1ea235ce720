import { ResourceKind as K, ResourceProgram as P } from '../../shared/toolkit.enums';
import { paragraphs, type ResourceSeed } from './resource-seed';

const NA_LIT = 'https://www.na.org/admin/include/spaw2/uploads/pdf/litfiles/us_english';

/** Narcotics Anonymous and Alcoholics Anonymous: links to their own sites and literature, never copies. */
export const TWELVE_STEP_SEED: ResourceSeed[] = [
  {
    key: 'na-org',
    title: 'Narcotics Anonymous (na.org)',
    summary:
      'The worldwide fellowship of people helping each other stay clean from any drug, alcohol included. Meetings are free, in person and online, in many languages, and anyone who wants to stop using is welcome.',
    programs: [P.TWELVE_STEP],
    kind: K.SERVICE_FINDER,
    language: 'en',
    url: 'https://na.org/',
  },
  {
    key: 'na-meeting-search',
    title: 'Find an NA meeting',
    summary:
      'NA World Services’ meeting search: look up meetings by place, day and format, including virtual meetings and local helplines run by NA members.',
    programs: [P.TWELVE_STEP],
    kind: K.SERVICE_FINDER,
    language: 'en',
    url: 'https://www.na.org/meetingsearch/',
  },
  {
    key: 'na-basic-text',
    title: 'The Basic Text (Narcotics Anonymous)',
    summary:
      'NA’s main book: what addiction is, how the Twelve Steps and Twelve Traditions work, and members’ own stories. Many meetings read from it; it is sold in print and e-book and translated into many languages.',
    body: paragraphs(
      'If you are new, you do not need to read it all at once. Members often start with the chapters read at meetings and ask a sponsor which part to read next.',
      'The link opens the edition NA World Services publishes online.',
    ),
    programs: [P.TWELVE_STEP],
    kind: K.LITERATURE,
    language: 'en',
    url: `${NA_LIT}/Book/Sixth%20Edition%20Basic%20Text.pdf`,
  },
  {
    key: 'na-just-for-today',
    title: 'Just for Today: a reading for each day',
    summary:
      'NA’s daily meditation book has a short reading for every day of the year, ending with one thought to carry through the day. NA also publishes A Spiritual Principle a Day. Both are read online for free.',
    programs: [P.TWELVE_STEP],
    kind: K.LITERATURE,
    language: 'en',
    url: 'https://na.org/daily-meditations',
  },
  {
    key: 'na-ip-sponsorship',
    title: 'Sponsorship (NA pamphlet IP #11)',
    summary:
      'A short NA pamphlet on what a sponsor is, how to ask someone, and what the relationship can look like for both people.',
    programs: [P.TWELVE_STEP],
    kind: K.LITERATURE,
    language: 'en',
    url: `${NA_LIT}/IP/EN3111.pdf`,
  },
  {
    key: 'na-steps',
    title: 'NA’s Twelve Steps (pamphlet IP #1, Who, What, How, and Why)',
    summary:
      'The pamphlet many NA meetings read at the start: who NA is for, what the program is, and the Twelve Steps in NA’s own words.',
    programs: [P.TWELVE_STEP],
    kind: K.LITERATURE,
    language: 'en',
    url: `${NA_LIT}/IP/EN3101.pdf`,
  },
  {
    key: 'aa-org',
    title: 'Alcoholics Anonymous (aa.org)',
    summary:
      'The fellowship the Twelve Steps come from. AA’s site has meeting finders, literature to read online, and a page for people who are new.',
    programs: [P.TWELVE_STEP],
    kind: K.SERVICE_FINDER,
    language: 'en',
    url: 'https://www.aa.org/',
  },
  {
    key: 'aa-meeting-guide',
    title: 'Meeting Guide app (AA)',
    summary:
      'AA’s free app for iPhone and Android lists meetings nearby and online from the many AA areas that share their meeting lists, and can remind you when a meeting starts.',
    programs: [P.TWELVE_STEP],
    kind: K.SERVICE_FINDER,
    language: 'en',
    url: 'https://www.aa.org/meeting-guide-app',
  },
  {
    key: 'aa-twelve-steps',
    title: 'The Twelve Steps (AA)',
    summary:
      'The Twelve Steps as Alcoholics Anonymous publishes them. NA and many other fellowships adapted them; working them with a sponsor is the heart of 12-step recovery.',
    programs: [P.TWELVE_STEP],
    kind: K.LITERATURE,
    language: 'en',
    url: 'https://www.aa.org/the-twelve-steps',
  },
  {
    key: 'aa-twelve-traditions',
    title: 'The Twelve Traditions (AA)',
    summary:
      'The Twelve Traditions keep groups focused, self-supporting and anonymous. They explain why meetings have no dues, no leaders who govern, and no opinion on outside issues.',
    programs: [P.TWELVE_STEP],
    kind: K.LITERATURE,
    language: 'en',
    url: 'https://www.aa.org/the-twelve-traditions',
  },
];
