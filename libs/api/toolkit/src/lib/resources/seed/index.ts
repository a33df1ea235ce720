import { HARM_REDUCTION_SEED } from './harm-reduction.seed';
import { HELP_LINES_SEED } from './help-lines.seed';
import { SMART_SEED } from './smart.seed';
import { TWELVE_STEP_SEED } from './twelve-step.seed';
import type { ResourceSeed } from './resource-seed';

export type { ResourceSeed } from './resource-seed';

/** The library as shipped, in the order it is listed before anyone searches: help first. */
export const RESOURCE_SEED: readonly ResourceSeed[] = [
  ...HELP_LINES_SEED,
  ...HARM_REDUCTION_SEED,
  ...TWELVE_STEP_SEED,
  ...SMART_SEED,
];
