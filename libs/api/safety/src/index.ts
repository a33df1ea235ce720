export {
  detectCrisis,
  crisisSupport,
  normalizeForMatching,
  type CrisisDetection,
} from './lib/crisis-detector';
