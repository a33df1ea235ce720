import { registerEnumType } from '@nestjs/graphql';

/** Which tradition a resource belongs to (a resource may serve several). Stored as the lowercase values. */
export enum ResourceProgram {
  TWELVE_STEP = 'twelve_step',
  SMART = 'smart',
  GENERAL = 'general',
  HARM_REDUCTION = 'harm_reduction',
}
registerEnumType(ResourceProgram, {
  name: 'ResourceProgram',
  description: 'TWELVE_STEP (NA, AA), SMART (SMART Recovery), GENERAL, HARM_REDUCTION',
});

export enum ResourceKind {
  LITERATURE = 'literature',
  TOOL = 'tool',
  HOTLINE = 'hotline',
  SERVICE_FINDER = 'service_finder',
  HOW_TO = 'how_to',
}
registerEnumType(ResourceKind, {
  name: 'ResourceKind',
  description: 'LITERATURE, TOOL (a worksheet or exercise), HOTLINE, SERVICE_FINDER, HOW_TO',
});

/** The SMART Recovery worksheets a member can fill in here. */
export enum WorksheetKind {
  COST_BENEFIT = 'cost_benefit',
  ABC = 'abc',
  CHANGE_PLAN = 'change_plan',
}
registerEnumType(WorksheetKind, {
  name: 'WorksheetKind',
  description:
    'COST_BENEFIT (Cost-Benefit Analysis), ABC (with Disputing and Effective new beliefs), CHANGE_PLAN',
});

export enum MilestoneUnit {
  HOURS = 'hours',
  DAYS = 'days',
  MONTHS = 'months',
  YEARS = 'years',
}
registerEnumType(MilestoneUnit, { name: 'MilestoneUnit' });

export const enumValues = <T extends Record<string, string>>(e: T): T[keyof T][] =>
  Object.values(e) as T[keyof T][];
