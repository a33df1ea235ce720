// The baseline for chat-fanout: a bare socket.io server that does only what a broadcast needs — join a
// room, emit to it, acknowledge — with the same event names and the same client harness as Kinship.
// With REDIS_URL it uses the same Redis adapter, so the two-node comparison is like for like.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT);
const http = createServer();
const io = new Server(http, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 64 * 1024 });

if (process.env.REDIS_URL) {
  const { createClient } = await import('redis');
  const { createAdapter } = await import('@socket.io/redis-adapter');
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  pub.on('error', () => {});
  sub.on('error', () => {});
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub, { key: `bench-bare-${process.env.BENCH_ID ?? '0'}` }));
}

io.on('connection', (socket) => {
  socket.on('chat:subscribe', ({ roomId }, ack) => {
    socket.join(`chat:${roomId}`);
    ack({
      ok: true,
      data: { roomId, headSeq: 0, modSeq: 0, messages: [], updates: [], tooFarBehind: false },
    });
  });
  socket.on('chat:unsubscribe', ({ roomId }, ack) => {
    socket.leave(`chat:${roomId}`);
    ack({ ok: true, data: { roomId } });
  });
  let seq = 0;
  socket.on('chat:send', ({ roomId, clientId, text }, ack) => {
    seq += 1;
    const message = {
      id: clientId,
      roomId,
      seq,
      clientId,
      text,
      status: 'visible',
      createdAt: new Date().toISOString(),
    };
    io.to(`chat:${roomId}`).emit('chat:message', message);
    ack({ ok: true, data: { status: 'sent', message, crisis: null } });
  });
});

http.listen(port, '127.0.0.1', () => process.send?.({ type: 'listening', port }));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
