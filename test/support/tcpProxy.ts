// A TCP proxy in front of the shared PostgreSQL server: tests point a Database at it and close it
// to simulate an outage (the shared server keeps running for everyone else), then open it again
// on the same port.
import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Refuse new connections and cut the open ones (the database "goes away"). */
  stop(): Promise<void>;
  /** Accept connections again, on the same port. */
  start(): Promise<void>;
  /** Accept connections but never answer (a host that stopped responding). */
  blackhole: boolean;
  /**
   * Stop forwarding in both directions, keeping every socket open: established (pooled) connections
   * get no answer, as from a database host that hangs or a network that drops packets.
   */
  pause(): void;
  /** Forward again, first what was held back. */
  resume(): void;
}

export async function tcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  const track = (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => s.destroy());
  };
  /** While paused: what each direction would have sent, in order. */
  let held: [net.Socket, Buffer][] | null = null;
  const forward = (from: net.Socket, to: net.Socket) =>
    from.on('data', (chunk: Buffer) => {
      if (held) held.push([to, chunk]);
      else if (!to.destroyed) to.write(chunk);
    });
  const server = net.createServer((client) => {
    track(client);
    if (proxy.blackhole) return;
    const upstream = net.connect(target.port, target.host);
    track(upstream);
    forward(client, upstream);
    forward(upstream, client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  const listen = (port: number) => new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as net.AddressInfo).port;
  const proxy: TcpProxy = {
    port,
    blackhole: false,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
    start: () => listen(port),
    pause: () => void (held ??= []),
    resume: () => {
      const waiting = held ?? [];
      held = null;
      for (const [to, chunk] of waiting) if (!to.destroyed) to.write(chunk);
    },
  };
  return proxy;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
