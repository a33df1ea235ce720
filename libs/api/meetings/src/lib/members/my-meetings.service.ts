import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '@kinship/api/core';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingGroupEntity } from '../entities/meeting-group.entity';

/** How many meetings a member may save: a week's worth of a very busy schedule. */
export const MAX_SAVED_MEETINGS = 200;

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A member's own meetings: the ones they saved, their home group, and a private calendar feed of their
 * saved meetings. The feed's token is shown once and stored only as its SHA-256; revoking deletes it.
 */
@Injectable()
export class MyMeetingsService {
  constructor(private readonly dataSource: DataSource) {}

  async saved(userId: string): Promise<MeetingEntity[]> {
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin('saved_meetings', 's', 's.meeting_id = m.id AND s.user_id = :userId', { userId })
      .orderBy('m.start_minute', 'ASC')
      .addOrderBy('m.name', 'ASC')
      .getMany();
  }

  async save(userId: string, meetingId: string): Promise<MeetingEntity> {
    const meeting = await this.dataSource
      .getRepository(MeetingEntity)
      .findOneBy({ id: meetingId, published: true });
    if (!meeting) throw notFound('There is no meeting with that id.');
    await this.dataSource.transaction(async (manager) => {
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS count FROM saved_meetings WHERE user_id = $1',
        [userId],
      );
      if (count >= MAX_SAVED_MEETINGS) {
        throw badInput(
          `You can save up to ${MAX_SAVED_MEETINGS} meetings. Remove some you no longer go to first.`,
        );
      }
      await manager.query(
        'INSERT INTO saved_meetings (user_id, meeting_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
        [userId, meetingId],
      );
    });
    return meeting;
  }

  async unsave(userId: string, meetingId: string): Promise<void> {
    await this.dataSource.query('DELETE FROM saved_meetings WHERE user_id = $1 AND meeting_id = $2', [
      userId,
      meetingId,
    ]);
  }

  async homeGroup(userId: string): Promise<MeetingGroupEntity | null> {
    return this.dataSource
      .getRepository(MeetingGroupEntity)
      .createQueryBuilder('g')
      .innerJoin('member_home_groups', 'h', 'h.group_id = g.id AND h.user_id = :userId', { userId })
      .getOne();
  }

  async setHomeGroup(userId: string, groupId: string | null): Promise<MeetingGroupEntity | null> {
    if (!groupId) {
      await this.dataSource.query('DELETE FROM member_home_groups WHERE user_id = $1', [userId]);
      return null;
    }
    const group = await this.dataSource.getRepository(MeetingGroupEntity).findOneBy({ id: groupId });
    if (!group) throw notFound('There is no group with that id.');
    await this.dataSource.query(
      `INSERT INTO member_home_groups (user_id, group_id) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET group_id = EXCLUDED.group_id, set_at = now()`,
      [userId, groupId],
    );
    return group;
  }

  async calendarFeed(userId: string): Promise<{ createdAt: Date } | null> {
    const rows: { created_at: Date }[] = await this.dataSource.query(
      'SELECT created_at FROM calendar_feeds WHERE user_id = $1',
      [userId],
    );
    return rows[0] ? { createdAt: rows[0].created_at } : null;
  }

  /** A new private feed token (any earlier one stops working). Only its hash is kept. */
  async createCalendarFeed(userId: string): Promise<{ token: string; createdAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const rows: { created_at: Date }[] = await this.dataSource.query(
      `INSERT INTO calendar_feeds (user_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()
       RETURNING created_at`,
      [userId, hashFeedToken(token)],
    );
    return { token, createdAt: rows[0].created_at };
  }

  async revokeCalendarFeed(userId: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.dataSource.query(
      'DELETE FROM calendar_feeds WHERE user_id = $1',
      [userId],
    );
    return affected > 0;
  }

  /** The published meetings a feed token's owner saved, or null when no feed has that token. */
  async meetingsForFeedToken(token: string): Promise<MeetingEntity[] | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
    const rows: { user_id: string }[] = await this.dataSource.query(
      'SELECT user_id FROM calendar_feeds WHERE token_hash = $1',
      [hashFeedToken(token)],
    );
    if (!rows[0]) return null;
    return (await this.saved(rows[0].user_id)).filter((m) => m.published);
  }
}
