// A read-only Distribution v2 client: manifests, blobs and referrers, each checked against the digest
// that named it. Auth, retries, the concurrency limit and size caps live in auth.ts and http.ts.
import type { Io } from '../io/io.js';
import { envError, userError } from '../verdict/errors.js';
import { Authenticator } from './auth.js';
import { CredentialStore, type Credentials } from './credentials.js';
import { checkDigest, isDigest, sha256Digest } from './digest.js';
import { Http, type HttpResponse } from './http.js';
import { manifestMediaType, parseManifest } from './manifest.js';
import { baseUrl } from './ref.js';
import { type Descriptor, type FetchedManifest, isIndex, LIMITS, MANIFEST_ACCEPT, MEDIA } from './types.js';

export interface Repo {
  registry: string;
  repository: string;
}

export interface RegistryClientOptions {
  concurrency: number;
  credentials?: Credentials;
  attempts?: number;
  baseDelayMs?: number;
}

export class RegistryClient {
  private readonly http: Http;
  private readonly auth: Authenticator;

  constructor(io: Io, opts: RegistryClientOptions) {
    const httpOpts = { fetch: io.fetch, log: io.log, concurrency: opts.concurrency };
    if (opts.attempts !== undefined) Object.assign(httpOpts, { attempts: opts.attempts });
    if (opts.baseDelayMs !== undefined) Object.assign(httpOpts, { baseDelayMs: opts.baseDelayMs });
    this.http = new Http(httpOpts);
    this.auth = new Authenticator(this.http, new CredentialStore(io, opts.credentials), io);
  }

  /** A GET on /v2/<repository>/<path>, answering one 401 with the registry's auth scheme. */
  private async request(repo: Repo, path: string, accept: string, cap: number, what: string): Promise<HttpResponse> {
    const url = `${baseUrl(repo.registry)}/v2/${repo.repository}/${path}`;
    let authz = await this.auth.cached(repo.registry, repo.repository);
    for (let round = 0; round < 2; round++) {
      const headers: Record<string, string> = { Accept: accept };
      if (authz) headers['Authorization'] = authz;
      const res = await this.http.get(url, headers, cap, what);
      if (res.status !== 401) return res;
      authz = await this.auth.authorize(repo.registry, repo.repository, res.headers.get('www-authenticate'), authz);
    }
    throw userError('REGISTRY_AUTH_FAILED', `${repo.registry} refused the credentials for ${repo.repository}.`);
  }

  private unexpected(res: HttpResponse, what: string): never {
    const text = Buffer.from(res.body).toString('utf8').slice(0, 300).replace(/\s+/g, ' ');
    if (res.status === 403) throw envError('REGISTRY_FORBIDDEN', `${what}: access denied (HTTP 403). ${text}`);
    throw envError('REGISTRY_UNEXPECTED', `${what}: unexpected HTTP ${res.status}. ${text}`);
  }

  /**
   * A manifest by digest or tag; undefined when the registry does not know it (404). By digest, the
   * bytes must hash to it; by tag, to the Docker-Content-Digest header when the registry sends one.
   */
  async manifest(repo: Repo, reference: string): Promise<FetchedManifest | undefined> {
    const what = `manifest ${repo.registry}/${repo.repository}${isDigest(reference) ? '@' : ':'}${reference}`;
    const res = await this.request(repo, `manifests/${reference}`, MANIFEST_ACCEPT, LIMITS.manifestBytes, what);
    if (res.status === 404) return undefined;
    if (res.status !== 200) this.unexpected(res, what);
    const expected = isDigest(reference) ? reference : res.headers.get('docker-content-digest');
    const digest = sha256Digest(res.body);
    if (expected) checkDigest(res.body, expected, what);
    const manifest = parseManifest(res.body, what);
    return {
      digest,
      bytes: res.body,
      manifest,
      mediaType: manifestMediaType(manifest, res.headers.get('content-type')),
    };
  }

  /** A blob by descriptor: its size is checked before the download and its digest after. */
  async blob(repo: Repo, desc: Descriptor, cap: number = LIMITS.blobBytes): Promise<Uint8Array> {
    const what = `blob ${repo.registry}/${repo.repository}@${desc.digest}`;
    if (desc.size > cap) throw userError('OCI_TOO_LARGE', `${what} is ${desc.size} bytes, over the ${cap}-byte limit.`);
    const res = await this.request(repo, `blobs/${desc.digest}`, '*/*', cap, what);
    if (res.status === 404) throw userError('OCI_BLOB_MISSING', `${what} does not exist in the registry.`);
    if (res.status !== 200) this.unexpected(res, what);
    if (res.body.byteLength < desc.size) {
      throw envError('OCI_BODY_TRUNCATED', `${what}: got ${res.body.byteLength} of ${desc.size} bytes.`);
    }
    checkDigest(res.body, desc.digest, what);
    return res.body;
  }

  /**
   * The referrers of a digest (OCI distribution-spec 1.1), or undefined when the registry has no
   * referrers API (404 or 406 on the endpoint), so the caller falls back to the tag schema.
   * The answer is generated, so it has no digest to check; each listed manifest is fetched by digest.
   */
  async referrers(repo: Repo, digest: string, artifactType?: string): Promise<Descriptor[] | undefined> {
    const what = `referrers of ${repo.registry}/${repo.repository}@${digest}`;
    const query = artifactType ? `?artifactType=${encodeURIComponent(artifactType)}` : '';
    const res = await this.request(repo, `referrers/${digest}${query}`, MEDIA.ociIndex, LIMITS.manifestBytes, what);
    if (res.status === 404 || res.status === 406 || res.status === 400 || res.status === 405) return undefined;
    if (res.status !== 200) this.unexpected(res, what);
    const index = parseManifest(res.body, what);
    if (!isIndex(index))
      throw userError('OCI_MANIFEST_INVALID', `${what}: the registry answered something other than an index.`);
    return index.manifests;
  }
}
