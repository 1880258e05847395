// A scratch copy of examples/release-repo to break one thing in, and a runner for the real gate.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../../src/lib/gate/gate.js';
import type { Finding, Verdict } from '../../../src/lib/verdict/types.js';
import { gate } from '../../../src/validate-evidence/gate.js';
import { testIo } from '../../helpers/io.js';

export const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'release-repo');
export const OPS = 'docs/operations-artifacts';

export class ScratchRepo {
  readonly dir = mkdtempSync(join(tmpdir(), 've-repo-'));
  constructor() {
    cpSync(EXAMPLE, this.dir, { recursive: true });
  }
  path(rel: string): string {
    return join(this.dir, rel);
  }
  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }
  write(rel: string, text: string): void {
    writeFileSync(this.path(rel), text);
  }
  /** Replaces text that must be present, so a test never passes because its edit silently missed. */
  edit(rel: string, from: string | RegExp, to: string): void {
    const before = this.read(rel);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`edit of ${rel} changed nothing: ${String(from)}`);
    this.write(rel, after);
  }
  remove(rel: string): void {
    rmSync(this.path(rel), { recursive: true, force: true });
  }
  /** The 1-based line holding `text` in a file of this copy. */
  lineOf(rel: string, text: string): number {
    const i = this.read(rel)
      .split('\n')
      .findIndex((l) => l.includes(text));
    if (i < 0) throw new Error(`${text} not in ${rel}`);
    return i + 1;
  }
  run(inputs: Record<string, string> = {}): Promise<Verdict> {
    return runGate(gate, { path: this.dir, 'as-of': '2026-11-16', ...inputs }, testIo({ now: '2026-11-23T10:00:00Z' }));
  }
  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The findings that block (fail or unknown), reduced to what a user sees first. */
export function blocking(v: Verdict): Pick<Finding, 'rule' | 'level' | 'file' | 'line'>[] {
  return v.findings
    .filter((f) => f.level === 'fail' || f.level === 'unknown')
    .map(({ rule, level, file, line }) => ({ rule, level, file, line }));
}
