// A loopback proxy in front of the real registry that misbehaves on demand: answers with an error
// status a number of times, corrupts or truncates a body, and serves the OCI referrers API (which
// distribution 2.8 lacks) from descriptors the test registers.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Misbehaviour = 'corrupt' | 'truncate' | { status: number; headers?: Record<string, string>; body?: string };

export interface ProxyRule {
  /** Matched against "METHOD /path?query". */
  match: RegExp;
  action: Misbehaviour;
  /** How many matching requests misbehave; unlimited when absent. */
  times?: number;
}

export interface RegistryProxy {
  host: string;
  url: string;
  rules: ProxyRule[];
  /** Referrers by subject digest; the API answers only while `referrersApi` is true. */
  referrers: Map<string, { mediaType: string; digest: string; size: number; artifactType?: string }[]>;
  referrersApi: boolean;
  /** When set, the proxy demands this bearer token, issued at /token (to these basic credentials, if given). */
  bearer?: { token: string; user?: string; password?: string };
  /** Every request seen, as "METHOD /path". */
  seen: string[];
  stop(): Promise<void>;
}

const FORWARD = [
  'content-type',
  'docker-content-digest',
  'content-length',
  'www-authenticate',
  'location',
  'retry-after',
];

async function forward(
  upstream: string,
  req: IncomingMessage,
): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const headers: Record<string, string> = {};
  for (const h of ['accept', 'authorization']) if (req.headers[h]) headers[h] = String(req.headers[h]);
  const r = await fetch(`${upstream}${req.url}`, { method: req.method ?? 'GET', headers, redirect: 'manual' });
  const out: Record<string, string> = {};
  for (const h of FORWARD) {
    const v = r.headers.get(h);
    if (v !== null) out[h] = v;
  }
  return { status: r.status, headers: out, body: Buffer.from(await r.arrayBuffer()) };
}

function serveReferrers(p: RegistryProxy, req: IncomingMessage, res: ServerResponse): boolean {
  const m = /^\/v2\/.+\/referrers\/(sha256:[a-f0-9]{64})(?:\?(.*))?$/.exec(req.url ?? '');
  if (!m || !p.referrersApi) return false;
  const want = new URLSearchParams(m[2] ?? '').get('artifactType');
  const list = (p.referrers.get(m[1] as string) ?? []).filter((d) => !want || d.artifactType === want);
  const body = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: list,
  });
  res.writeHead(200, {
    'content-type': 'application/vnd.oci.image.index.v1+json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
  return true;
}

/** A token service and a bearer-protected registry, as Docker Hub and GHCR are. */
function bearerGate(p: RegistryProxy, req: IncomingMessage, res: ServerResponse): boolean {
  const b = p.bearer;
  if (!b) return false;
  if (req.url?.startsWith('/token?')) {
    const want = b.user ? `Basic ${Buffer.from(`${b.user}:${b.password}`).toString('base64')}` : undefined;
    if (want && req.headers.authorization !== want) {
      res.writeHead(401).end('{"errors":[{"code":"UNAUTHORIZED"}]}');
      return true;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: b.token }));
    return true;
  }
  if (req.headers.authorization === `Bearer ${b.token}`) return false;
  const scope = /^\/v2\/(.+?)\/(?:manifests|blobs|referrers)\//.exec(req.url ?? '')?.[1];
  res.writeHead(401, {
    'www-authenticate': `Bearer realm="${p.url}/token",service="rco-test"${scope ? `,scope="repository:${scope}:pull"` : ''}`,
  });
  res.end('{"errors":[{"code":"UNAUTHORIZED"}]}');
  return true;
}

async function misbehave(
  upstream: string,
  req: IncomingMessage,
  res: ServerResponse,
  action: Misbehaviour,
): Promise<void> {
  if (typeof action === 'object') {
    res.writeHead(action.status, action.headers ?? {});
    res.end(action.body ?? '');
    return;
  }
  const r = await forward(upstream, req);
  if (action === 'corrupt') {
    const body = Buffer.from(r.body);
    if (body.length) body[body.length >> 1] = (body[body.length >> 1] as number) ^ 0x20;
    res.writeHead(r.status, r.headers);
    res.end(body);
    return;
  }
  // truncate: announce the full length, send half, then cut the connection.
  res.writeHead(r.status, { ...r.headers, 'content-length': String(r.body.length) });
  res.write(r.body.subarray(0, r.body.length >> 1), () => res.socket?.destroy());
}

export async function startProxy(upstream: string): Promise<RegistryProxy> {
  const p: RegistryProxy = {
    host: '',
    url: '',
    rules: [],
    referrers: new Map(),
    referrersApi: false,
    seen: [],
    stop: async () => {},
  };
  const server = createServer((req, res) => {
    const line = `${req.method} ${req.url}`;
    p.seen.push(line);
    const rule = p.rules.find((r) => r.match.test(line) && (r.times === undefined || r.times > 0));
    const run = async () => {
      if (bearerGate(p, req, res)) return;
      if (rule) {
        if (rule.times !== undefined) rule.times--;
        return misbehave(upstream, req, res, rule.action);
      }
      if (serveReferrers(p, req, res)) return;
      const r = await forward(upstream, req);
      res.writeHead(r.status, r.headers);
      res.end(r.body);
    };
    run().catch(() => res.socket?.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  p.host = `127.0.0.1:${port}`;
  p.url = `http://${p.host}`;
  p.stop = () =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return p;
}
