// Every workflow we ship or show (the suite's own and the example consumer's) follows the security
// rules: third-party actions pinned by full commit SHA, least-privilege permissions, and no ${{ }}
// expression inside a run: script (values reach scripts through env:).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { suiteRoot } from '../../../src/lib/inputs/manifest.js';

const root = suiteRoot();
const dirs = [join(root, '.github', 'workflows'), join(root, 'examples', 'release-repo', '.github', 'workflows')];
const files = dirs.flatMap((d) =>
  existsSync(d)
    ? readdirSync(d)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(d, f))
    : [],
);

type Step = { uses?: string; run?: string };
type Job = { steps?: Step[]; permissions?: unknown; uses?: string };

function steps(doc: { jobs?: Record<string, Job>; runs?: { steps?: Step[] } }): Step[] {
  return [...Object.values(doc.jobs ?? {}).flatMap((j) => j.steps ?? []), ...(doc.runs?.steps ?? [])];
}

describe.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
  const doc = parse(readFileSync(file, 'utf8'));

  it('pins every third-party action by a full commit SHA', () => {
    const uses = [
      ...steps(doc).map((s) => s.uses),
      ...Object.values((doc.jobs ?? {}) as Record<string, Job>).map((j) => j.uses),
    ];
    for (const u of uses.filter((x): x is string => typeof x === 'string' && !x.startsWith('./'))) {
      expect(u, `${u} must be pinned by commit SHA`).toMatch(/@[0-9a-f]{40}$/);
    }
  });

  it('never interpolates an expression inside run:', () => {
    for (const s of steps(doc)) {
      if (s.run) expect(s.run, 'pass values through env:').not.toMatch(/\$\{\{/);
    }
  });

  it('declares permissions at the top or on every job', () => {
    const jobs = Object.values((doc.jobs ?? {}) as Record<string, Job>);
    expect(doc.permissions !== undefined || jobs.every((j) => j.permissions !== undefined)).toBe(true);
  });
});
