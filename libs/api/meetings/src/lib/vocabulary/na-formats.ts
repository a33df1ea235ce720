/** Names of a type code by language (ISO 639-1); English is always present. */
export type TypeNames = Record<string, string> & { en: string };

/**
 * NA's world format codes (NAWS) that the Meeting Guide vocabulary does not have. Codes both share (C, CAN,
 * LIT, M, MED, O, W, X, Y) keep their Meeting Guide names. English, Spanish and French names follow the
 * Greater New York BMLT formats (see NOTICE.md).
 */
export const NA_FORMATS: Record<string, TypeNames> = {
  BEG: { en: 'Beginners', es: 'Para el recién llegado', fr: 'Débutants' },
  BT: { en: 'Basic Text', es: 'Texto Básico', fr: 'Texte de Base' },
  CPT: { en: 'Concepts', es: 'Conceptos', fr: 'Concepts' },
  CW: { en: 'Children Welcome', es: 'Niños bienvenidos', fr: 'Enfants bienvenus' },
  DISC: { en: 'Discussion', es: 'Discusión', fr: 'Discussion' },
  GL: { en: 'Gay/Lesbian/Transgender', es: 'Gay/Lesbiana/Transgénero', fr: 'Gais, lesbiennes, trans' },
  IP: { en: 'Informational Pamphlet', es: 'Folleto Informativo', fr: 'Brochures' },
  IW: { en: 'It Works: How and Why', es: 'Funciona: Cómo y Por qué', fr: 'Ça marche, Comment et Pourquoi' },
  JFT: { en: 'Just for Today', es: 'Solo por Hoy', fr: "Juste pour aujourd'hui" },
  LC: { en: 'Living Clean', es: 'Vivir Limpio', fr: 'Vivre abstinent' },
  NS: { en: 'Non-Smoking', es: 'No se permite fumar', fr: 'Non-fumeurs' },
  QA: { en: 'Questions and Answers', es: 'Preguntas y Respuestas', fr: 'Questions et Réponses' },
  RA: { en: 'Restricted Attendance', es: 'Asistencia Restringida', fr: 'Accès limité' },
  SMOK: { en: 'Smoking', es: 'Se permite fumar', fr: 'Fumeurs' },
  SPAD: {
    en: 'A Spiritual Principle a Day',
    es: 'Un Principio Espiritual al Día',
    fr: 'Un principe spirituel par jour',
  },
  SPK: { en: 'Speaker', es: 'Orador', fr: 'Partage' },
  STEP: { en: 'Step Meeting', es: 'Pasos', fr: 'Étapes NA' },
  SWG: { en: 'Step Working Guide', es: 'Guía para Trabajar los Pasos', fr: 'Guides des Étapes' },
  TOP: { en: 'Topic', es: 'Tema', fr: 'Thématique' },
  TRAD: { en: 'Tradition', es: 'Tradiciones', fr: 'Traditions' },
  VAR: { en: 'Rotating Format', es: 'Formato que Rota', fr: 'Format varié' },
};

/**
 * BMLT world ids that are spelled differently from our codes. Every other world id is used as it is when
 * it is a known code.
 */
export const BMLT_WORLD_ID_CODES: Record<string, string> = {
  OPEN: 'O',
  CLOSED: 'C',
  WCHR: 'X',
};

/**
 * BMLT format keys common on NA servers that carry no (or only a generic "LANG") world id, but do have
 * an equivalent code. Keys are matched case-sensitively, as BMLT does.
 */
export const BMLT_KEY_CODES: Record<string, string> = {
  ES: 'S',
  SL: 'ASL',
  ASL: 'ASL',
  Ag: 'A',
  NS: 'NS',
  ENG: 'EN',
  FIN: 'FI',
  PER: 'FA',
};

/** BMLT formats that describe attendance, which we derive from the address, link and phone instead. */
export const BMLT_ATTENDANCE_KEYS = new Set(['WEB', 'VM', 'HY', 'VO', 'OL']);

/**
 * NA codes that have a Meeting Guide equivalent: the feed publishes the Meeting Guide code, so tsml-ui and
 * the Meeting Guide app can filter by it; an NA meeting imported from a feed gets its NA code back.
 */
export const NA_TO_MEETING_GUIDE: Readonly<Record<string, string>> = {
  BEG: 'BE',
  CW: 'CF',
  DISC: 'D',
  GL: 'LGBTQ',
  SMOK: 'SM',
  SPK: 'SP',
  STEP: 'ST',
  TRAD: 'TR',
};

export const MEETING_GUIDE_TO_NA: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(NA_TO_MEETING_GUIDE).map(([na, mg]) => [mg, na]),
);
