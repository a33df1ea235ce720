import { Inject, Injectable } from '@nestjs/common';
import webpush from 'web-push';
import { APP_CONFIG, type AppConfig } from '@kinship/api/core';

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What the push service answered: delivered, gone (404/410: forget the subscription) or failed. */
export type PushOutcome = 'delivered' | 'gone' | 'failed';

const TIMEOUT_MS = 10_000;
/** A day: a phone that was off overnight still gets a reminder that still matters. */
const TTL_SECONDS = 24 * 60 * 60;

/**
 * Encrypts and signs with the web-push library (RFC 8291 aes128gcm, VAPID) and posts with fetch, which also
 * reaches a local push service over http in development and tests.
 */
@Injectable()
export class PushSender {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async send(target: PushTarget, payload: string): Promise<PushOutcome> {
    const push = this.config.push;
    if (!push) return 'failed';
    let request: webpush.RequestDetails;
    try {
      request = webpush.generateRequestDetails(
        { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
        payload,
        {
          vapidDetails: { subject: push.subject, publicKey: push.publicKey, privateKey: push.privateKey },
          TTL: TTL_SECONDS,
          contentEncoding: 'aes128gcm',
        },
      );
    } catch {
      return 'failed';
    }
    try {
      const res = await fetch(request.endpoint, {
        method: request.method,
        headers: request.headers as Record<string, string>,
        body: request.body as Uint8Array | undefined,
        redirect: 'error',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await res.arrayBuffer().catch(() => undefined);
      if (res.status === 404 || res.status === 410) return 'gone';
      return res.ok ? 'delivered' : 'failed';
    } catch {
      return 'failed';
    }
  }
}
