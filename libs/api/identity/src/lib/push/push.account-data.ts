import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccountDataContributor, type AccountDataSource } from '@kinship/api/core';

/** Push's part of the export (browsers subscribed, without their keys, and the kinds chosen) and deletion. */
@AccountDataContributor()
@Injectable()
export class PushAccountData implements AccountDataSource {
  readonly section = 'push';

  async exportFor(userId: string, m: EntityManager): Promise<unknown> {
    const [prefs]: { kinds: string[] }[] = await m.query(
      'SELECT kinds FROM push_preferences WHERE user_id = $1',
      [userId],
    );
    const subscriptions = await m.query(
      `SELECT endpoint, created_at AS "createdAt", last_success_at AS "lastSuccessAt",
              last_failure_at AS "lastFailureAt"
         FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at`,
      [userId],
    );
    return { enabledKinds: prefs?.kinds ?? [], subscriptions };
  }

  async eraseFor(userId: string, m: EntityManager): Promise<void> {
    await m.query('DELETE FROM push_subscriptions WHERE user_id = $1', [userId]);
    await m.query('DELETE FROM push_preferences WHERE user_id = $1', [userId]);
  }
}
