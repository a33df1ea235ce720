import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';

/**
 * A real local push service (web-push-testing) in this process: it hands out subscriptions, checks the
 * VAPID signature, decrypts every message it receives (RFC 8291) and keeps the plain text for the test.
 */
export interface LocalPushService {
  url: string;
  /** What a browser's pushManager.subscribe() would return, for this server's public key. */
  subscribe(applicationServerKey: string): Promise<BrowserSubscription>;
  /** Everything the push service received for that subscription, decrypted. */
  received(sub: BrowserSubscription): Promise<string[]>;
  /** The browser unsubscribed: the push service now answers 410 Gone. */
  expire(sub: BrowserSubscription): Promise<void>;
  close(): Promise<void>;
}

export interface BrowserSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
  clientHash: string;
}

interface WebPushTestingServer {
  _server: Server;
  startServer(): void;
}

export async function startPushService(): Promise<LocalPushService> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { PushApiModel } = require('web-push-testing/src/PushApiModel.js');
  const ServerClass = require('web-push-testing/src/server.js');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const model = new PushApiModel();
  const server: WebPushTestingServer = new ServerClass(model, 0);
  const quiet = jest.spyOn(console, 'log').mockImplementation(() => undefined); // "Server running on port 0"
  try {
    server.startServer();
    await new Promise<void>((resolve) => server._server.once('listening', () => resolve()));
  } finally {
    quiet.mockRestore();
  }
  const { port } = server._server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  model.notifyUrl = `${url}/notify/`;
  const post = async (path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`push service ${path}: ${res.status} ${text}`);
    return res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null;
  };
  return {
    url,
    async subscribe(applicationServerKey) {
      const { data } = await post('/subscribe', { userVisibleOnly: 'true', applicationServerKey });
      return data as BrowserSubscription;
    },
    async received(sub) {
      const { data } = await post('/get-notifications', { clientHash: sub.clientHash });
      return data.messages as string[];
    },
    async expire(sub) {
      await post(`/expire-subscription/${sub.clientHash}`);
    },
    close: () => new Promise<void>((resolve) => server._server.close(() => resolve())),
  };
}
