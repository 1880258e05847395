// Registry credentials: the action's username/password inputs, else the Docker config that
// `docker login` and docker/login-action leave (DOCKER_CONFIG or ~/.docker/config.json). Credential
// helpers are not run: they are programs outside our control, and a clear message is better.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Io } from '../io/io.js';
import { describe, userError } from '../verdict/errors.js';

export interface Credentials {
  username?: string;
  password?: string;
  /** An OAuth2 registry token used as a bearer token as is. */
  registryToken?: string;
}

export interface CredentialLookup {
  credentials?: Credentials;
  /** Why none were found when the Docker config names a helper for this registry. */
  helper?: string;
}

/** The parts of config.json we read; values are checked one by one (the file is untrusted input). */
interface DockerConfig {
  auths?: Record<string, unknown>;
  credHelpers?: Record<string, unknown>;
  credsStore?: unknown;
}

/** Docker writes Docker Hub as https://index.docker.io/v1/ and others as host or https://host. */
export function normalizeRegistryKey(key: string): string {
  const host = key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

export function dockerConfigPath(io: Io): string | undefined {
  if (io.env['DOCKER_CONFIG']) return join(io.env['DOCKER_CONFIG'], 'config.json');
  return io.env['HOME'] ? join(io.env['HOME'], '.docker', 'config.json') : undefined;
}

async function readDockerConfig(path: string): Promise<DockerConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined; // no config is the common anonymous case
  }
  try {
    const cfg = JSON.parse(text) as unknown;
    if (cfg && typeof cfg === 'object' && !Array.isArray(cfg)) return cfg as DockerConfig;
  } catch (e) {
    throw userError('DOCKER_CONFIG_INVALID', `${path} is not valid JSON: ${describe(e)}.`);
  }
  throw userError('DOCKER_CONFIG_INVALID', `${path} must hold a JSON object.`);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);

function fromEntry(entry: Record<string, unknown>, path: string, registry: string): Credentials | undefined {
  const token = str(entry['registrytoken']);
  if (token) return { registryToken: token };
  const auth = str(entry['auth']);
  if (auth) {
    const decoded = Buffer.from(auth, 'base64').toString('utf8');
    const i = decoded.indexOf(':');
    if (i <= 0) {
      throw userError('DOCKER_CONFIG_INVALID', `${path}: auths["${registry}"].auth is not base64 of "user:password".`);
    }
    return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
  }
  const username = str(entry['username']);
  const password = str(entry['password']);
  return username && password ? { username, password } : undefined;
}

export class CredentialStore {
  private config?: Promise<DockerConfig | undefined>;

  constructor(
    private readonly io: Io,
    private readonly given?: Credentials,
  ) {}

  async lookup(registry: string): Promise<CredentialLookup> {
    if (this.given?.username || this.given?.registryToken) return { credentials: this.given };
    const path = dockerConfigPath(this.io);
    if (!path) return {};
    this.config ??= readDockerConfig(path);
    const cfg = await this.config;
    if (!cfg) return {};
    for (const [key, entry] of Object.entries(cfg.auths ?? {})) {
      if (normalizeRegistryKey(key) !== registry || !entry || typeof entry !== 'object') continue;
      const creds = fromEntry(entry as Record<string, unknown>, path, registry);
      if (creds) {
        for (const s of [creds.password, creds.registryToken]) if (s) this.io.mask(s);
        return { credentials: creds };
      }
      if (str((entry as Record<string, unknown>)['identitytoken'])) {
        return { helper: `${path} holds only an identity token for ${registry}, which this action does not exchange` };
      }
    }
    const named = Object.entries(cfg.credHelpers ?? {}).find(([k]) => normalizeRegistryKey(k) === registry)?.[1];
    const helper = str(named) ?? str(cfg.credsStore);
    return helper
      ? {
          helper: `${path} keeps the ${registry} credentials in docker-credential-${helper}, which this action does not run`,
        }
      : {};
  }
}
