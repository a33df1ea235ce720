import { ResourceKind as K, ResourceProgram as P, WorksheetKind as W } from '../../shared/toolkit.enums';
import { paragraphs, type ResourceSeed } from './resource-seed';

const SMART = 'https://smartrecovery.org/';

/** SMART Recovery: the 4-Point Program and its tools, explained in our words; three can be filled in here. */
export const SMART_SEED: ResourceSeed[] = [
  {
    key: 'smart-org',
    title: 'SMART Recovery (smartrecovery.org)',
    summary:
      'Free mutual-help meetings, in person and online, led by trained volunteer facilitators and built on practical, science-based tools. People on medication-assisted treatment are welcome.',
    programs: [P.SMART],
    kind: K.SERVICE_FINDER,
    language: 'en',
    url: SMART,
  },
  {
    key: 'smart-meetings',
    title: 'Find a SMART Recovery meeting',
    summary: 'SMART Recovery’s meeting finder, for meetings near you and online, any day of the week.',
    programs: [P.SMART],
    kind: K.SERVICE_FINDER,
    language: 'en',
    url: 'https://meetings.smartrecovery.org/',
  },
  {
    key: 'smart-4-point',
    title: 'The SMART 4-Point Program',
    summary:
      'SMART organises recovery into four areas you can work on in any order, at your own pace, with tools for each.',
    steps: [
      'Building and keeping motivation: know why you want to change, and remind yourself often.',
      'Coping with urges: urges pass; learn what sets them off and how to ride them out.',
      'Managing thoughts, feelings and behaviours: notice the beliefs behind a hard feeling and test them.',
      'Living a balanced life: build a life that is worth more to you than using.',
    ],
    programs: [P.SMART],
    kind: K.LITERATURE,
    language: 'en',
    url: SMART,
  },
  {
    key: 'smart-cost-benefit',
    title: 'Cost-Benefit Analysis',
    summary:
      'Write down what using gives you and what it costs you, and what changing would give and cost. Seeing all four on one page makes the decision clearer, and it helps to look at it again when an urge comes.',
    body: paragraphs(
      'Be honest about the benefits of using: there are reasons it worked for you, and naming them helps you find other ways to meet those needs.',
      'Think short term and long term. Many benefits of using are immediate; many costs come later.',
    ),
    programs: [P.SMART],
    kind: K.TOOL,
    language: 'en',
    worksheetKind: W.COST_BENEFIT,
    sourceUrl: SMART,
  },
  {
    key: 'smart-hierarchy-of-values',
    title: 'Hierarchy of Values',
    summary:
      'List what matters most to you, such as the people you love, health, work, faith or freedom, in order. Then ask, for each one, whether using moves you toward it or away from it.',
    programs: [P.SMART],
    kind: K.TOOL,
    language: 'en',
    sourceUrl: SMART,
  },
  {
    key: 'smart-change-plan',
    title: 'Change Plan Worksheet',
    summary:
      'A one-page plan: the change you want, why it matters, the first steps, who can help, how you will know it is working, and what might get in the way.',
    programs: [P.SMART],
    kind: K.TOOL,
    language: 'en',
    worksheetKind: W.CHANGE_PLAN,
    sourceUrl: SMART,
  },
  {
    key: 'smart-abc',
    title: 'ABC: working through an upsetting moment',
    summary:
      'A is the activating event, B your beliefs about it, C the consequences: what you felt and did. Then D, dispute the belief (is it true? helpful?), and E, write an effective new belief to use next time.',
    programs: [P.SMART],
    kind: K.TOOL,
    language: 'en',
    worksheetKind: W.ABC,
    sourceUrl: SMART,
  },
  {
    key: 'smart-disarm',
    title: 'DISARM: talking back to urges',
    summary:
      'Give the voice that pushes you to use a name, so you can tell it apart from what you really want. Notice its excuses, and answer it with a firm, short refusal.',
    body: paragraphs(
      'DISARM stands for Destructive Imagery and Self-talk Awareness and Refusal Method.',
      'Urges rise, peak and fall, usually within minutes. Doing something else while one passes (a walk, a call, a shower, a meeting) makes the next one easier.',
    ),
    programs: [P.SMART],
    kind: K.TOOL,
    language: 'en',
    sourceUrl: SMART,
  },
  {
    key: 'smart-urge-log',
    title: 'Urge log',
    summary:
      'Each time an urge comes, note when, where, who you were with, how strong it was, what you did and how long it lasted. After a week or two, patterns show what to plan for.',
    body: 'Kinship’s daily check-in records how strong cravings were each day; your relapse-prevention plan is the place for the triggers you notice.',
    programs: [P.SMART],
    kind: K.TOOL,
    language: 'en',
    sourceUrl: SMART,
  },
];
