// The Distribution auth handshake: a 401 names a scheme in WWW-Authenticate; Basic sends the
// credentials, Bearer trades them (or nothing, for anonymous pulls) for a token at the realm.
import type { Io } from '../io/io.js';
import { describe, envError, userError } from '../verdict/errors.js';
import type { CredentialStore, Credentials } from './credentials.js';
import type { Http } from './http.js';
import { isLoopback } from './ref.js';

export interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** Parses `Bearer realm="…",service="…",scope="…"`; quoted values may hold commas and escapes. */
export function parseChallenge(header: string): Challenge | undefined {
  const m = /^\s*([A-Za-z][\w-]*)\s*(.*)$/s.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*,?\s*/gy;
  const rest = m[2] as string;
  re.lastIndex = 0;
  while (re.lastIndex < rest.length) {
    const p = re.exec(rest);
    if (!p) break;
    params[(p[1] as string).toLowerCase()] = p[2] !== undefined ? p[2].replace(/\\(.)/g, '$1') : (p[3] ?? '');
  }
  return { scheme: (m[1] as string).toLowerCase(), params };
}

const TOKEN_CAP = 1024 * 1024;

function basic(c: Credentials): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
}

export class Authenticator {
  /** Authorization header per registry|repository; tokens are scoped to one repository. */
  private readonly cache = new Map<string, Promise<string>>();

  constructor(
    private readonly http: Http,
    private readonly creds: CredentialStore,
    private readonly io: Io,
  ) {}

  cached(registry: string, repository: string): Promise<string> | undefined {
    return this.cache.get(`${registry}|${repository}`) ?? this.cache.get(`${registry}|*`);
  }

  /** Called on a 401; concurrent callers for one repository share one token request. */
  authorize(registry: string, repository: string, header: string | null, failed?: string): Promise<string> {
    const key = `${registry}|${repository}`;
    const known = this.cache.get(key);
    // A header that was just refused is not retried: a fresh token is asked for once.
    if (known && failed === undefined) return known;
    const p = this.fresh(registry, repository, header, failed !== undefined);
    this.cache.set(key, p);
    p.catch(() => this.cache.delete(key));
    return p;
  }

  private async fresh(registry: string, repository: string, header: string | null, refused: boolean): Promise<string> {
    const ch = header ? parseChallenge(header) : undefined;
    const { credentials, helper } = await this.creds.lookup(registry);
    const needCreds = (why: string) =>
      envError('REGISTRY_AUTH_REQUIRED', `${registry} ${why} for ${repository}.`, {
        hint: helper ?? 'give the username and password inputs, or run docker/login-action before this step',
      });
    if (refused && (credentials || ch?.scheme === 'basic')) {
      throw userError('REGISTRY_AUTH_FAILED', `${registry} refused the credentials for ${repository}.`, {
        hint: 'check the username/password (or the docker login) and that they may pull this repository',
      });
    }
    if (ch?.scheme === 'basic') {
      if (!credentials?.username) throw needCreds('asks for a username and password');
      const h = basic(credentials);
      this.cache.set(`${registry}|*`, Promise.resolve(h));
      return h;
    }
    if (ch?.scheme !== 'bearer' || !ch.params['realm']) {
      throw userError(
        'REGISTRY_AUTH_UNSUPPORTED',
        `${registry} answered 401 with an unsupported challenge "${header ?? ''}".`,
      );
    }
    if (credentials?.registryToken) return `Bearer ${credentials.registryToken}`;
    return `Bearer ${await this.token(registry, repository, ch.params, credentials)}`;
  }

  private async token(
    registry: string,
    repository: string,
    params: Record<string, string>,
    credentials: Credentials | undefined,
  ): Promise<string> {
    let url: URL;
    try {
      url = new URL(params['realm'] as string);
    } catch {
      throw userError('REGISTRY_AUTH_UNSUPPORTED', `${registry} names an invalid token realm "${params['realm']}".`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.host))) {
      throw userError(
        'REGISTRY_REDIRECT_INSECURE',
        `${registry} asks for credentials at ${url.origin}, which is not https; refused.`,
      );
    }
    if (params['service']) url.searchParams.set('service', params['service']);
    url.searchParams.set('scope', params['scope'] ?? `repository:${repository}:pull`);
    const headers: Record<string, string> = {};
    if (credentials?.username) headers['Authorization'] = basic(credentials);
    const res = await this.http.get(url.href, headers, TOKEN_CAP, `token for ${registry}/${repository}`);
    if (res.status === 401 || res.status === 403) {
      throw credentials
        ? userError(
            'REGISTRY_AUTH_FAILED',
            `${registry} refused the credentials for ${repository} (HTTP ${res.status}).`,
          )
        : envError('REGISTRY_AUTH_REQUIRED', `${registry} gives no anonymous access to ${repository}.`, {
            hint: 'give the username and password inputs, or run docker/login-action before this step',
          });
    }
    if (res.status !== 200) {
      throw envError('REGISTRY_AUTH_FAILED', `The token service of ${registry} answered HTTP ${res.status}.`);
    }
    let token: unknown;
    try {
      const body = JSON.parse(Buffer.from(res.body).toString('utf8')) as Record<string, unknown>;
      token = body['token'] ?? body['access_token'];
    } catch (e) {
      throw envError('REGISTRY_AUTH_FAILED', `The token service of ${registry} sent invalid JSON: ${describe(e)}.`);
    }
    if (typeof token !== 'string' || !token) {
      throw envError('REGISTRY_AUTH_FAILED', `The token service of ${registry} sent no token.`);
    }
    this.io.mask(token);
    return token;
  }
}
