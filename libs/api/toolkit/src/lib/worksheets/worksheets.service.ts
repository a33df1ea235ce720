import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, conflict, notFound } from '@kinship/api/core';
import { TOOLKIT_LIMITS } from '@kinship/shared/contracts';
import { WorksheetKind } from '../shared/toolkit.enums';
import { SponsorDirectory } from '../shared/sponsor-directory';
import { changedRows } from '../shared/sql';
import type { Abc, ChangePlan, CostBenefit, Worksheet } from './worksheet.models';
import type { AbcInput, ChangePlanInput, CostBenefitInput } from './worksheet.inputs';

interface WorksheetRow {
  id: string;
  owner_id: string;
  owner_name: string;
  kind: WorksheetKind;
  title: string;
  content: Record<string, unknown>;
  shared_with_id: string | null;
  shared_with_name: string | null;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT w.id, w.owner_id, o.display_name AS owner_name, w.kind, w.title, w.content,
                       w.shared_with_id, s.display_name AS shared_with_name, w.created_at, w.updated_at
                  FROM toolkit_worksheets w
                  JOIN users o ON o.id = w.owner_id
                  LEFT JOIN users s ON s.id = w.shared_with_id`;

const text = (c: Record<string, unknown>, key: string) => (typeof c[key] === 'string' ? c[key] : '');
const list = (c: Record<string, unknown>, key: string) =>
  Array.isArray(c[key]) ? (c[key] as unknown[]).filter((v): v is string => typeof v === 'string') : [];

function costBenefit(c: Record<string, unknown>): CostBenefit {
  return {
    behavior: text(c, 'behavior'),
    usingBenefits: list(c, 'usingBenefits'),
    usingCosts: list(c, 'usingCosts'),
    notUsingBenefits: list(c, 'notUsingBenefits'),
    notUsingCosts: list(c, 'notUsingCosts'),
    reflection: text(c, 'reflection'),
  };
}

function abc(c: Record<string, unknown>): Abc {
  return {
    activatingEvent: text(c, 'activatingEvent'),
    beliefs: text(c, 'beliefs'),
    consequences: text(c, 'consequences'),
    disputing: text(c, 'disputing'),
    effectiveBeliefs: text(c, 'effectiveBeliefs'),
  };
}

function changePlan(c: Record<string, unknown>): ChangePlan {
  return {
    changes: text(c, 'changes'),
    reasons: text(c, 'reasons'),
    steps: text(c, 'steps'),
    helpers: text(c, 'helpers'),
    signsOfSuccess: text(c, 'signsOfSuccess'),
    obstacles: text(c, 'obstacles'),
  };
}

/** The stored content of each kind: exactly the fields of its model, nothing the client made up. */
const CONTENT: Record<WorksheetKind, (c: Record<string, unknown>) => object> = {
  [WorksheetKind.COST_BENEFIT]: costBenefit,
  [WorksheetKind.ABC]: abc,
  [WorksheetKind.CHANGE_PLAN]: changePlan,
};

function toWorksheet(row: WorksheetRow, viewerId: string, visibleToSponsor: boolean): Worksheet {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    costBenefit: row.kind === WorksheetKind.COST_BENEFIT ? costBenefit(row.content) : null,
    abc: row.kind === WorksheetKind.ABC ? abc(row.content) : null,
    changePlan: row.kind === WorksheetKind.CHANGE_PLAN ? changePlan(row.content) : null,
    mine: row.owner_id === viewerId,
    owner: { id: row.owner_id, displayName: row.owner_name },
    sharedWith: row.shared_with_id
      ? { id: row.shared_with_id, displayName: row.shared_with_name ?? '' }
      : null,
    visibleToSponsor,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const NOT_FOUND = 'There is no worksheet with that id.';

/**
 * SMART worksheets. Nobody but the owner can read one, except the person the owner shared it with, and
 * only while that person is the owner's current sponsor (asked fresh on every read): when the sponsorship
 * ends, or the owner has another sponsor, the share stops working at once. Admins get no exception.
 */
@Injectable()
export class WorksheetsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sponsors: SponsorDirectory,
  ) {}

  async mine(userId: string, kind?: WorksheetKind): Promise<Worksheet[]> {
    const rows: WorksheetRow[] = await this.dataSource.query(
      `${SELECT} WHERE w.owner_id = $1 AND ($2::text IS NULL OR w.kind = $2) ORDER BY w.updated_at DESC, w.id`,
      [userId, kind ?? null],
    );
    const sponsor = rows.some((r) => r.shared_with_id) ? await this.sponsors.sponsorOf(userId) : null;
    return rows.map((r) => toWorksheet(r, userId, Boolean(sponsor && r.shared_with_id === sponsor.id)));
  }

  async get(viewerId: string, id: string): Promise<Worksheet> {
    const [row]: WorksheetRow[] = await this.dataSource.query(`${SELECT} WHERE w.id = $1`, [id]);
    if (!row) throw notFound(NOT_FOUND);
    const sponsor = row.shared_with_id ? await this.sponsors.sponsorOf(row.owner_id) : null;
    const visible = Boolean(sponsor && row.shared_with_id === sponsor.id);
    if (row.owner_id === viewerId) return toWorksheet(row, viewerId, visible);
    // Anyone else: only the sponsor it is shared with, while they are the sponsor. Otherwise it does not
    // exist as far as they can tell.
    if (visible && row.shared_with_id === viewerId) return toWorksheet(row, viewerId, true);
    throw notFound(NOT_FOUND);
  }

  /** Worksheets your sponsees share with you, while you are their sponsor. */
  async sharedWithMe(viewerId: string): Promise<Worksheet[]> {
    const rows: WorksheetRow[] = await this.dataSource.query(
      `${SELECT} WHERE w.shared_with_id = $1 ORDER BY w.updated_at DESC, w.id`,
      [viewerId],
    );
    const owners = [...new Set(rows.map((r) => r.owner_id))];
    const current = new Set<string>();
    for (const owner of owners) {
      if (await this.sponsors.isCurrentSponsor(owner, viewerId)) current.add(owner);
    }
    return rows.filter((r) => current.has(r.owner_id)).map((r) => toWorksheet(r, viewerId, true));
  }

  saveCostBenefit(userId: string, input: CostBenefitInput): Promise<Worksheet> {
    return this.save(userId, WorksheetKind.COST_BENEFIT, input);
  }

  saveAbc(userId: string, input: AbcInput): Promise<Worksheet> {
    return this.save(userId, WorksheetKind.ABC, input);
  }

  saveChangePlan(userId: string, input: ChangePlanInput): Promise<Worksheet> {
    return this.save(userId, WorksheetKind.CHANGE_PLAN, input);
  }

  async share(userId: string, id: string, shared: boolean): Promise<Worksheet> {
    const owned: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM toolkit_worksheets WHERE id = $1 AND owner_id = $2',
      [id, userId],
    );
    if (owned.length === 0) throw notFound(NOT_FOUND);
    let sponsorId: string | null = null;
    if (shared) {
      const sponsor = await this.sponsors.sponsorOf(userId);
      if (!sponsor) {
        throw badInput('You have no sponsor or mentor right now, so there is nobody to share this with.');
      }
      sponsorId = sponsor.id;
    }
    const updated = await changedRows<{ id: string }>(
      this.dataSource,
      'UPDATE toolkit_worksheets SET shared_with_id = $3 WHERE id = $1 AND owner_id = $2 RETURNING id',
      [id, userId, sponsorId],
    );
    if (updated.length === 0) throw notFound(NOT_FOUND);
    return this.get(userId, id);
  }

  async delete(userId: string, id: string): Promise<boolean> {
    const deleted = await changedRows<{ id: string }>(
      this.dataSource,
      'DELETE FROM toolkit_worksheets WHERE id = $1 AND owner_id = $2 RETURNING id',
      [id, userId],
    );
    if (deleted.length === 0) throw notFound(NOT_FOUND);
    return true;
  }

  private async save(
    userId: string,
    kind: WorksheetKind,
    input: CostBenefitInput | AbcInput | ChangePlanInput,
  ): Promise<Worksheet> {
    const { id, title, ...fields } = input;
    const content = JSON.stringify(CONTENT[kind]({ ...fields }));
    if (id) {
      const updated = await changedRows<{ kind: WorksheetKind }>(
        this.dataSource,
        `UPDATE toolkit_worksheets SET title = $3, content = $4, updated_at = now()
          WHERE id = $1 AND owner_id = $2 AND kind = $5 RETURNING kind`,
        [id, userId, title, content, kind],
      );
      if (updated.length === 0) throw notFound(NOT_FOUND);
      return this.get(userId, id);
    }
    const [{ count }] = await this.dataSource.query(
      'SELECT count(*)::int AS count FROM toolkit_worksheets WHERE owner_id = $1',
      [userId],
    );
    if (count >= TOOLKIT_LIMITS.worksheet.perMemberMax) {
      throw conflict(
        `You have ${count} worksheets, the most Kinship keeps for one member. Delete one you no longer need first.`,
      );
    }
    const [row]: { id: string }[] = await this.dataSource.query(
      'INSERT INTO toolkit_worksheets (owner_id, kind, title, content) VALUES ($1, $2, $3, $4) RETURNING id',
      [userId, kind, title, content],
    );
    return this.get(userId, row.id);
  }
}
