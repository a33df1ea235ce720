import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '@kinship/api/core';
import { SponsorshipNotificationKind as Kind } from '../notifications/notification.models';
import type { SponsorshipBlockedMember } from './relationship.models';
import { RelationshipsService } from './relationships.service';

/**
 * Blocking: the two members are never matched again, neither can ask the other, and anything open between
 * them ends at once (its conversation closes on every node). The blocked member is never told why.
 */
@Injectable()
export class BlocksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly relationships: RelationshipsService,
  ) {}

  async block(userId: string, memberId: string): Promise<boolean> {
    if (memberId === userId) throw badInput('You cannot block yourself.');
    await this.relationships.transact(async (m, after) => {
      const [exists]: unknown[] = await m.query('SELECT 1 FROM users WHERE id = $1', [memberId]);
      if (!exists) throw notFound('There is no member with that id.');
      await m.query(
        'INSERT INTO sponsorship_blocks (blocker_id, blocked_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [userId, memberId],
      );
      const [open]: [{ id: string; sponsor_id: string; sponsee_id: string; status: string }[], number] =
        await m.query(
          `UPDATE sponsorships
              SET status = CASE WHEN status = 'active' THEN 'ended'
                                WHEN sponsor_id = $1 THEN 'declined' ELSE 'withdrawn' END,
                  ended_at = CASE WHEN status = 'active' THEN now() END,
                  ended_by = CASE WHEN status = 'active' THEN $1::uuid END,
                  responded_at = coalesce(responded_at, now())
            WHERE ((sponsor_id = $1 AND sponsee_id = $2) OR (sponsor_id = $2 AND sponsee_id = $1))
              AND status IN ('pending', 'active')
        RETURNING id, sponsor_id, sponsee_id,
                  CASE WHEN ended_at IS NOT NULL THEN 'active' ELSE 'pending' END AS status`,
          [userId, memberId],
        );
      for (const s of open) {
        const kind =
          s.status === 'active'
            ? Kind.SPONSORSHIP_ENDED
            : s.sponsor_id === userId
              ? Kind.REQUEST_DECLINED
              : Kind.REQUEST_WITHDRAWN;
        after.notify.push({ userId: memberId, kind, sponsorshipId: s.id, actorId: userId });
        if (s.status === 'active') after.close.push({ id: s.id, members: [s.sponsor_id, s.sponsee_id] });
      }
    });
    return true;
  }

  async unblock(userId: string, memberId: string): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM sponsorship_blocks WHERE blocker_id = $1 AND blocked_id = $2',
      [userId, memberId],
    );
    return count > 0;
  }

  async list(userId: string): Promise<SponsorshipBlockedMember[]> {
    return this.dataSource.query(
      `SELECT u.id, u.display_name AS "displayName", u.handle, b.created_at AS "blockedAt"
         FROM sponsorship_blocks b JOIN users u ON u.id = b.blocked_id
        WHERE b.blocker_id = $1 ORDER BY b.created_at DESC LIMIT 500`,
      [userId],
    );
  }
}
