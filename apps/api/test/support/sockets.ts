import { io, type Socket } from 'socket.io-client';

/** A real socket.io client, connected (or refused) like the web client would be. */
export function connectSocket(url: string, token?: string): Socket {
  return io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: token ? { token } : {},
    reconnection: false,
    forceNew: true,
  });
}

export function once<T = unknown>(socket: Socket, event: string, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "${event}" within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event, (value: T) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export async function connected(socket: Socket): Promise<Socket> {
  if (socket.connected) return socket;
  await Promise.race([
    once(socket, 'connect'),
    once<Error>(socket, 'connect_error').then((e) => Promise.reject(e)),
  ]);
  return socket;
}
