import { EventEmitter } from 'node:events';
import type { MessageMappingProperties } from '@nestjs/websockets';
import { from, mergeAll, of, type Observable } from 'rxjs';
import type { Socket } from 'socket.io';
import { bindMessageHandlers } from './message-handlers';

/** What Nest passes as `transform`: a handler's value, promise or observable as an observable. */
const transform = (data: unknown): Observable<unknown> =>
  from(Promise.resolve(data).then((r) => (r instanceof Promise ? from(r) : of(r)))).pipe(mergeAll());

/** A socket.io-like emitter: EventEmitter runs listeners with `this` = the socket, as socket.io does. */
const fakeSocket = () => ({ socket: new EventEmitter() });

function handler(message: string, callback: (data: unknown, ack?: unknown) => unknown, manual = false) {
  return { message, methodName: message, callback, isAckHandledManually: manual } as MessageMappingProperties;
}

const tick = () => new Promise((r) => setImmediate(r));

describe('gateway handlers bound to a socket', () => {
  it('passes the payload to the handler and its result to the ack', async () => {
    const { socket } = fakeSocket();
    const seen: unknown[] = [];
    bindMessageHandlers(
      socket as unknown as Socket,
      [handler('chat:send', async (data) => (seen.push(data), { ok: true, data }))],
      transform,
    );
    const acks: unknown[] = [];
    socket.emit('chat:send', { text: 'hi' }, (r: unknown) => acks.push(r));
    await tick();
    expect(seen).toEqual([{ text: 'hi' }]);
    expect(acks).toEqual([{ ok: true, data: { text: 'hi' } }]);
  });

  it('hands an ack-only event an undefined payload, several arguments as an array', async () => {
    const { socket } = fakeSocket();
    const seen: unknown[] = [];
    bindMessageHandlers(
      socket as unknown as Socket,
      [handler('a', (data) => (seen.push(data), 'ok')), handler('b', (data) => (seen.push(data), 'ok'))],
      transform,
    );
    const acks: unknown[] = [];
    socket.emit('a', (r: unknown) => acks.push(r));
    socket.emit('b', 1, 2, (r: unknown) => acks.push(r));
    await tick();
    expect(seen).toEqual([undefined, [1, 2]]);
    expect(acks).toEqual(['ok', 'ok']);
  });

  it('emits { event, data } results to the socket, and leaves a manually handled ack alone', async () => {
    const { socket } = fakeSocket();
    const emitted: unknown[][] = [];
    const io = Object.assign(socket, {
      emit(this: EventEmitter, event: string, ...args: unknown[]) {
        if (event === 'reply') return emitted.push([event, ...args]) > 0;
        return EventEmitter.prototype.emit.call(this, event, ...args);
      },
    });
    bindMessageHandlers(
      io as unknown as Socket,
      [handler('ask', () => ({ event: 'reply', data: 42 })), handler('manual', () => 'done', true)],
      transform,
    );
    const acks: unknown[] = [];
    io.emit('ask', {}, (r: unknown) => acks.push(r));
    io.emit('manual', {}, (r: unknown) => acks.push(r));
    await tick();
    expect(emitted).toEqual([['reply', 42]]);
    expect(acks).toEqual([]);
  });

  it('runs every gateway that handles the same event, and registers one listener per event', async () => {
    const { socket } = fakeSocket();
    const calls: string[] = [];
    bindMessageHandlers(socket as unknown as Socket, [handler('x', () => void calls.push('one'))], transform);
    bindMessageHandlers(socket as unknown as Socket, [handler('x', () => void calls.push('two'))], transform);
    socket.emit('x', {});
    await tick();
    expect(calls).toEqual(['one', 'two']);
    expect(socket.listenerCount('x')).toBe(1);
  });

  it('keeps sockets apart: each runs the handlers bound to it', async () => {
    const a = fakeSocket().socket;
    const b = fakeSocket().socket;
    const calls: string[] = [];
    bindMessageHandlers(a as unknown as Socket, [handler('x', () => void calls.push('a'))], transform);
    bindMessageHandlers(b as unknown as Socket, [handler('x', () => void calls.push('b'))], transform);
    b.emit('x', {});
    a.emit('x', {});
    await tick();
    expect(calls).toEqual(['b', 'a']);
  });
});
