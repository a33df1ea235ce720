/** API answers shaped like the schema (with __typename, as Apollo's cache expects). */

export function recovery(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'MyRecovery',
    cleanDate: '2026-01-01',
    country: 'US',
    timeZone: 'America/Chicago',
    timeZoneSet: true,
    cleanTime: {
      __typename: 'CleanTimeCount',
      today: '2026-01-31',
      days: 30,
      years: 0,
      months: 0,
      remainderDays: 30,
      latest: {
        __typename: 'ReachedMilestone',
        key: 'd30',
        unit: 'DAYS',
        amount: 30,
        date: '2026-01-31',
        daysAgo: 0,
      },
      next: {
        __typename: 'UpcomingMilestone',
        key: 'd60',
        unit: 'DAYS',
        amount: 60,
        date: '2026-03-02',
        daysAway: 30,
      },
    },
    ...overrides,
  };
}

export function plan(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'RecoveryPlan',
    warningSigns: ['Skipping meetings'],
    triggers: {
      __typename: 'PlanTriggers',
      people: [],
      places: ['The bar on 5th'],
      things: [],
      feelings: [],
    },
    halt: { __typename: 'PlanHalt', hungry: '', angry: '', lonely: 'Call Jess', tired: '' },
    copingActions: [],
    reasons: ['My daughter'],
    people: [{ __typename: 'PlanPerson', name: 'Jess', phone: '+1 555-0142', note: 'sister' }],
    sponsor: null,
    updatedAt: '2026-01-20T10:00:00.000Z',
    ...overrides,
  };
}

export const sponsor = { __typename: 'PlanSponsor', id: 's1', displayName: 'Maria G.' };

export function worksheet(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Worksheet',
    id: 'w1',
    kind: 'COST_BENEFIT',
    title: 'Using vs. staying clean',
    mine: true,
    owner: { __typename: 'WorksheetPerson', id: 'a1', displayName: 'Ana R.' },
    sharedWith: null,
    visibleToSponsor: false,
    updatedAt: '2026-01-20T10:00:00.000Z',
    costBenefit: {
      __typename: 'CostBenefit',
      behavior: 'Using opioids',
      usingBenefits: ['Numbs everything'],
      usingCosts: ['Lost my job'],
      notUsingBenefits: [],
      notUsingCosts: [],
      reflection: '',
    },
    abc: null,
    changePlan: null,
    ...overrides,
  };
}

export function resource(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Resource',
    id: 'r1',
    title: '988 Suicide & Crisis Lifeline',
    summary: 'Call or text 988.',
    body: '',
    steps: [],
    programs: ['GENERAL'],
    kind: 'HOTLINE',
    language: 'en',
    country: 'US',
    url: 'https://988lifeline.org/',
    phone: '988',
    textNumber: '988',
    tty: null,
    sourceUrl: null,
    worksheetKind: null,
    ...overrides,
  };
}

export function resourcePage(resources: ReturnType<typeof resource>[], hasNextPage = false) {
  return {
    __typename: 'ResourcePage',
    total: resources.length,
    hasNextPage,
    endCursor: hasNextPage ? 'c1' : null,
    resources,
  };
}

export function meeting(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'Meeting',
    id: 'm1',
    name: 'Just for Today Online',
    program: { __typename: 'RecoveryProgram', code: 'NA', name: 'Narcotics Anonymous' },
    online: { __typename: 'OnlineAccess', url: 'https://zoom.us/j/123', phone: null, provider: 'Zoom' },
    upcoming: [
      {
        __typename: 'MeetingOccurrence',
        start: '2026-01-31T19:30:00.000Z',
        inProgress: false,
        startsInMinutes: 20,
      },
    ],
    ...overrides,
  };
}

export const meetingsAnswer = (nodes: ReturnType<typeof meeting>[]) => ({
  data: {
    meetings: {
      __typename: 'MeetingConnection',
      edges: nodes.map((node) => ({ __typename: 'MeetingEdge', node })),
    },
  },
});
