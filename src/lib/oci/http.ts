// The registry's HTTP layer: a concurrency limit, retries with backoff for GETs on 429/5xx and network
// errors, redirects followed by hand (https only, except to loopback; credentials never follow to
// another host) and bodies read under a size cap. fetch (undici) keeps connections alive, so repeated
// requests to one registry reuse sockets.
import type { Logger } from '../io/io.js';
import { describe, envError, isRcoError, userError } from '../verdict/errors.js';
import { isLoopback } from './ref.js';

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: Uint8Array;
  /** The URL that answered, after redirects. */
  url: string;
}

export interface HttpOptions {
  fetch: typeof fetch;
  log: Logger;
  concurrency: number;
  /** Total tries of one GET, the first included. */
  attempts?: number;
  /** First backoff; doubles on each retry unless the server sends Retry-After. */
  baseDelayMs?: number;
}

const MAX_REDIRECTS = 5;
const MAX_RETRY_AFTER_MS = 30_000;
/** Error bodies are only shown in messages: no need to hold more. */
const ERROR_BODY_CAP = 64 * 1024;

class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    else this.active++;
    try {
      return await fn();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function retryAfterMs(h: string | null): number | undefined {
  if (!h) return undefined;
  const secs = Number(h);
  const ms = Number.isFinite(secs) ? secs * 1000 : Date.parse(h) - Date.now();
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS) : undefined;
}

/** A failed read that may succeed on another try (connection reset, truncated body). Its message
 * leaves out `what`: get() names the request once, in front. */
class Transient extends Error {
  constructor(
    message: string,
    readonly truncated = false,
  ) {
    super(message);
  }
}

async function readCapped(res: Response, cap: number, what: string): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (declared > cap) {
    await res.body?.cancel();
    throw userError('OCI_TOO_LARGE', `${what} is ${declared} bytes, over the ${cap}-byte limit; refused.`);
  }
  if (Number.isFinite(declared)) {
    // The usual case (registries send Content-Length): one read, no per-chunk bookkeeping.
    let body: Uint8Array;
    try {
      body = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      throw new Transient(`the connection ended before ${declared} bytes (${describe(e)})`, true);
    }
    if (body.byteLength < declared) throw new Transient(`got ${body.byteLength} of ${declared} bytes`, true);
    return body;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of res.body ?? []) {
      total += chunk.byteLength;
      if (total > cap) {
        await res.body?.cancel().catch(() => {});
        throw userError('OCI_TOO_LARGE', `${what} is over the ${cap}-byte limit; refused.`);
      }
      chunks.push(chunk);
    }
  } catch (e) {
    if (isRcoError(e)) throw e;
    // undici ends a body cut short of its Content-Length with "terminated".
    throw new Transient(`the connection ended after ${total} bytes (${describe(e)})`, true);
  }
  return Buffer.concat(chunks);
}

export class Http {
  private readonly sem: Semaphore;
  private readonly attempts: number;
  private readonly baseDelayMs: number;

  constructor(private readonly opts: HttpOptions) {
    this.sem = new Semaphore(Math.max(1, opts.concurrency));
    this.attempts = opts.attempts ?? 4;
    this.baseDelayMs = opts.baseDelayMs ?? 200;
  }

  /** One GET, retried; a 2xx body is capped at `cap`, other bodies at 64 kB. Redirects are followed. */
  async get(url: string, headers: Record<string, string>, cap: number, what: string): Promise<HttpResponse> {
    let last = '';
    let truncated = false;
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      let delay = this.baseDelayMs * 2 ** (attempt - 1);
      try {
        const res = await this.sem.run(() => this.once(url, headers, cap, what));
        if (res.status !== 429 && res.status < 500) return res;
        last = `HTTP ${res.status}`;
        delay = retryAfterMs(res.headers.get('retry-after')) ?? delay;
      } catch (e) {
        if (!(e instanceof Transient)) throw e;
        last = e.message;
        truncated = e.truncated;
      }
      if (attempt < this.attempts) {
        this.opts.log.debug(`${what}: ${last}; retry ${attempt}/${this.attempts - 1} in ${delay} ms`);
        await sleep(delay);
      }
    }
    throw envError(
      truncated ? 'OCI_BODY_TRUNCATED' : 'REGISTRY_UNAVAILABLE',
      `${what} failed after ${this.attempts} attempts: ${last}.`,
      {
        hint: truncated
          ? 'the registry or a proxy cut the response short'
          : 'retry later; the registry is down or rate-limiting',
      },
    );
  }

  private async once(url: string, headers: Record<string, string>, cap: number, what: string): Promise<HttpResponse> {
    let current = url;
    let hdrs = headers;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      let res: Response;
      try {
        res = await this.opts.fetch(current, { headers: hdrs, redirect: 'manual' });
      } catch (e) {
        const cause = (e as { cause?: unknown }).cause;
        throw new Transient(`${describe(e)}${cause ? ` (${describe(cause)})` : ''}`);
      }
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => {});
        const next = new URL(res.headers.get('location') as string, current);
        if (next.protocol !== 'https:' && !(next.protocol === 'http:' && isLoopback(next.host))) {
          throw userError(
            'REGISTRY_REDIRECT_INSECURE',
            `${what}: the registry redirected to ${next.origin}, which is not https; refused.`,
          );
        }
        // Blob storage (S3, CDNs) gets a signed URL; our registry credentials stay with the registry.
        if (next.host !== new URL(current).host) {
          const { Authorization: _a, authorization: _b, ...rest } = hdrs;
          hdrs = rest;
        }
        current = next.href;
        continue;
      }
      const ok = res.status >= 200 && res.status < 300;
      const body = await readCapped(res, ok ? cap : ERROR_BODY_CAP, what).catch((e) => {
        if (!ok && isRcoError(e)) return new Uint8Array();
        throw e;
      });
      return { status: res.status, headers: res.headers, body, url: current };
    }
    throw userError('REGISTRY_REDIRECT_LOOP', `${what}: more than ${MAX_REDIRECTS} redirects; refused.`);
  }
}
