// A checkout holding files the runner's user may not read: every such path is an unknown finding
// that names it, never a crash. The gate runs in a child process as an unprivileged user, since root
// reads everything (the suite's CI runs as root).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/lib/verdict/types.js';
import { EXAMPLE, OPS } from './repo.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const NOBODY = 65534;
const dir = mkdtempSync(join(tmpdir(), 've-perm-'));
afterAll(() => {
  for (const d of ['runbooks', 'drills', 'evidence/locked']) chmodSync(join(dir, 'repo', 'docs', d), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

/** The verdict of the real gate on `repo`, computed by a child process that cannot read what is 0o000. */
function runAsUnprivileged(repo: string): Verdict {
  const script = `
    const { runGate } = await import(${JSON.stringify(join(ROOT, 'src/lib/gate/gate.ts'))});
    const { gate } = await import(${JSON.stringify(join(ROOT, 'src/validate-evidence/gate.ts'))});
    const io = { env: {}, cwd: process.cwd(), now: () => new Date('2026-11-23T10:00:00Z'),
      log: { info() {}, warn() {}, debug() {} }, exec: () => Promise.reject(new Error('no exec')),
      fetch: globalThis.fetch, mask() {} };
    const v = await runGate(gate, { path: ${JSON.stringify(repo)}, 'as-of': '2026-11-16',
      policy: '.github/plain-images.yml' }, io);
    process.stdout.write(JSON.stringify(v));`;
  const root = process.getuid?.() === 0;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HOME: dir },
    ...(root ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return JSON.parse(out) as Verdict;
}

describe('validate-evidence on files the runner cannot read', () => {
  it('reports each unreadable document and folder as unknown, with its path', () => {
    const repo = join(dir, 'repo');
    cpSync(EXAMPLE, repo, { recursive: true });
    // The example's policy with immutable-images over plain YAML: no kubectl is needed for this case.
    const policy = readFileSync(join(repo, '.github/release-evidence.yml'), 'utf8');
    const plain = policy.replace(
      /^immutable-images:\n(?: .*\n)+/m,
      'immutable-images:\n  directories: [deploy/plain]\n',
    );
    if (plain === policy) throw new Error('test setup: no immutable-images block in the example policy');
    // And a glob and a dated series over folders that cannot be listed.
    const more = [
      'evidence:',
      '  - {name: pages, files: "docs/evidence/**/*.md", status: {label: Current gate status}}',
      '  - {name: drills, pattern: docs/drills/drill-YYYYMMDD.md, status: {heading: Status}}',
    ];
    writeFileSync(join(repo, '.github/plain-images.yml'), plain.replace(/^evidence:$/m, more.join('\n')));
    mkdirSync(join(repo, 'docs', 'evidence', 'locked'), { recursive: true });
    writeFileSync(join(repo, 'docs', 'evidence', 'a.md'), 'Current gate status: `READY`\n');
    writeFileSync(join(repo, 'docs', 'evidence', 'locked', 'b.md'), 'Current gate status: `BLOCKED`\n');
    mkdirSync(join(repo, 'docs', 'drills'));
    chmodSync(join(repo, 'docs', 'evidence', 'locked'), 0);
    chmodSync(join(repo, 'docs', 'drills'), 0);
    mkdirSync(join(repo, 'deploy', 'plain'));
    const pod = (image: string) => `kind: Pod\nspec:\n  containers:\n    - name: a\n      image: ${image}\n`;
    writeFileSync(join(repo, 'deploy', 'plain', 'a.yaml'), pod(`registry.acme.io/a@sha256:${'ab'.repeat(32)}`));
    writeFileSync(join(repo, 'deploy', 'plain', 'locked.yaml'), pod('registry.acme.io/b:latest'));
    chmodSync(join(repo, 'deploy', 'plain', 'locked.yaml'), 0);
    chmodSync(dir, 0o755);
    chmodSync(join(repo, OPS, 'capacity-baselines.md'), 0);
    chmodSync(join(repo, 'docs', 'runbooks'), 0);
    const v = runAsUnprivileged(repo);
    const unread = v.findings.filter((f) => f.rule.endsWith('UNREADABLE'));
    expect(unread.map((f) => [f.rule, f.level, f.file])).toEqual([
      ['EVIDENCE_FILE_UNREADABLE', 'unknown', 'docs/evidence/locked'],
      ['EVIDENCE_FILE_UNREADABLE', 'unknown', 'docs/drills'],
      ['EVIDENCE_FILE_UNREADABLE', 'unknown', `${OPS}/capacity-baselines.md`],
      ['DEPLOY_ORDER_SOURCE_UNREADABLE', 'unknown', 'docs/runbooks/release.md'],
      ['IMAGES_FILE_UNREADABLE', 'unknown', 'deploy/plain/locked.yaml'],
      ['DOC_LINKS_UNREADABLE', 'unknown', 'docs/drills'],
      ['DOC_LINKS_UNREADABLE', 'unknown', 'docs/evidence/locked'],
      ['DOC_LINKS_UNREADABLE', 'unknown', 'docs/runbooks'],
      // The README's links into what cannot be read are unknown, not broken.
      ['DOC_LINKS_UNREADABLE', 'unknown', 'README.md'],
      ['DOC_LINKS_UNREADABLE', 'unknown', 'README.md'],
      ['DOC_LINKS_UNREADABLE', 'unknown', `${OPS}/capacity-baselines.md`],
    ]);
    for (const f of unread) expect(f.message).toContain('cannot be read: permission denied');
    expect(v.findings.filter((f) => f.level === 'fail')).toEqual([]);
    expect(v.outcome).toBe('unknown');
  });
});
