// Copies of examples/release-repo for the invariant tests: each test breaks one thing in its own copy
// and runs one invariant with the example's own policy, so the example stays the single source.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { suiteRoot } from '../../../src/lib/inputs/manifest.js';
import { INVARIANTS } from '../../../src/validate-evidence/invariants/index.js';
import type { InvariantResult } from '../../../src/validate-evidence/invariants/types.js';
import { testIo } from '../../helpers/io.js';

export const EXAMPLE = join(suiteRoot(), 'examples', 'release-repo');

export const HAVE_KUBECTL = (() => {
  try {
    execFileSync('kubectl', ['version', '--client'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

export function announceKubectl(): void {
  if (!HAVE_KUBECTL) console.log('skipped: kubectl not installed (apt-get install kubectl)');
}

const copies: string[] = [];

export function copyExample(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rco-inv-'));
  cpSync(EXAMPLE, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

export function removeCopies(): void {
  for (const d of copies.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Replaces text in a file of the copy, failing loudly when the text is not there (a stale test). */
export function edit(repo: string, file: string, from: string | RegExp, to: string): void {
  const p = join(repo, file);
  const text = readFileSync(p, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`test setup: ${String(from)} not found in ${file}`);
  writeFileSync(p, next);
}

/** The 1-based line of the first line containing (or matching) `needle` in a file of the example. */
export function lineOf(file: string, needle: string | RegExp, repo = EXAMPLE): number {
  const i = readFileSync(join(repo, file), 'utf8')
    .split('\n')
    .findIndex((l) => (typeof needle === 'string' ? l.includes(needle) : needle.test(l)));
  if (i === -1) throw new Error(`test setup: "${needle}" not in ${file}`);
  return i + 1;
}

/** Runs one invariant with the policy the repository's .github/release-evidence.yml gives it. */
export async function runInvariant(
  repo: string,
  key: string,
  opts: { tag?: string; override?: unknown; env?: Record<string, string | undefined> } = {},
): Promise<InvariantResult> {
  const inv = INVARIANTS.find((i) => i.key === key);
  if (!inv) throw new Error(`no invariant ${key}`);
  const policy = parse(readFileSync(join(repo, '.github/release-evidence.yml'), 'utf8')) as Record<string, unknown>;
  const config = inv.parse(opts.override ?? policy[key], key);
  return inv.check(config, { repo, io: testIo(opts.env ? { env: opts.env } : {}), tag: opts.tag });
}

/** Findings as the fields a user acts on. */
export function brief(r: InvariantResult) {
  return r.findings.map((f) => ({ rule: f.rule, level: f.level, file: f.file, line: f.line }));
}
