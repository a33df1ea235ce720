import type { TFunction } from 'i18next';
import {
  CRISIS_STEP_TEMPLATES,
  CRISIS_STEPS,
  type CrisisKind,
  type CrisisSupport,
} from '@kinship/shared/contracts';

/** Kinds that are emergencies: the help is urgent and red. Every other kind gets a warm, calm tone. */
export const EMERGENCY_KINDS: readonly string[] = ['overdose', 'suicide'];

export const isEmergency = (kind: string) => EMERGENCY_KINDS.includes(kind);

/** Where each kind's steps live in the translations. */
const STEP_PATHS: Record<CrisisKind, string> = {
  overdose: 'help.overdoseSteps',
  suicide: 'crisis.suicideSteps',
  using_alone: 'crisis.usingAloneSteps',
  relapse: 'crisis.relapseSteps',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The emergency number in a step written from a template with `{{emergency}}`, or null if it is not one. */
function emergencyIn(template: string, sent: string): string | null {
  const [before, after] = template.split('{{emergency}}').map(escape);
  const match = new RegExp(`^${before}(.+?)${after}$`, 'u').exec(sent);
  return match ? match[1] : null;
}

/**
 * The steps of a crisis payload in the reader's language. The API writes each country's steps from the
 * shared templates (CRISIS_STEP_TEMPLATES); a step recognised as one of them is shown translated, with the
 * country's own number or line filled in. Any other step (a new kind, wording this client does not know)
 * is shown as the API sent it; with no steps sent, the known steps of the kind are shown.
 */
export function crisisSteps(t: TFunction, crisis: CrisisSupport): { key: string; text: string }[] {
  const templates = (CRISIS_STEP_TEMPLATES as Record<string, Record<string, string>>)[crisis.kind];
  const usText = (CRISIS_STEPS as Record<string, Record<string, string>>)[crisis.kind];
  if (!templates) return crisis.steps.map((text, index) => ({ key: `sent-${index}`, text }));
  const keys = Object.keys(templates);
  const sent = crisis.steps.length > 0 ? crisis.steps : keys.map((k) => usText[k]);
  const path = STEP_PATHS[crisis.kind as CrisisKind];
  const overdoseLine = crisis.lines.find((l) => l.id === 'never-use-alone' || l.id === 'nors');

  return sent.map((text, index) => {
    const asSent = { key: `sent-${index}`, text };
    const key = keys[index];
    const template = key ? templates[key] : undefined;
    if (!key || !template) return asSent;
    const translated = (values: Record<string, string> = {}) => ({
      key,
      text: t(`${path}.${key}`, { ...values, defaultValue: text }),
    });
    if (template.includes('{{emergency}}')) {
      const number = emergencyIn(template, text);
      return number ? translated({ number }) : asSent;
    }
    if (template.includes('{{overdoseLine}}')) {
      return overdoseLine?.call && text.includes(overdoseLine.call)
        ? translated({ name: overdoseLine.name, number: overdoseLine.call })
        : asSent;
    }
    // The crisis line's sentence (988 in the US) and every fixed step: translated only when it is ours.
    return text === usText[key] ? translated() : asSent;
  });
}
