import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SponsorLookup } from '@kinship/api/core';

/**
 * Answers other features' "who is this member's sponsor?" (core's SponsorLookup). A member may have one
 * active sponsor per program; the longest-standing active one is the sponsor shown elsewhere.
 */
@Injectable()
export class SponsorDirectory implements SponsorLookup {
  constructor(private readonly dataSource: DataSource) {}

  async currentSponsorOf(memberId: string): Promise<{ id: string; displayName: string } | null> {
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT u.id, u.display_name
         FROM sponsorships s JOIN users u ON u.id = s.sponsor_id
        WHERE s.sponsee_id = $1 AND s.status = 'active'
        ORDER BY s.started_at ASC NULLS LAST, s.id
        LIMIT 1`,
      [memberId],
    );
    return rows[0] ? { id: rows[0].id, displayName: rows[0].display_name } : null;
  }
}
