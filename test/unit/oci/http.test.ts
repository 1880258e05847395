// The registry HTTP layer against a loopback server: redirects, size caps, retries and the limit on
// requests in flight.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Http } from '../../../src/lib/oci/http.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';

const log = { info: () => {}, warn: () => {}, debug: () => {} };
let port = 0;
let inFlight = 0;
let maxInFlight = 0;
const seenAuth: Record<string, string | undefined> = {};

function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? '';
  seenAuth[url] = req.headers.authorization;
  if (url === '/insecure') return void res.writeHead(307, { location: 'http://example.com/blob' }).end();
  if (url === '/to-localhost') return void res.writeHead(307, { location: `http://localhost:${port}/landed` }).end();
  if (url === '/same-host') return void res.writeHead(302, { location: '/landed' }).end();
  if (url === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
  if (url === '/big') return void res.writeHead(200, { 'content-length': '2048' }).end(Buffer.alloc(2048));
  if (url === '/big-chunked') {
    res.writeHead(200);
    res.write(Buffer.alloc(700));
    return void res.end(Buffer.alloc(700));
  }
  if (url === '/slow') {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    setTimeout(() => {
      inFlight--;
      res.end('ok');
    }, 20);
    return;
  }
  res.end('landed');
}

const server = createServer(handle);
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const http = (concurrency = 4) => new Http({ fetch, log, concurrency, attempts: 2, baseDelayMs: 1 });
const url = (p: string) => `http://127.0.0.1:${port}${p}`;
async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (!isRcoError(e)) throw e;
    return e.code;
  }
}

describe('Http', () => {
  it('follows redirects on the same host with the credentials, to another host without them', async () => {
    const h = http();
    const same = await h.get(url('/same-host'), { Authorization: 'Bearer abc' }, 1024, 'x');
    expect(Buffer.from(same.body).toString()).toBe('landed');
    expect(seenAuth['/landed']).toBe('Bearer abc');
    const other = await h.get(url('/to-localhost'), { Authorization: 'Bearer abc' }, 1024, 'x');
    expect(other.url).toContain('localhost');
    expect(seenAuth['/landed']).toBeUndefined();
  });

  it('refuses a redirect to plain http off this machine, and redirect loops', async () => {
    expect(await code(http().get(url('/insecure'), {}, 1024, 'x'))).toBe('REGISTRY_REDIRECT_INSECURE');
    expect(await code(http().get(url('/loop'), {}, 1024, 'x'))).toBe('REGISTRY_REDIRECT_LOOP');
  });

  it('refuses bodies over the cap, declared or streamed', async () => {
    expect(await code(http().get(url('/big'), {}, 1024, 'x'))).toBe('OCI_TOO_LARGE');
    expect(await code(http().get(url('/big-chunked'), {}, 1024, 'x'))).toBe('OCI_TOO_LARGE');
  });

  it('ends unknown when nothing listens', async () => {
    expect(await code(http().get('http://127.0.0.1:1/v2/', {}, 1024, 'x'))).toBe('REGISTRY_UNAVAILABLE');
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const h = http(2);
    await Promise.all(Array.from({ length: 8 }, () => h.get(url('/slow'), {}, 1024, 'x')));
    expect(maxInFlight).toBeGreaterThan(0);
    expect(maxInFlight).toBeLessThanOrEqual(2);
  });
});
