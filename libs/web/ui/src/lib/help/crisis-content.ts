import type { TFunction } from 'i18next';
import { CRISIS_STEPS, type CrisisSupport } from '@kinship/shared/contracts';

/** Kinds that are emergencies: the help is urgent and red. Every other kind gets a warm, calm tone. */
export const EMERGENCY_KINDS: readonly string[] = ['overdose', 'suicide'];

export const isEmergency = (kind: string) => EMERGENCY_KINDS.includes(kind);

/**
 * The steps of a crisis payload in the reader's language. A step the web client knows (same English text
 * as the shared contracts) is shown translated; any other step (a new kind, another country's wording) is
 * shown as the API sent it. With no steps sent, the known steps of the kind are shown.
 */
export function crisisSteps(t: TFunction, crisis: CrisisSupport): { key: string; text: string }[] {
  const known: Record<string, string> =
    (CRISIS_STEPS as Record<string, Record<string, string>>)[crisis.kind] ?? {};
  const sent = crisis.steps.length > 0 ? crisis.steps : Object.values(known);
  return sent.map((text, index) => {
    const key = Object.keys(known).find((k) => known[k] === text);
    if (!key) return { key: `sent-${index}`, text };
    const path =
      crisis.kind === 'overdose' ? `help.overdoseSteps.${key}` : `crisis.${crisis.kind}Steps.${key}`;
    return { key, text: t(path, { number: '911', defaultValue: text }) };
  });
}
