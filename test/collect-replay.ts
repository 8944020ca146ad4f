// A loopback server that replays real net/http/pprof answers recorded from
// fixtures/_gen/pprof-service, with per-endpoint overrides for faults. Shared by the collect tests.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';

export const recorded = 'fixtures/collect/recorded';
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** Serves the recording NAME for `<prefix>/<endpoint>`; `overrides` replace endpoints by name. */
export function replay(prefix: string, overrides: Record<string, string | Handler> = {}): Handler {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const endpoint = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length + 1) : '';
    const byEndpoint: Record<string, string> = {
      profile: 'cpu',
      trace: 'trace',
      heap: 'heap',
      allocs: 'allocs',
      block: 'block',
      mutex: 'mutex',
      goroutine: 'goroutine',
    };
    const chosen = overrides[endpoint] ?? byEndpoint[endpoint] ?? 'index-page'; // pprof.Index answers unknown names
    if (typeof chosen === 'function') return chosen(req, res);
    const meta = JSON.parse(readFileSync(join(recorded, `${chosen}.json`), 'utf8')) as {
      status: number;
      headers: Record<string, string>;
    };
    res.writeHead(meta.status, meta.headers);
    res.end(readFileSync(join(recorded, `${chosen}.body`)));
  };
}

const servers: { close(): void }[] = [];
export async function serve(handler: Handler, tls = false): Promise<string> {
  const server = tls
    ? createTlsServer(
        { key: readFileSync('fixtures/collect/tls/server.key'), cert: readFileSync('fixtures/collect/tls/server.pem') },
        handler,
      )
    : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push({ close: () => server.close() });
  server.on('connection', (socket: Socket) => servers.push({ close: () => socket.destroy() }));
  return `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

export function closeServers(): void {
  for (const s of servers.splice(0)) s.close();
}
