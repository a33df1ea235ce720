import { Inject, Injectable, Optional } from '@nestjs/common';
import { SPONSOR_LOOKUP, type SponsorLookup } from '@kinship/api/core';

export interface CurrentSponsor {
  id: string;
  displayName: string;
}

/**
 * Who a member's current sponsor (or mentor) is, asked fresh every time: the plan's sponsor entry and a
 * worksheet's sharing follow the relationship as it is now. Without the sponsorship feature (no
 * SPONSOR_LOOKUP provider) nobody has a sponsor.
 */
@Injectable()
export class SponsorDirectory {
  constructor(@Optional() @Inject(SPONSOR_LOOKUP) private readonly lookup?: SponsorLookup) {}

  async sponsorOf(memberId: string): Promise<CurrentSponsor | null> {
    if (!this.lookup) return null;
    const sponsor = await this.lookup.currentSponsorOf(memberId);
    return sponsor ? { id: sponsor.id, displayName: sponsor.displayName } : null;
  }

  /** True when `sponsorId` is `memberId`'s sponsor right now. */
  async isCurrentSponsor(memberId: string, sponsorId: string): Promise<boolean> {
    return (await this.sponsorOf(memberId))?.id === sponsorId;
  }
}
