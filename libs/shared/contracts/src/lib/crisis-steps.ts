import type { CrisisKind } from './chat';

/**
 * What to do right now, by kind of crisis, in order: the one source of these steps (the API's crisis help,
 * the web's Help now page and panels, the toolkit's library). Each step has a key so that clients can show
 * it in the reader's language. `{{emergency}}`, `{{crisisLine}}` and `{{overdoseLine}}` are filled in per
 * country by `crisisSteps()`; CRISIS_STEPS below is the United States text.
 *
 * Overdose and suicide are emergencies. Relapse risk and using alone are not: the words are warm and never
 * alarming, and they offer people and harm reduction, not a lecture.
 */
export const CRISIS_STEP_TEMPLATES = {
  overdose: {
    call: 'Call {{emergency}} now. Say the person is not breathing or will not wake up, and give the address.',
    naloxone: 'Give naloxone (Narcan) if you have it: one spray in one nostril.',
    position: 'Put them in the rescue position: on their side, top knee bent, head tilted back.',
    stay: 'Stay with them until help arrives. If they do not respond in 2 to 3 minutes, give a second dose in the other nostril.',
  },
  suicide: {
    call: '{{crisisLine}}',
    danger: 'If you are in immediate danger, call {{emergency}}.',
    stay: 'Stay with someone you trust, or keep talking here while you reach out.',
  },
  using_alone: {
    line: '{{overdoseLine}}',
    naloxone: 'Keep naloxone (Narcan) where someone can see it, and let someone know where you are.',
    slow: 'Go slow and start with less: tolerance drops fast after a break, and drugs can contain fentanyl.',
    reachOut:
      'If part of you would rather not use, your sponsor or a meeting starting soon is one message away.',
  },
  relapse: {
    reachOut:
      'Thank you for saying it. Reach out now to your sponsor or someone from your plan: this moment can pass.',
    meeting: 'A meeting starting soon, online or nearby, can get you through the next hour.',
    wait: 'Urges rise and fall. Put some time between you and using: 15 minutes, a walk, a glass of water, a call.',
    safer:
      'If you do use: not alone, start with less (tolerance drops fast after a break), naloxone at hand.',
  },
} as const satisfies Record<CrisisKind, Record<string, string>>;

export type CrisisStepKey<K extends CrisisKind> = keyof (typeof CRISIS_STEP_TEMPLATES)[K];

/** The blanks of the step templates, for one country. */
export interface CrisisStepValues {
  emergency: string;
  crisisLine: string;
  overdoseLine: string;
}

/** The United States values: 911, 988 and Never Use Alone. */
export const US_STEP_VALUES: CrisisStepValues = {
  emergency: '911',
  crisisLine: 'Call or text 988 now, any time. You can also chat at 988lifeline.org.',
  overdoseLine:
    'If you are going to use, don’t use alone: call Never Use Alone at 1-800-484-3731. Someone stays on the line and sends help to where you are if you stop responding.',
};

export function fillStep(template: string, values: CrisisStepValues): string {
  return template.replace(
    /\{\{(emergency|crisisLine|overdoseLine)\}\}/gu,
    (_, key: keyof CrisisStepValues) => values[key],
  );
}

const fillAll = <K extends CrisisKind>(kind: K) =>
  Object.fromEntries(
    Object.entries(CRISIS_STEP_TEMPLATES[kind]).map(([key, text]) => [key, fillStep(text, US_STEP_VALUES)]),
  ) as Record<CrisisStepKey<K>, string>;

/** The steps as shown in the United States (the default country). */
export const CRISIS_STEPS: { [K in CrisisKind]: Record<CrisisStepKey<K>, string> } = {
  overdose: fillAll('overdose'),
  suicide: fillAll('suicide'),
  using_alone: fillAll('using_alone'),
  relapse: fillAll('relapse'),
};

/** The keys of one kind's steps, in order. */
export function crisisStepKeys<K extends CrisisKind>(kind: K): CrisisStepKey<K>[] {
  return Object.keys(CRISIS_STEP_TEMPLATES[kind]) as CrisisStepKey<K>[];
}

/** One kind's steps for a country's values, in order. */
export function crisisSteps(kind: CrisisKind, values: CrisisStepValues = US_STEP_VALUES): string[] {
  return Object.values<string>(CRISIS_STEP_TEMPLATES[kind]).map((t) => fillStep(t, values));
}

/** What to do for an overdose in progress, in order (United States). */
export const OVERDOSE_STEPS: readonly string[] = Object.values(CRISIS_STEPS.overdose);

/** What to do when thinking about suicide (United States). */
export const SUICIDE_STEPS: readonly string[] = Object.values(CRISIS_STEPS.suicide);

/** The overdose steps in Spanish (United States), for the toolkit library's Spanish guide. */
export const OVERDOSE_STEPS_ES: readonly string[] = [
  'Llama al 911 (o al número de emergencias de tu país). Di que la persona no respira o no despierta y da la dirección.',
  'Dale naloxona (Narcan) si la tienes: una aplicación en una fosa nasal.',
  'Ponla en la posición de recuperación: de lado, con la rodilla de arriba doblada y la cabeza inclinada hacia atrás para que no se ahogue.',
  'Quédate con ella hasta que llegue la ayuda. Si no responde en 2 o 3 minutos, dale una segunda dosis en la otra fosa nasal.',
];
