import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type {
  ChatMessagePayload,
  ChatSendResult,
  ChatSubscribeResult,
  SocketAck,
} from '@kinship/shared/contracts';

export interface WireDelivery {
  roomId: string;
  seq: number;
  via: 'live' | 'catch-up';
  connection: number;
  /** For a catch-up: the last sequence the client said it had (none on a first subscribe). */
  after?: number;
}

/**
 * A chat client that follows the protocol the web client follows: subscribe with the last sequence seen,
 * deliver messages to the application strictly in sequence order and once each (drop what it has, hold
 * what comes early), catch up from the server on a gap, and after a reconnect (to the same or another node)
 * resubscribe with the last sequence and resend what was never acknowledged, with the same client ids.
 */
export class ChatClient {
  socket: Socket;
  /** What the application saw, per room, in order. */
  readonly seen = new Map<string, ChatMessagePayload[]>();
  readonly lastSeq = new Map<string, number>();
  readonly tooFarBehind = new Set<string>();
  /** Every event as it arrived (for counting duplicates the protocol absorbed). */
  rawDeliveries = 0;
  /**
   * Every message as it came off the wire, before de-duplication: live `chat:message` events and the
   * messages of each catch-up (subscribe) answer, with the connection (0 = the first) they came on.
   */
  readonly wire: WireDelivery[] = [];
  /** Client ids sent more than once (the first attempt's ack never came), with the attempts each took. */
  readonly retried = new Map<string, number>();
  /** The node each connection went to (index = WireDelivery.connection). */
  readonly connectionUrls: string[] = [];
  reconnects = 0;
  private readonly early = new Map<string, Map<number, ChatMessagePayload>>();
  private readonly catchingUp = new Map<string, Promise<void>>();
  private urlIndex = 0;
  private connections = 0;
  private closed = false;
  private reconnecting: Promise<void> | null = null;

  constructor(
    private readonly urls: string[],
    private readonly token: string,
  ) {
    this.socket = this.open();
  }

  static async connect(urls: string | string[], token: string): Promise<ChatClient> {
    const client = new ChatClient(Array.isArray(urls) ? urls : [urls], token);
    await client.connected();
    return client;
  }

  get url(): string {
    return this.urls[this.urlIndex];
  }

  private open(): Socket {
    const socket = io(this.url, {
      path: '/socket.io',
      transports: ['websocket'],
      auth: { token: this.token },
      reconnection: false,
      forceNew: true,
    });
    const connection = this.connections;
    this.connections += 1;
    this.connectionUrls.push(this.url);
    socket.on('chat:message', (m: ChatMessagePayload) => {
      this.rawDeliveries += 1;
      this.wire.push({ roomId: m.roomId, seq: m.seq, via: 'live', connection });
      this.receive(m);
    });
    socket.on('disconnect', (reason) => {
      if (!this.closed && reason !== 'io client disconnect') this.reconnect().catch(() => undefined);
    });
    return socket;
  }

