import type { WorksheetFieldsFragment, WorksheetKind } from '@kinship/web/data';

export type FieldKey =
  | 'behavior'
  | 'usingBenefits'
  | 'usingCosts'
  | 'notUsingBenefits'
  | 'notUsingCosts'
  | 'reflection'
  | 'activatingEvent'
  | 'beliefs'
  | 'consequences'
  | 'disputing'
  | 'effectiveBeliefs'
  | 'changes'
  | 'reasons'
  | 'steps'
  | 'helpers'
  | 'signsOfSuccess'
  | 'obstacles';

export interface FieldDef {
  key: FieldKey;
  type: 'text' | 'list';
}

/** Each worksheet's fields, in the order the form shows them. */
export const WORKSHEET_FIELDS: Record<WorksheetKind, FieldDef[]> = {
  COST_BENEFIT: [
    { key: 'behavior', type: 'text' },
    { key: 'usingBenefits', type: 'list' },
    { key: 'usingCosts', type: 'list' },
    { key: 'notUsingBenefits', type: 'list' },
    { key: 'notUsingCosts', type: 'list' },
    { key: 'reflection', type: 'text' },
  ],
  ABC: [
    { key: 'activatingEvent', type: 'text' },
    { key: 'beliefs', type: 'text' },
    { key: 'consequences', type: 'text' },
    { key: 'disputing', type: 'text' },
    { key: 'effectiveBeliefs', type: 'text' },
  ],
  CHANGE_PLAN: [
    { key: 'changes', type: 'text' },
    { key: 'reasons', type: 'text' },
    { key: 'steps', type: 'text' },
    { key: 'helpers', type: 'text' },
    { key: 'signsOfSuccess', type: 'text' },
    { key: 'obstacles', type: 'text' },
  ],
};

export type WorksheetValues = Partial<Record<FieldKey, string | string[]>>;

/** A saved worksheet's content as the form's values. */
export function valuesOf(sheet: WorksheetFieldsFragment): WorksheetValues {
  const content = sheet.costBenefit ?? sheet.abc ?? sheet.changePlan ?? {};
  const values: WorksheetValues = {};
  for (const field of WORKSHEET_FIELDS[sheet.kind]) {
    const value = (content as Record<string, unknown>)[field.key];
    if (typeof value === 'string' || Array.isArray(value)) values[field.key] = value as string | string[];
  }
  return values;
}

export const text = (values: WorksheetValues, key: FieldKey): string => {
  const value = values[key];
  return typeof value === 'string' ? value : '';
};

export const list = (values: WorksheetValues, key: FieldKey): string[] => {
  const value = values[key];
  return Array.isArray(value) ? value : [];
};
