// A tiny GitHub REST client over io.fetch: the API URL from the environment (GitHub Enterprise sets
// GITHUB_API_URL), the token masked, retries with backoff on network errors, 5xx and rate limits.
import type { Io } from '../io/io.js';
import { describe, envError, userError } from '../verdict/errors.js';

export interface GitHubClientOptions {
  token?: string;
  /** Base URL; default GITHUB_API_URL, else https://api.github.com. */
  apiUrl?: string;
  /** Attempts in all, the first included. */
  attempts?: number;
  /** First backoff delay; doubles each retry. Tests set it to 0. */
  backoffMs?: number;
  /** How long one request may take before it counts as a network error. */
  timeoutMs?: number;
}

export interface GitHubResponse<T> {
  status: number;
  /** undefined for 404. */
  body?: T;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Only https, or http to loopback (tests and local proxies), may carry the token. */
function checkApiUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw userError('GITHUB_API_URL_INVALID', `GITHUB_API_URL "${raw}" is not a URL.`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw userError('GITHUB_API_URL_INVALID', `GITHUB_API_URL must use https, got ${url.protocol}//${url.host}.`);
  }
  return url;
}

export class GitHubClient {
  private readonly base: string;
  private readonly token?: string;
  private readonly attempts: number;
  private readonly backoffMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly io: Io,
    opts: GitHubClientOptions = {},
  ) {
    const raw = opts.apiUrl || io.env['GITHUB_API_URL'] || 'https://api.github.com';
    this.base = checkApiUrl(raw).toString().replace(/\/+$/, '');
    if (opts.token) {
      io.mask(opts.token);
      this.token = opts.token;
    }
    this.attempts = Math.max(1, opts.attempts ?? 4);
    this.backoffMs = opts.backoffMs ?? Number(io.env['RCO_GITHUB_BACKOFF_MS'] ?? 1000);
    this.timeoutMs = opts.timeoutMs ?? 30_000;
  }

  /** GET a JSON resource. 404 returns { status: 404 }; other 4xx are user errors, the rest environment errors. */
  async get<T>(path: string): Promise<GitHubResponse<T>> {
    const url = `${this.base}${path}`;
    const headers: Record<string, string> = {
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      'user-agent': 'rco-actions',
    };
    if (this.token) headers['authorization'] = `Bearer ${this.token}`;
    let last = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      if (attempt > 1) await sleep(this.backoffMs * 2 ** (attempt - 2));
      let res: Response;
      try {
        res = await this.io.fetch(url, { headers, redirect: 'error', signal: AbortSignal.timeout(this.timeoutMs) });
      } catch (e) {
        last = `network error: ${describe(e)}`;
        this.io.log.debug(`GET ${path}: ${last} (attempt ${attempt}/${this.attempts})`);
        continue;
      }
      if (res.status === 404) {
        discard(res);
        return { status: 404 };
      }
      const retryable = res.status >= 500 || res.status === 429 || (res.status === 403 && isRateLimited(res));
      if (retryable) {
        last = `HTTP ${res.status}`;
        discard(res);
        this.io.log.debug(`GET ${path}: ${last} (attempt ${attempt}/${this.attempts})`);
        continue;
      }
      if (res.status >= 400) {
        const text = (await res.text().catch(() => '')).slice(0, 300);
        const hint =
          res.status === 401 || res.status === 403
            ? 'check the token and that the job has "contents: read" permission'
            : undefined;
        throw userError('GITHUB_API_DENIED', `GitHub API GET ${path} answered HTTP ${res.status}: ${text}`, {
          ...(hint ? { hint } : {}),
        });
      }
      try {
        return { status: res.status, body: (await res.json()) as T };
      } catch (e) {
        last = `invalid JSON: ${describe(e)}`;
      }
    }
    throw envError(
      'GITHUB_API_UNAVAILABLE',
      `GitHub API GET ${path} failed after ${this.attempts} attempts (${last}).`,
      {
        hint: 'the check could not be performed; re-run the job when the API is reachable',
      },
    );
  }
}

/** Frees the connection without waiting: a body nobody reads must not hold the request open. */
function discard(res: Response): void {
  res.body?.cancel().catch(() => undefined);
}

function isRateLimited(res: Response): boolean {
  return res.headers.get('x-ratelimit-remaining') === '0' || res.headers.has('retry-after');
}
