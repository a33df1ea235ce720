/** Limits of the recovery toolkit, shared by the API's validation and the web client's forms. */
export const TOOLKIT_LIMITS = {
  resource: {
    titleMax: 160,
    summaryMax: 600,
    bodyMax: 6000,
    stepsMax: 12,
    stepMax: 400,
    urlMax: 500,
    phoneMax: 32,
    queryMax: 100,
  },
  plan: {
    listMax: 20,
    itemMax: 200,
    haltNoteMax: 300,
    peopleMax: 10,
    personNameMax: 60,
    personNoteMax: 120,
  },
  worksheet: {
    titleMax: 120,
    fieldMax: 2000,
    listMax: 20,
    itemMax: 300,
    perMemberMax: 200,
  },
  checkIn: {
    moodMin: 1,
    moodMax: 5,
    cravingMin: 0,
    cravingMax: 4,
    noteMax: 280,
    historyDaysMax: 366,
  },
} as const;

/** Phone numbers members type for their plan's people: digits, spaces and + ( ) - . only. */
export const PHONE_PATTERN = /^\+?[0-9 ().-]{3,32}$/;
