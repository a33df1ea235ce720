import type { PlanFieldsFragment, RecoveryPlanInput } from '@kinship/web/data';
import { PHONE_PATTERN } from '@kinship/shared/contracts';

export interface PersonDraft {
  name: string;
  phone: string;
  note: string;
}

/** The plan as the form edits it: the API's input, every field present. */
export interface PlanDraft {
  warningSigns: string[];
  triggers: { people: string[]; places: string[]; things: string[]; feelings: string[] };
  halt: { hungry: string; angry: string; lonely: string; tired: string };
  copingActions: string[];
  reasons: string[];
  people: PersonDraft[];
}

export function draftOf(plan: PlanFieldsFragment): PlanDraft {
  return {
    warningSigns: [...plan.warningSigns],
    triggers: {
      people: [...plan.triggers.people],
      places: [...plan.triggers.places],
      things: [...plan.triggers.things],
      feelings: [...plan.triggers.feelings],
    },
    halt: {
      hungry: plan.halt.hungry,
      angry: plan.halt.angry,
      lonely: plan.halt.lonely,
      tired: plan.halt.tired,
    },
    copingActions: [...plan.copingActions],
    reasons: [...plan.reasons],
    people: plan.people.map((p) => ({ name: p.name, phone: p.phone, note: p.note })),
  };
}

const isBlank = (p: PersonDraft) => !p.name.trim() && !p.phone.trim() && !p.note.trim();

/** Problems with the people rows, by index: a number that cannot be dialled, or a number without a name. */
export function peopleProblems(people: PersonDraft[]): Record<number, 'phone' | 'name'> {
  const problems: Record<number, 'phone' | 'name'> = {};
  people.forEach((p, i) => {
    if (isBlank(p)) return;
    if (!PHONE_PATTERN.test(p.phone.trim())) problems[i] = 'phone';
    else if (!p.name.trim()) problems[i] = 'name';
  });
  return problems;
}

/** What is sent: blank people rows dropped (blank list items are dropped by the API). */
export function inputOf(draft: PlanDraft): RecoveryPlanInput {
  return {
    ...draft,
    people: draft.people
      .filter((p) => !isBlank(p))
      .map((p) => ({ name: p.name.trim(), phone: p.phone.trim(), note: p.note.trim() })),
  };
}
