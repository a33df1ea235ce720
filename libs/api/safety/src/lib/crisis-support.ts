import { crisisHelp, type CrisisKind, type CrisisSupport } from '@kinship/shared/contracts';

/**
 * The help to show for a kind of crisis: who to call or text (for the member's country; default US), and
 * what to do right now. The lines and steps live in one place, @kinship/shared/contracts.
 */
export function crisisSupport(kind: CrisisKind, country?: string | null): CrisisSupport {
  return crisisHelp(kind, country ?? 'US');
}

/** Overdose and suicide put an urgent item in front of moderators; relapse risk and using alone do not. */
export function isUrgentCrisis(kind: CrisisKind | null | undefined): boolean {
  return kind === 'overdose' || kind === 'suicide';
}
