// Client side of the chat-fanout bench: many socket.io clients in this process, senders paced by their
// acks, and every delivery timed against its send (same clock: performance.now()).
import { performance } from 'node:perf_hooks';
import { io } from 'socket.io-client';

export async function connectAll(targets, { batch = 100 } = {}) {
  const sockets = [];
  for (let i = 0; i < targets.length; i += batch) {
    const slice = targets.slice(i, i + batch).map(
      ({ url, token }) =>
        new Promise((resolve, reject) => {
          const s = io(url, {
            path: '/socket.io',
            transports: ['websocket'],
            auth: token ? { token } : {},
            reconnection: false,
            forceNew: true,
          });
          const timer = setTimeout(() => reject(new Error(`connect timeout ${url}`)), 20_000);
          s.once('connect', () => {
            clearTimeout(timer);
            resolve(s);
          });
          s.once('connect_error', (e) => {
            clearTimeout(timer);
            reject(e);
          });
        }),
    );
    sockets.push(...(await Promise.all(slice)));
  }
  return sockets;
}

async function ask(socket, event, payload) {
  const ack = await socket.timeout(30_000).emitWithAck(event, payload);
  if (!ack?.ok) throw new Error(`${event} refused: ${JSON.stringify(ack?.error)}`);
  return ack.data;
}

export async function subscribeAll(sockets, roomOf, { batch = 200 } = {}) {
  for (let i = 0; i < sockets.length; i += batch) {
    await Promise.all(
      sockets.slice(i, i + batch).map((s, j) => ask(s, 'chat:subscribe', { roomId: roomOf(i + j) })),
    );
  }
}

export async function unsubscribeAll(sockets, roomOf) {
  await Promise.all(sockets.map((s, i) => ask(s, 'chat:unsubscribe', { roomId: roomOf(i) })));
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Every sender sends `perSender` messages to its room, one after another (each waits for its ack); all
 * senders run at once. Returns deliveries per second and send-to-receive latency percentiles.
 */
export async function run({ sockets, roomOf, senders, perSender, expectedDeliveries, label }) {
  const latencies = [];
  let delivered = 0;
  let lastAt = 0;
  let done;
  const finished = new Promise((r) => (done = r));
  const onMessage = (m) => {
    const sentAt = Number(/^bench (\d+(?:\.\d+)?)/.exec(m.text ?? '')?.[1]);
    if (!Number.isFinite(sentAt)) return;
    const now = performance.now();
    latencies.push(now - sentAt);
    delivered += 1;
    lastAt = now;
    if (delivered >= expectedDeliveries) done();
  };
  for (const s of sockets) s.on('chat:message', onMessage);
  const started = performance.now();
  let refused = 0;
  await Promise.all(
    senders.map(async (index, n) => {
      for (let k = 0; k < perSender; k += 1) {
        try {
          await ask(sockets[index], 'chat:send', {
            roomId: roomOf(index),
            clientId: `${label}-${n}-${k}`,
            text: `bench ${performance.now().toFixed(3)} ${label} ${n} ${k}`,
          });
        } catch {
          refused += 1;
        }
      }
    }),
  );
  const timeout = new Promise((r) => setTimeout(r, 60_000));
  await Promise.race([finished, timeout]);
  for (const s of sockets) s.off('chat:message', onMessage);
  latencies.sort((a, b) => a - b);
  const seconds = (lastAt - started) / 1000;
  return {
    delivered,
    expected: expectedDeliveries,
    refused,
    perSecond: seconds > 0 ? delivered / seconds : 0,
    p50: percentile(latencies, 50) ?? NaN,
    p99: percentile(latencies, 99) ?? NaN,
  };
}
