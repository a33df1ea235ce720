export { detectCrisis, CRISIS_PRECEDENCE, type CrisisDetection } from './lib/crisis-detector';
export { crisisSupport, isUrgentCrisis } from './lib/crisis-support';
export { normalizeForMatching } from './lib/normalize';
export { CrisisKindEnum } from './lib/crisis-kind.enum';
