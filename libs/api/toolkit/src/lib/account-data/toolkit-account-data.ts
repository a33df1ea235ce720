import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountDataContributor, type AccountDataSource } from '@kinship/api/core';

/**
 * The toolkit's part of a member's export and deletion: recovery settings (clean date, country), the
 * relapse-prevention plan, worksheets and check-ins. Deletion erases all of it, and stops any sharing of
 * other members' worksheets with the member.
 */
@AccountDataContributor()
@Injectable()
export class ToolkitAccountData implements AccountDataSource {
  readonly section = 'toolkit';

  async exportFor(userId: string, m: EntityManager): Promise<unknown> {
    const one = async (sql: string) => ((await m.query(sql, [userId])) as unknown[])[0] ?? null;
    const all = (sql: string) => m.query(sql, [userId]) as Promise<unknown[]>;
    return {
      recovery: await one(
        `SELECT clean_date::text AS "cleanDate", country FROM toolkit_recovery WHERE user_id = $1`,
      ),
      plan: await one(
        `SELECT warning_signs AS "warningSigns", trigger_people AS "triggerPeople",
                trigger_places AS "triggerPlaces", trigger_things AS "triggerThings",
                trigger_feelings AS "triggerFeelings", halt, coping_actions AS "copingActions", reasons,
                people, created_at AS "createdAt", updated_at AS "updatedAt"
           FROM toolkit_plans WHERE user_id = $1`,
      ),
      worksheets: await all(
        `SELECT w.id, w.kind, w.title, w.content, s.display_name AS "sharedWith",
                w.created_at AS "createdAt", w.updated_at AS "updatedAt"
           FROM toolkit_worksheets w LEFT JOIN users s ON s.id = w.shared_with_id
          WHERE w.owner_id = $1 ORDER BY w.created_at`,
      ),
      checkIns: await all(
        `SELECT local_date::text AS date, mood, craving, note, created_at AS "createdAt",
                updated_at AS "updatedAt"
           FROM toolkit_check_ins WHERE user_id = $1 ORDER BY local_date`,
      ),
    };
  }

  async eraseFor(userId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM toolkit_check_ins WHERE user_id = $1', [userId]);
    await m.query('DELETE FROM toolkit_worksheets WHERE owner_id = $1', [userId]);
    await m.query('UPDATE toolkit_worksheets SET shared_with_id = NULL WHERE shared_with_id = $1', [userId]);
    await m.query('DELETE FROM toolkit_plans WHERE user_id = $1', [userId]);
    await m.query('DELETE FROM toolkit_recovery WHERE user_id = $1', [userId]);
  }
}
