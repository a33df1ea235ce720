/**
 * How features that are not sponsorship learn who a member's sponsor is (the recovery plan's "people to
 * call", sharing a worksheet with one's sponsor) without importing the sponsorship feature. The
 * sponsorship feature provides it under SPONSOR_LOOKUP; consumers inject it with @Optional() and treat a
 * missing provider as "no sponsor".
 */
export interface SponsorLookup {
  /** The sponsor (or mentor) of `memberId` in an active relationship, or null. */
  currentSponsorOf(memberId: string): Promise<{ id: string; displayName: string } | null>;
}

export const SPONSOR_LOOKUP = Symbol('SPONSOR_LOOKUP');
