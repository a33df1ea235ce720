import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { badInput, decodeCursor, encodeCursor, forbidden, notFound, rateLimited } from '@kinship/api/core';
import type { AuthUser } from '@kinship/api/auth';
import { MeetingGroupEntity } from '../entities/meeting-group.entity';
import { DistanceUnit, type NearInput } from '../dto/search.inputs';
import type { GroupMessage, MeetingGroupFilter } from '../dto/group.model';
import { MeetingAccessService } from '../admin/meeting-access.service';
import { MAX_WIDENED_RADIUS_METERS, METERS_PER_MILE } from '../search/meeting-search.service';

/** Messages a member may send to groups: 5 an hour, so the feature cannot be used to flood contacts. */
export const GROUP_MESSAGES_PER_HOUR = 5;

type GroupCursor = { r: number; d: number; id: string } | { n: string; id: string };
const isGroupCursor = (v: unknown): v is GroupCursor =>
  Boolean(v && typeof v === 'object' && typeof (v as { id?: unknown }).id === 'string');

export interface GroupPage {
  hits: { group: MeetingGroupEntity; distanceMeters: number | null; cursor: string }[];
  hasNextPage: boolean;
  radiusMeters: number | null;
  widened: boolean;
}

/** Groups: "find local groups" (the same radius search as meetings, on groups' GiST-indexed position), and contacting a group. */
@Injectable()
export class GroupsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
  ) {}

  async find(id: string): Promise<MeetingGroupEntity> {
    const group = await this.dataSource.getRepository(MeetingGroupEntity).findOneBy({ id });
    if (!group) throw notFound('There is no group with that id.');
    return group;
  }

  async search(filter: MeetingGroupFilter | undefined, first: number, after?: string): Promise<GroupPage> {
    const cursor = after ? decodeCursor<GroupCursor>(after, isGroupCursor) : undefined;
    const params: unknown[] = [];
    const add = (v: unknown, cast = '') => {
      params.push(v);
      return `$${params.length}${cast}`;
    };
    // only groups that hold at least one published meeting
    const where = ['EXISTS (SELECT 1 FROM meetings m WHERE m.group_id = g.id AND m.published)'];
    if (filter?.query)
      where.push(`g.name ILIKE ${add(`%${filter.query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)}`);
    if (filter?.program)
      where.push(
        `g.program_id IN (SELECT id FROM programs WHERE code = ${add(filter.program.toUpperCase())})`,
      );
    const near: NearInput | undefined = filter?.near;
    if (!near) {
      if (cursor && !('n' in cursor))
        throw badInput('That page cursor belongs to another search. Start again.');
      if (cursor) where.push(`(g.name, g.id) > (${add(cursor.n)}, ${add(cursor.id, '::uuid')})`);
      const rows: { id: string; name: string }[] = await this.dataSource.query(
        `SELECT g.id, g.name FROM meeting_groups g WHERE ${where.join(' AND ')} ORDER BY g.name, g.id LIMIT ${add(first + 1)}`,
        params,
      );
      const groups = await this.load(rows.slice(0, first).map((r) => r.id));
      return {
        hits: rows.slice(0, first).flatMap((r) => {
          const group = groups.get(r.id);
          return group
            ? [{ group, distanceMeters: null, cursor: encodeCursor({ n: r.name, id: r.id }) }]
            : [];
        }),
        hasNextPage: rows.length > first,
        radiusMeters: null,
        widened: false,
      };
    }
    if (cursor && !('r' in cursor))
      throw badInput('That page cursor belongs to another search. Start again.');
    const center = `ll_to_earth(${add(near.latitude, '::float8')}, ${add(near.longitude, '::float8')})`;
    let radius = cursor ? cursor.r : near.radius * (near.unit === DistanceUnit.MI ? METERS_PER_MILE : 1000);
    let widened = false;
    if (!cursor && near.widenToAtLeast) {
      const knn: { d: number }[] = await this.dataSource.query(
        `SELECT earth_distance(${center}, g.earth) AS d FROM meeting_groups g
          WHERE g.earth IS NOT NULL AND ${where.join(' AND ')}
          ORDER BY g.earth <-> ${center} LIMIT 1 OFFSET ${add(near.widenToAtLeast - 1, '::int')}`,
        params,
      );
      params.pop();
      const needed = knn[0] ? knn[0].d + 1 : MAX_WIDENED_RADIUS_METERS;
      if (needed > radius) {
        radius = Math.min(needed, MAX_WIDENED_RADIUS_METERS);
        widened = true;
      }
    }
    const r = add(radius, '::float8');
    where.push(`earth_box(${center}, ${r}) @> g.earth`, `earth_distance(${center}, g.earth) < ${r}`);
    if (cursor && 'd' in cursor) {
      where.push(
        `(earth_distance(${center}, g.earth), g.id) > (${add(cursor.d, '::float8')}, ${add(cursor.id, '::uuid')})`,
      );
    }
    const rows: { id: string; d: number }[] = await this.dataSource.query(
      `SELECT g.id, earth_distance(${center}, g.earth) AS d FROM meeting_groups g
        WHERE ${where.join(' AND ')} ORDER BY d, g.id LIMIT ${add(first + 1, '::int')}`,
      params,
    );
    const groups = await this.load(rows.slice(0, first).map((x) => x.id));
    return {
      hits: rows.slice(0, first).flatMap((x) => {
        const group = groups.get(x.id);
        return group
          ? [{ group, distanceMeters: x.d, cursor: encodeCursor({ r: radius, d: x.d, id: x.id }) }]
          : [];
      }),
      hasNextPage: rows.length > first,
      radiusMeters: radius,
      widened,
    };
  }

  /** Stores a message for the group's contacts (and admins). The sender's email is never involved. */
  async contact(user: AuthUser, groupId: string, message: string): Promise<void> {
    await this.find(groupId);
    const [{ count }]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM group_messages WHERE sender_id = $1 AND created_at > now() - interval '1 hour'`,
      [user.id],
    );
    if (count >= GROUP_MESSAGES_PER_HOUR) {
      throw rateLimited(
        `You can send ${GROUP_MESSAGES_PER_HOUR} messages to groups an hour. Try again later.`,
        3600,
      );
    }
    await this.dataSource.query(
      'INSERT INTO group_messages (group_id, sender_id, body) VALUES ($1, $2, $3)',
      [groupId, user.id, message],
    );
  }

  /** The latest messages to a group, newest first, for its contacts and admins. */
  async messages(user: AuthUser, groupId: string, first: number): Promise<GroupMessage[]> {
    await this.find(groupId);
    if (!(await this.access.canManageGroup(user, groupId))) {
      throw forbidden('Only the contacts of this group (and admins) can read its messages.');
    }
    const rows: { id: string; sender_id: string; display_name: string; body: string; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT gm.id, gm.sender_id, u.display_name, gm.body, gm.created_at
           FROM group_messages gm JOIN users u ON u.id = gm.sender_id
          WHERE gm.group_id = $1
          ORDER BY gm.created_at DESC, gm.id DESC LIMIT $2`,
        [groupId, first],
      );
    return rows.map((r) => ({
      id: r.id,
      groupId,
      senderId: r.sender_id,
      senderName: r.display_name,
      body: r.body,
      sentAt: r.created_at,
    }));
  }

  private async load(ids: string[]): Promise<Map<string, MeetingGroupEntity>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.getRepository(MeetingGroupEntity).findBy({ id: In(ids) });
    return new Map(rows.map((g) => [g.id, g]));
  }
}
