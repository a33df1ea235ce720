import type { WorksheetKind } from '@kinship/web/data';

/** How each worksheet kind appears in addresses: /toolkit/worksheets/new/cost-benefit. */
export const KIND_SLUGS: Record<WorksheetKind, string> = {
  COST_BENEFIT: 'cost-benefit',
  ABC: 'abc',
  CHANGE_PLAN: 'change-plan',
};

export function kindOfSlug(slug: string | undefined): WorksheetKind | null {
  const found = (Object.entries(KIND_SLUGS) as [WorksheetKind, string][]).find(([, s]) => s === slug);
  return found ? found[0] : null;
}

export const newWorksheetPath = (kind: WorksheetKind) => `/toolkit/worksheets/new/${KIND_SLUGS[kind]}`;
