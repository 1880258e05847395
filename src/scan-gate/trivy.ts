// Owner: SG-2. Runs Trivy once for the scan-gate: installs the pinned binary (sha256 in our source),
// restores the DB from the cache, downloads it from ordered repositories with fallback, scans
// writing JSON to a temp file, and saves the DB right after the scan so a failing gate keeps it.
// Contract for run.ts (SG-1): scanImage({ image, trivyVersion, dbRepositories, cacheDir?, cache?,
//   registryAuth?, timeoutMs? }, io) -> { reportPath, trivyVersion, dbRepository }.
// Throws RcoError only: user (bad version, bad ref, digest mismatch) or environment (download, DB,
// Trivy failure); the caller turns it into a finding with findingOf().
import { mkdir, mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Io } from '../lib/io/io.js';
import { installTool } from '../lib/tools/install.js';
import { defaultCacheRoot, localToolCache } from '../lib/tools/local-cache.js';
import type { PinTable } from '../lib/tools/pins.js';
import { currentPlatform } from '../lib/tools/types.js';
import { envError, userError } from '../lib/verdict/errors.js';
import { downloadDb, isDbRepository, restoreDb, saveDb } from './trivy-db.js';
import { ignoredTrivyVariables, type RegistryAuth, trivyChildEnv, trivyErrorLine } from './trivy-env.js';

export interface ScanImageOptions {
  image: string;
  trivyVersion: string;
  /** Tried in order; the next one on a rate limit or server error. */
  dbRepositories: string[];
  /** Where Trivy keeps its DB; default $RUNNER_TEMP/rco-trivy-cache, or ~/.cache/rco/trivy for the CLI. */
  cacheDir?: string;
  /** Restore and save the DB with io.cache (default true). */
  cache?: boolean;
  /** Registry credentials for a private image; handed to Trivy as TRIVY_USERNAME/TRIVY_PASSWORD only. */
  registryAuth?: RegistryAuth;
  /** The whole scan, DB download excluded (default 15 minutes). */
  timeoutMs?: number;
}

export interface ScanResult {
  /** Trivy's JSON report, in a fresh temp folder. */
  reportPath: string;
  trivyVersion: string;
  dbRepository: string;
}

/** For tests only: a pin table pointing at a loopback server, and a short backoff. Never user input. */
export interface ScanTestHooks {
  pins?: PinTable;
  backoffMs?: number;
}

function checkOptions(opts: ScanImageOptions): void {
  // A ref starting with "-" would be read by Trivy as a flag.
  if (!opts.image.trim() || opts.image.startsWith('-') || /\s/.test(opts.image)) {
    throw userError('SCAN_IMAGE_INVALID', `"${opts.image}" is not an image reference Trivy can scan.`);
  }
  if (opts.dbRepositories.length === 0) {
    throw userError('DB_REPOSITORY_INVALID', 'Input "db-repository" names no repository; give at least one.');
  }
  const bad = opts.dbRepositories.filter((r) => !isDbRepository(r));
  if (bad.length) {
    throw userError(
      'DB_REPOSITORY_INVALID',
      `Input "db-repository" has ${bad.length} invalid ${bad.length === 1 ? 'entry' : 'entries'}: ${bad.join(', ')}.`,
      { hint: 'each line is an OCI repository such as mirror.gcr.io/aquasec/trivy-db:2' },
    );
  }
}

function tempBase(io: Io): string {
  return io.env['RUNNER_TEMP'] || tmpdir();
}

function defaultDbDir(io: Io): string {
  const runnerTemp = io.env['RUNNER_TEMP'];
  return runnerTemp ? join(runnerTemp, 'rco-trivy-cache') : join(defaultCacheRoot(io.env), 'trivy');
}

export async function scanImage(opts: ScanImageOptions, io: Io, hooks: ScanTestHooks = {}): Promise<ScanResult> {
  checkOptions(opts);
  const tools = io.tools ?? localToolCache(defaultCacheRoot(io.env), io);
  const platform = currentPlatform(process.platform, process.arch);
  const trivy = await installTool({ tool: 'trivy', version: opts.trivyVersion, platform }, tools, io, hooks.pins);
  const ignored = ignoredTrivyVariables(io.env);
  if (ignored.length) {
    io.log.warn(`Ignoring ${ignored.join(', ')}: the scan-gate sets Trivy's options from its inputs only.`);
  }
  const env = trivyChildEnv(io.env, opts.registryAuth);
  const cacheDir = opts.cacheDir ?? defaultDbDir(io);
  await mkdir(cacheDir, { recursive: true });
  // Trivy reads trivy.yaml and .trivyignore from its working folder; an empty folder keeps a
  // repository's files from changing the scan (suppressions are the gate's job, with governance).
  const work = await mkdtemp(join(tempBase(io), 'rco-trivy-'));
  const useCache = opts.cache !== false;
  const restored = useCache ? await restoreDb(cacheDir, io) : undefined;
  const dbRepository = await downloadDb(
    { trivy: trivy.path, repositories: opts.dbRepositories, cacheDir, env, cwd: work, backoffMs: hooks.backoffMs },
    io,
  );
  const reportPath = join(work, 'trivy-report.json');
  try {
    await runScan(trivy.path, opts, { cacheDir, env, cwd: work, reportPath }, io);
  } finally {
    // Saved whatever the scan or the gate decide, so the next run does not download it again.
    if (useCache) await saveDb(cacheDir, restored, io);
  }
  return { reportPath, trivyVersion: trivy.version, dbRepository };
}

async function runScan(
  trivy: string,
  opts: ScanImageOptions,
  at: { cacheDir: string; env: Record<string, string>; cwd: string; reportPath: string },
  io: Io,
): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 15 * 60_000;
  const args = [
    'image',
    '--skip-db-update',
    '--no-progress',
    '--cache-dir',
    at.cacheDir,
    '--format',
    'json',
    '--output',
    at.reportPath,
    // Every finding is reported; the gate decides what blocks, so Trivy never fails the step itself.
    '--exit-code',
    '0',
    '--scanners',
    'vuln,secret',
    '--timeout',
    `${Math.ceil(timeoutMs / 1000)}s`,
    '--',
    opts.image,
  ];
  io.log.info(`Scanning ${opts.image} with Trivy`);
  // A little longer than Trivy's own timeout, so Trivy reports it before we have to kill it.
  const r = await io.exec(trivy, args, { env: at.env, cwd: at.cwd, timeoutMs: timeoutMs + 30_000 });
  if (r.code !== 0) {
    throw envError('TRIVY_SCAN_FAILED', `Trivy could not scan ${opts.image}: ${trivyErrorLine(r.stderr, r.code)}`);
  }
  const size = await stat(at.reportPath).then(
    (s) => s.size,
    () => -1,
  );
  if (size <= 0) {
    throw envError('TRIVY_REPORT_MISSING', `Trivy exited 0 but wrote no report to ${at.reportPath}.`);
  }
}
