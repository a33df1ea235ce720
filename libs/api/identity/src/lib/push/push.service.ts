import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, badInput, type MemberNotification } from '@kinship/api/core';
import { PushKind, type PushSettings, type PushSubscriptionInput } from './push.models';
import { PushSender } from './push-sender';

/** Most browsers one member may subscribe; the oldest is dropped beyond it. */
export const MAX_SUBSCRIPTIONS_PER_MEMBER = 10;

interface SubscriptionRow {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  locale: string;
}

function bytes(value: string): Buffer {
  return Buffer.from(value, 'base64url');
}

/**
 * A member's push subscriptions and the kinds they opted in to, and delivery. What is sent is only
 * `{ kind, refId, locale }`: never message text, names or words about what the platform is for, because
 * a lock screen is public. The service worker shows a neutral line and the app fetches details when opened.
 */
@Injectable()
export class PushService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: PushSender,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get available(): boolean {
    return this.config.push !== null;
  }

  async settings(userId: string): Promise<PushSettings> {
    const [row]: { kinds: string[] | null; subscriptions: number }[] = await this.dataSource.query(
      `SELECT (SELECT kinds FROM push_preferences WHERE user_id = $1) AS kinds,
              (SELECT count(*)::int FROM push_subscriptions WHERE user_id = $1) AS subscriptions`,
      [userId],
    );
    const enabled = new Set(row?.kinds ?? []);
    return {
      available: this.available,
      publicKey: this.config.push?.publicKey ?? null,
      enabledKinds: Object.values(PushKind).filter((k) => enabled.has(k)),
      subscriptions: row?.subscriptions ?? 0,
    };
  }

  async subscribe(userId: string, input: PushSubscriptionInput): Promise<PushSettings> {
    if (!this.available) throw badInput('Push notifications are not available on this server.');
    this.check(input);
    await this.dataSource.transaction(async (m) => {
      // An endpoint belongs to one browser: if another account signed in there before, it moves to this one.
      await m.query(
        `INSERT INTO push_subscriptions (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
         ON CONFLICT (endpoint) DO UPDATE
           SET user_id = excluded.user_id, p256dh = excluded.p256dh, auth = excluded.auth,
               created_at = now(), failures = 0, last_failure_at = NULL`,
        [userId, input.endpoint, input.p256dh, input.auth],
      );
      await m.query(
        `DELETE FROM push_subscriptions WHERE id IN (
           SELECT id FROM push_subscriptions WHERE user_id = $1 ORDER BY created_at DESC OFFSET $2)`,
        [userId, MAX_SUBSCRIPTIONS_PER_MEMBER],
      );
    });
    return this.settings(userId);
  }

  async unsubscribe(userId: string, endpoint: string): Promise<PushSettings> {
    await this.dataSource.query('DELETE FROM push_subscriptions WHERE user_id = $1 AND endpoint = $2', [
      userId,
      endpoint,
    ]);
    return this.settings(userId);
  }

  async setKind(userId: string, kind: PushKind, enabled: boolean): Promise<PushSettings> {
    await this.dataSource.query(
      `INSERT INTO push_preferences (user_id, kinds) VALUES ($1, CASE WHEN $3::boolean THEN ARRAY[$2::text] ELSE '{}'::text[] END)
       ON CONFLICT (user_id) DO UPDATE
         SET kinds = CASE WHEN $3::boolean THEN array_append(array_remove(push_preferences.kinds, $2::text), $2::text)
                          ELSE array_remove(push_preferences.kinds, $2::text) END,
             updated_at = now()`,
      [userId, kind, enabled],
    );
    return this.settings(userId);
  }

  /** Sends to every subscribed browser of the member if they opted in to this kind. Never throws. */
  async deliver(userId: string, notification: MemberNotification): Promise<void> {
    if (!this.available) return;
    const rows: SubscriptionRow[] = await this.dataSource.query(
      `SELECT s.id, s.endpoint, s.p256dh, s.auth, u.locale
         FROM push_subscriptions s
         JOIN push_preferences p ON p.user_id = s.user_id AND $2 = ANY (p.kinds)
         JOIN users u ON u.id = s.user_id
        WHERE s.user_id = $1`,
      [userId, notification.kind],
    );
    const payload = JSON.stringify({
      kind: notification.kind,
      refId: notification.refId ?? null,
      locale: rows[0]?.locale === 'es' ? 'es' : 'en',
    });
    await Promise.all(rows.map((row) => this.sendOne(row, payload)));
  }

  private async sendOne(row: SubscriptionRow, payload: string): Promise<void> {
    const outcome = await this.sender.send(row, payload);
    const sql = {
      delivered: 'UPDATE push_subscriptions SET last_success_at = now(), failures = 0 WHERE id = $1',
      failed: 'UPDATE push_subscriptions SET last_failure_at = now(), failures = failures + 1 WHERE id = $1',
      gone: 'DELETE FROM push_subscriptions WHERE id = $1',
    }[outcome];
    await this.dataSource.query(sql, [row.id]).catch(() => undefined);
  }

  private check(input: PushSubscriptionInput): void {
    let url: URL | null = null;
    try {
      url = new URL(input.endpoint);
    } catch {
      url = null;
    }
    const protocols = this.config.nodeEnv === 'production' ? ['https:'] : ['https:', 'http:'];
    if (!url || !protocols.includes(url.protocol)) {
      throw badInput(`endpoint must be an ${protocols.join(' or ')} URL of a push service`, {
        fields: [{ field: 'endpoint', message: 'endpoint must be a push service URL' }],
      });
    }
    const key = bytes(input.p256dh);
    if (key.length !== 65 || key[0] !== 4) {
      throw badInput('p256dh must be the browser’s P-256 public key (65 bytes, base64url)', {
        fields: [{ field: 'p256dh', message: 'p256dh must be a P-256 public key' }],
      });
    }
    if (bytes(input.auth).length !== 16) {
      throw badInput('auth must be the 16-byte auth secret (base64url)', {
        fields: [{ field: 'auth', message: 'auth must be 16 bytes' }],
      });
    }
  }
}
