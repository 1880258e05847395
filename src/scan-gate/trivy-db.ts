// The Trivy vulnerability DB: restored from and saved to io.cache, downloaded from an ordered list
// of OCI repositories. The public repositories rate-limit CI runners (HTTP 429), so a rate limit or
// a server error moves on to the next repository after a growing pause instead of failing the gate.
import { join } from 'node:path';
import type { Io } from '../lib/io/io.js';
import { envError } from '../lib/verdict/errors.js';
import { isTransient, trivyErrorLine } from './trivy-env.js';

/** Trivy's own defaults, then the ECR Public copy trivy-action users fall back to. */
export const DEFAULT_DB_REPOSITORIES = [
  'mirror.gcr.io/aquasec/trivy-db:2',
  'ghcr.io/aquasecurity/trivy-db:2',
  'public.ecr.aws/aquasecurity/trivy-db:2',
];

/** An OCI reference: registry host, path, optional tag or digest. No flags, no whitespace. */
const REPOSITORY = /^[a-z0-9.-]+(?::\d+)?(?:\/[a-z0-9._-]+)+(?::[\w.-]{1,128}|@sha256:[0-9a-f]{64})?$/;

export function isDbRepository(ref: string): boolean {
  return REPOSITORY.test(ref);
}

export interface DbDownload {
  trivy: string;
  repositories: string[];
  cacheDir: string;
  env: Record<string, string>;
  cwd: string;
  /** Each repository is tried at most this many times (default 2). */
  rounds?: number;
  /** First pause after a transient failure; doubles each time (default 2000 ms). */
  backoffMs?: number;
  /** Per attempt (default 5 minutes). */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Downloads (or freshens) the DB in cacheDir; returns the repository that served it. */
export async function downloadDb(d: DbDownload, io: Io): Promise<string> {
  const rounds = d.rounds ?? 2;
  const base = d.backoffMs ?? 2000;
  const failures: string[] = [];
  const dead = new Set<string>();
  let pauses = 0;
  for (let round = 0; round < rounds; round++) {
    for (const repo of d.repositories) {
      if (dead.has(repo)) continue;
      const args = ['image', '--download-db-only', '--no-progress', '--cache-dir', d.cacheDir, '--db-repository', repo];
      const r = await io.exec(d.trivy, args, { env: d.env, cwd: d.cwd, timeoutMs: d.timeoutMs ?? 300_000 });
      if (r.code === 0) {
        io.log.info(`Trivy DB ready from ${repo}`);
        return repo;
      }
      const why = trivyErrorLine(r.stderr, r.code);
      failures.push(`${repo}: ${why}`);
      if (!isTransient(r.stderr)) {
        // Not a rate limit or outage (a wrong name, a denied pull): retrying the same one cannot help.
        dead.add(repo);
        io.log.warn(`Trivy DB download from ${repo} failed: ${why}`);
        continue;
      }
      const pause = Math.min(base * 2 ** pauses++, 30_000);
      io.log.warn(
        `Trivy DB download from ${repo} was refused or failed on the server side; next try in ${pause} ms: ${why}`,
      );
      await sleep(pause);
    }
    if (dead.size === d.repositories.length) break;
  }
  throw envError(
    'TRIVY_DB_UNAVAILABLE',
    `The Trivy vulnerability DB could not be downloaded from any of ${d.repositories.length} repositories: ${failures.join('; ')}`,
    { hint: 'add a mirror to db-repository, or retry later when the rate limit has passed' },
  );
}

/** What the Actions cache keeps: the vulnerability DB and the Java DB, never per-image layer data. */
function dbCachePaths(cacheDir: string): string[] {
  return [join(cacheDir, 'db'), join(cacheDir, 'java-db')];
}

/** The DB is rebuilt every few hours upstream; one key a day bounds staleness and cache churn. */
export function dbCacheKey(now: Date): { key: string; restoreKeys: string[] } {
  const prefix = 'rco-trivy-db-2-';
  return { key: `${prefix}${now.toISOString().slice(0, 10)}`, restoreKeys: [prefix] };
}

export async function restoreDb(cacheDir: string, io: Io): Promise<string | undefined> {
  if (!io.cache) return undefined;
  const { key, restoreKeys } = dbCacheKey(io.now());
  try {
    const hit = await io.cache.restore(dbCachePaths(cacheDir), key, restoreKeys);
    io.log.info(hit ? `Trivy DB restored from the cache (${hit})` : 'No cached Trivy DB; it will be downloaded');
    return hit;
  } catch (e) {
    // The cache only saves time; a broken cache service must not decide a security gate.
    io.log.warn(`Could not restore the Trivy DB cache: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

export async function saveDb(cacheDir: string, restoredKey: string | undefined, io: Io): Promise<void> {
  if (!io.cache) return;
  const { key } = dbCacheKey(io.now());
  if (restoredKey === key) return; // today's DB is already cached under this exact key
  try {
    await io.cache.save(dbCachePaths(cacheDir), key);
    io.log.info(`Trivy DB saved to the cache (${key})`);
  } catch (e) {
    io.log.warn(`Could not save the Trivy DB cache: ${e instanceof Error ? e.message : String(e)}`);
  }
}
