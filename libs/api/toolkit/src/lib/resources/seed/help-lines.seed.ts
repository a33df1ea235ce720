import { ResourceKind as K, ResourceProgram as P } from '../../shared/toolkit.enums';
import { helpLineContact } from '@kinship/shared/contracts';
import type { ResourceSeed } from './resource-seed';

/**
 * Help lines and service finders, by country, in English and (for the US) Spanish. Numbers and addresses come
 * from the one list in @kinship/shared/contracts (help-lines.ts); only the library's words are here.
 */
export const HELP_LINES_SEED: ResourceSeed[] = [
  {
    key: 'us-988.en',
    title: '988 Suicide & Crisis Lifeline',
    summary:
      'Call or text 988, or chat online, any time, for yourself or someone you are worried about, including during a substance use crisis. Press 1 for the Veterans Crisis Line, 2 for Spanish.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'US',
    ...helpLineContact('US', '988'),
  },
  {
    key: 'us-988.es',
    title: '988 Línea de Prevención del Suicidio y Crisis',
    summary:
      'Llama o envía un mensaje de texto al 988, o chatea en línea, a cualquier hora, para ti o para alguien que te preocupa, también ante una crisis por consumo de sustancias. Marca 2 para hablar en español.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'es',
    country: 'US',
    ...helpLineContact('US', '988'),
    url: 'https://988lineadevida.org/',
  },
  {
    key: 'us-samhsa.en',
    title: 'SAMHSA National Helpline',
    summary:
      'Free, confidential treatment referral and information, 24 hours a day, 365 days a year, in English and Spanish. They can point you to treatment, support groups and community services near you.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'US',
    ...helpLineContact('US', 'samhsa'),
  },
  {
    key: 'us-samhsa.es',
    title: 'Línea Nacional de Ayuda de SAMHSA',
    summary:
      'Información y derivación a tratamiento, gratuita y confidencial, las 24 horas, todos los días del año, en inglés y en español. Te orientan hacia tratamiento, grupos de apoyo y servicios cerca de ti.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'es',
    country: 'US',
    ...helpLineContact('US', 'samhsa'),
  },
  {
    key: 'us-findtreatment.en',
    title: 'FindTreatment.gov',
    summary:
      'The US government’s confidential, anonymous finder for treatment facilities, including those that offer medication for opioid use disorder, by location, payment and services.',
    programs: [P.GENERAL],
    kind: K.SERVICE_FINDER,
    language: 'en',
    country: 'US',
    url: 'https://findtreatment.gov/',
  },
  {
    key: 'us-findtreatment.es',
    title: 'FindTreatment.gov (buscador de tratamiento)',
    summary:
      'El buscador confidencial y anónimo del gobierno de EE. UU. para encontrar centros de tratamiento, incluidos los que ofrecen medicamentos para el trastorno por consumo de opioides, por lugar, forma de pago y servicios.',
    programs: [P.GENERAL],
    kind: K.SERVICE_FINDER,
    language: 'es',
    country: 'US',
    url: 'https://findtreatment.gov/',
  },
  {
    key: 'us-never-use-alone.en',
    title: 'Never Use Alone',
    summary:
      'If you are going to use, do not use alone. Call this free line: someone stays on the phone with you and, if you stop responding, sends emergency help to your location. No judgment.',
    programs: [P.HARM_REDUCTION],
    kind: K.HOTLINE,
    language: 'en',
    country: 'US',
    ...helpLineContact('US', 'never-use-alone'),
  },
  {
    key: 'us-never-use-alone.es',
    title: 'Never Use Alone (no consumas a solas)',
    summary:
      'Si vas a consumir, no lo hagas a solas. Llama a esta línea gratuita: alguien se queda al teléfono contigo y, si dejas de responder, envía ayuda de emergencia a tu ubicación. Sin juicios.',
    programs: [P.HARM_REDUCTION],
    kind: K.HOTLINE,
    language: 'es',
    country: 'US',
    ...helpLineContact('US', 'never-use-alone'),
  },
  {
    key: 'us-crisis-text-line.en',
    title: 'Crisis Text Line',
    summary:
      'Text HOME to 741741 to reach a trained volunteer crisis counselor, 24/7, when talking on the phone feels like too much.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'US',
    ...helpLineContact('US', 'crisis-text-line'),
  },
  {
    key: 'us-crisis-text-line.es',
    title: 'Crisis Text Line (mensajes de texto)',
    summary:
      'Envía la palabra HOME al 741741 para hablar por mensajes con una persona voluntaria capacitada en crisis, a cualquier hora, cuando hablar por teléfono es demasiado.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'es',
    country: 'US',
    ...helpLineContact('US', 'crisis-text-line'),
  },
  {
    key: 'ca-988.en',
    title: '9-8-8 Suicide Crisis Helpline (Canada)',
    summary: 'Call or text 9-8-8, any time, anywhere in Canada, in English or French.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'CA',
    ...helpLineContact('CA', '988-ca'),
  },
  {
    key: 'ca-nors.en',
    title: 'National Overdose Response Service (Canada)',
    summary:
      'If you are going to use alone, call: a peer stays on the line and sends help if you stop responding. Free, confidential, 24/7.',
    programs: [P.HARM_REDUCTION],
    kind: K.HOTLINE,
    language: 'en',
    country: 'CA',
    ...helpLineContact('CA', 'nors'),
  },
  {
    key: 'gb-samaritans.en',
    title: 'Samaritans (UK)',
    summary: 'Call 116 123 free, any time, day or night, to talk to someone who will listen without judging.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'GB',
    ...helpLineContact('GB', 'samaritans'),
  },
  {
    key: 'ie-samaritans.en',
    title: 'Samaritans (Ireland)',
    summary: 'Call 116 123 free, any time, day or night, to talk to someone who will listen without judging.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'IE',
    ...helpLineContact('IE', 'samaritans'),
    url: 'https://www.samaritans.org/ireland/',
  },
  {
    key: 'au-lifeline.en',
    title: 'Lifeline (Australia)',
    summary: 'Call 13 11 14 for crisis support and suicide prevention, 24 hours a day.',
    programs: [P.GENERAL],
    kind: K.HOTLINE,
    language: 'en',
    country: 'AU',
    ...helpLineContact('AU', 'lifeline-au'),
  },
  {
    key: 'findahelpline.en',
    title: 'Find a Helpline (every other country)',
    summary:
      'A directory of free, confidential crisis lines in more than 130 countries, searchable by country and by topic.',
    programs: [P.GENERAL],
    kind: K.SERVICE_FINDER,
    language: 'en',
    ...helpLineContact('US', 'findahelpline'),
  },
  {
    key: 'findahelpline.es',
    title: 'Find a Helpline (otros países)',
    summary:
      'Un directorio de líneas de crisis gratuitas y confidenciales en más de 130 países, con búsqueda por país y por tema.',
    programs: [P.GENERAL],
    kind: K.SERVICE_FINDER,
    language: 'es',
    ...helpLineContact('US', 'findahelpline'),
  },
];
