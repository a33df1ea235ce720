import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of the real Redis that can cut the connections of one Redis client, recognised by
 * the name it gives itself in its handshake (CLIENT SETNAME kinship-io-pub), and refuse its reconnections
 * until restored: that client sees Redis drop, the others keep working.
 */
export class RedisProxy {
  private readonly blocked = new Set<string>();
  private readonly pairs = new Set<{ client: Socket; upstream: Socket; name: string | null }>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(redisUrl: string, names: string[]): Promise<RedisProxy> {
    const target = new URL(redisUrl);
    let proxy: RedisProxy | null = null;
    const server = createServer((client) => proxy?.accept(client, target, names));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new RedisProxy(server, (server.address() as { port: number }).port);
    return proxy;
  }

  /** The same Redis URL (database index included), through the proxy. */
  url(redisUrl: string): string {
    const url = new URL(redisUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }

  /** Cuts the connections of the client named `name` and refuses its new ones. */
  drop(name: string): void {
    this.blocked.add(name);
    for (const pair of this.pairs) {
      if (pair.name === name) {
        pair.client.destroy();
        pair.upstream.destroy();
      }
    }
  }

  restore(name: string): void {
    this.blocked.delete(name);
  }

  async close(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
    await new Promise((resolve) => this.server.close(resolve));
  }

  private accept(client: Socket, target: URL, names: string[]): void {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    const pair = { client, upstream, name: null as string | null };
    this.pairs.add(pair);
    let head = '';
    client.on('data', (chunk: Buffer) => {
      if (pair.name === null && head.length < 4096) {
        head += chunk.toString('latin1');
        pair.name = names.find((n) => head.includes(n)) ?? null;
      }
      if (pair.name !== null && this.blocked.has(pair.name)) {
        client.destroy();
        upstream.destroy();
        return;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.pairs.delete(pair);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('error', end);
    upstream.on('error', end);
  }
}