  connected(timeoutMs = 10_000): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no connection to ${this.url}`)), timeoutMs);
      this.socket.once('connect', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.once('connect_error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
    });
  }

  /** Reconnects, trying the next node on each failure (bounded), then resubscribes every room. */
  reconnect(): Promise<void> {
    this.reconnecting ??= (async () => {
      for (let attempt = 0; attempt < 20 && !this.closed; attempt += 1) {
        this.socket.removeAllListeners();
        this.socket.close();
        this.urlIndex = (this.urlIndex + 1) % this.urls.length;
        this.socket = this.open();
        try {
          await this.connected(3000);
          this.reconnects += 1;
          for (const roomId of this.seen.keys()) await this.subscribe(roomId);
          return;
        } catch {
          await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
        }
      }
      throw new Error('could not reconnect to any node');
    })().finally(() => {
      this.reconnecting = null;
    });
    return this.reconnecting;
  }

  /** One request and its ack; fails at once if this connection drops first (its ack can never come). */
  async request<T>(event: string, payload: unknown, timeoutMs = 5000): Promise<SocketAck<T>> {
    const socket = this.socket;
    let dropped!: () => void;
    const lost = new Promise<never>((_, reject) => {
      dropped = () => reject(new Error(`disconnected before the ack of ${event}`));
      socket.once('disconnect', dropped);
    });
    try {
      return (await Promise.race([
        socket.timeout(timeoutMs).emitWithAck(event, payload),
        lost,
      ])) as SocketAck<T>;
    } finally {
      socket.off('disconnect', dropped);
    }
  }

  async subscribe(roomId: string): Promise<SocketAck<ChatSubscribeResult>> {
    if (!this.seen.has(roomId)) this.seen.set(roomId, []);
    const last = this.lastSeq.get(roomId);
    const connection = this.connections - 1;
    const ack = await this.request<ChatSubscribeResult>('chat:subscribe', {
      roomId,
      ...(last === undefined ? {} : { lastSeq: last }),
    });
    if (ack.ok) {
      for (const m of ack.data.messages ?? []) {
        this.wire.push({ roomId, seq: m.seq, via: 'catch-up', connection, after: last });
      }
      this.applyCatchUp(roomId, ack.data, last === undefined);
    }
    return ack;
  }

  /**
   * Sends once and waits for the ack. If the connection drops first (the node died), reconnects and sends
   * again with the same client id until acknowledged: the server stores it exactly once either way.
   */
  async sendReliably(roomId: string, text: string, clientId: string = randomUUID()): Promise<ChatSendResult> {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      if (this.reconnecting) await this.reconnecting.catch(() => undefined);
      try {
        // a dropped connection fails the request at once; the timeout is for a node that hangs
        const ack = await this.request<ChatSendResult>('chat:send', { roomId, clientId, text }, 15_000);
        if (ack.ok) return ack.data;
        if (ack.error.code === 'RATE_LIMITED' && !ack.error.reason && ack.error.retryAfterSeconds) {
          // the connection's flood guard (nothing was stored): wait as told, then send again
          await new Promise((r) => setTimeout(r, (ack.error.retryAfterSeconds ?? 1) * 1000));
          continue;
        }
        throw new Error(`send refused: ${ack.error.code} ${ack.error.message}`);
      } catch (error) {
        if (error instanceof Error && error.message.startsWith('send refused')) throw error;
        // no answer (the node died, or the ack was lost): the next attempt may be a retry of a stored message
        this.retried.set(clientId, (this.retried.get(clientId) ?? 1) + 1);
        if (!this.socket.connected) await this.reconnect().catch(() => undefined);
      }
    }
    throw new Error('send never acknowledged');
  }

  async send(
    roomId: string,
    text: string,
    clientId: string = randomUUID(),
  ): Promise<SocketAck<ChatSendResult>> {
    return this.request<ChatSendResult>('chat:send', { roomId, clientId, text });
  }

  /** Asks the server for anything missed (as after a gap), and waits for it. */
  sync(roomId: string): Promise<void> {
    let pending = this.catchingUp.get(roomId);
    if (!pending) {
      pending = this.subscribe(roomId)
        .then(() => undefined)
        .finally(() => this.catchingUp.delete(roomId));
      this.catchingUp.set(roomId, pending);
    }
    return pending;
  }

  /** Resolves when this client has seen every message up to `seq` in the room (bounded wait). */
  async waitForSeq(roomId: string, seq: number, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((this.lastSeq.get(roomId) ?? 0) < seq) {
      if (Date.now() > deadline) {
        throw new Error(`saw up to ${this.lastSeq.get(roomId) ?? 0} of ${seq} in ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  close(): void {
    this.closed = true;
    this.socket.removeAllListeners();
    this.socket.close();
  }

  private applyCatchUp(roomId: string, result: ChatSubscribeResult, first: boolean): void {
    if (result.tooFarBehind) {
      this.tooFarBehind.add(roomId);
      return;
    }
    if (first && result.messages.length > 0) this.lastSeq.set(roomId, result.messages[0].seq - 1);
    if (first && result.messages.length === 0) this.lastSeq.set(roomId, result.headSeq);
    for (const m of result.messages) this.receive(m);
  }

  private receive(m: ChatMessagePayload): void {
    const last = this.lastSeq.get(m.roomId);
    if (last === undefined) return; // not subscribed (yet)
    if (m.seq <= last) return;
    const early = this.early.get(m.roomId) ?? new Map<number, ChatMessagePayload>();
    this.early.set(m.roomId, early);
    early.set(m.seq, m);
    let next = last + 1;
    while (early.has(next)) {
      const message = early.get(next) as ChatMessagePayload;
      early.delete(next);
      this.seen.get(m.roomId)?.push(message);
      this.lastSeq.set(m.roomId, next);
      next += 1;
    }
    if (early.size > 0) this.sync(m.roomId).catch(() => undefined);
  }
}
