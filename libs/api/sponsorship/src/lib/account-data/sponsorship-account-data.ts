import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountDataContributor, type AccountDataSource } from '@kinship/api/core';
import { SponsorshipRealtime } from '../messages/sponsorship-realtime';

/**
 * Sponsorship's part of a member's data export and account deletion. The export holds the member's own
 * profile (clean date included), preferences, requests and relationships, the messages they wrote,
 * notifications and blocks. Deletion removes all of it; relationships and conversations with the member are
 * removed for the other member too (who is told a member left, without a name), and those conversations
 * close on every node.
 */
@AccountDataContributor()
@Injectable()
export class SponsorshipAccountData implements AccountDataSource {
  readonly section = 'sponsorship';

  constructor(private readonly realtime: SponsorshipRealtime) {}

  async exportFor(userId: string, m: EntityManager): Promise<unknown> {
    const one = async (sql: string) => ((await m.query(sql, [userId])) as unknown[])[0] ?? null;
    const all = (sql: string) => m.query(sql, [userId]) as Promise<unknown[]>;
    return {
      sponsorProfile: await one(
        `SELECT programs, clean_date::text AS "cleanDate", languages, gender, sponsors_genders AS "sponsorsGenders",
                time_zone AS "timeZone", availability_local::text AS "availabilityMinutesOfWeek",
                area_lat AS "areaCellLatitude", area_lng AS "areaCellLongitude", home_group_id AS "homeGroupId",
                meeting_ids AS "meetingIds", mat_comfortable AS "matComfortable", bio, capacity, accepting,
                created_at AS "createdAt", updated_at AS "updatedAt"
           FROM sponsor_profiles WHERE user_id = $1`,
      ),
      seekerPreferences: await one(
        `SELECT program, languages, gender, preferred_genders AS "preferredGenders", on_mat AS "onMat",
                remote_only AS "remoteOnly", area_lat AS "areaCellLatitude", area_lng AS "areaCellLongitude",
                time_zone AS "timeZone", availability_local::text AS "availabilityMinutesOfWeek",
                home_group_id AS "homeGroupId", meeting_ids AS "meetingIds", updated_at AS "updatedAt"
           FROM seeker_preferences WHERE user_id = $1`,
      ),
      relationships: await all(
        `SELECT s.id, CASE WHEN s.sponsor_id = $1 THEN 'sponsor' ELSE 'sponsee' END AS "myRole",
                o.display_name AS "otherMember", s.program, s.status, s.temporary,
                s.request_message AS "requestMessage", s.decline_reason AS "declineReason",
                s.end_reason AS "endReason", s.ended_by = $1 AS "endedByMe", s.requested_at AS "requestedAt",
                s.responded_at AS "respondedAt", s.started_at AS "startedAt", s.ended_at AS "endedAt"
           FROM sponsorships s JOIN users o ON o.id = CASE WHEN s.sponsor_id = $1 THEN s.sponsee_id ELSE s.sponsor_id END
          WHERE s.sponsor_id = $1 OR s.sponsee_id = $1 ORDER BY s.requested_at`,
      ),
      messagesWritten: await all(
        `SELECT sponsorship_id AS "sponsorshipId", seq::int AS seq, body AS text, created_at AS "createdAt"
           FROM sponsorship_messages WHERE sender_id = $1 ORDER BY sponsorship_id, seq`,
      ),
      notifications: await all(
        `SELECT kind, sponsorship_id AS "sponsorshipId", created_at AS "createdAt", read_at AS "readAt"
           FROM sponsorship_notifications WHERE user_id = $1 ORDER BY seq`,
      ),
      blocked: await all(
        `SELECT u.display_name AS "member", b.created_at AS "blockedAt"
           FROM sponsorship_blocks b JOIN users u ON u.id = b.blocked_id WHERE b.blocker_id = $1`,
      ),
    };
  }

  async eraseFor(userId: string, m: EntityManager): Promise<void> {
    const open: { id: string; sponsor_id: string; sponsee_id: string; status: string }[] = await m.query(
      `SELECT id, sponsor_id, sponsee_id, status FROM sponsorships
        WHERE (sponsor_id = $1 OR sponsee_id = $1) AND status IN ('pending', 'active')`,
      [userId],
    );
    // Messages and notifications about these relationships go with them (ON DELETE CASCADE).
    await m.query('DELETE FROM sponsorships WHERE sponsor_id = $1 OR sponsee_id = $1', [userId]);
    for (const s of open) {
      const other = s.sponsor_id === userId ? s.sponsee_id : s.sponsor_id;
      await m.query(`INSERT INTO sponsorship_notifications (user_id, kind) VALUES ($1, 'member_left')`, [
        other,
      ]);
    }
    await m.query('DELETE FROM sponsorship_notifications WHERE user_id = $1', [userId]);
    await m.query('DELETE FROM sponsorship_blocks WHERE blocker_id = $1 OR blocked_id = $1', [userId]);
    await m.query('DELETE FROM seeker_preferences WHERE user_id = $1', [userId]);
    await m.query('DELETE FROM sponsor_profiles WHERE user_id = $1', [userId]);
    // The member's own sockets are disconnected when their sessions end; the other member's leave the room.
    for (const s of open.filter((x) => x.status === 'active')) {
      this.realtime.closeConversation(s.id, [s.sponsor_id, s.sponsee_id]);
    }
  }
}
