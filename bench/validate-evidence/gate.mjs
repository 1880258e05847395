#!/usr/bin/env node
// validate-evidence over a generated repository of 2,000 evidence documents and 500 Kubernetes
// manifests, against the floor: reading the same files in this same script. Target ratio <= 2.
// Run: node --import tsx bench/validate-evidence/gate.mjs [--runs N]
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/lib/gate/gate.ts';
import { gate } from '../../src/validate-evidence/gate.ts';
import { INVARIANTS } from '../../src/validate-evidence/invariants/index.ts';

const EVIDENCE = 2000;
const MANIFESTS = 500;
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const digest = (i) => `sha256:${createHash('sha256').update(`image-${i}`).digest('hex')}`;

function statusDoc(i) {
  return `# Capacity baseline ${i}\n\nOwner: team-${i % 17}\n\nCurrent gate status: \`READY\`\n\n## Notes\n\n${'Measured under load. '.repeat(20)}\n`;
}
function headingDoc(i) {
  return `# Drill ${i}\n\n## Status\n\n\`COMPLETED\`\n\n## Timeline\n\n${'Step done. '.repeat(30)}\n`;
}
function tableDoc(i) {
  const rows = Array.from(
    { length: 8 },
    (_, r) => `| C-${i}-${r} | check ${r} | run ${i * 10 + r} | 2026-11-1${r % 9} | PASS | Reviewer ${r} |`,
  );
  return `# Controls ${i}\n\n## Validation Matrix\n\n| Control | Check | Evidence | Date | Result | Reviewer |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
}
function manifest(i) {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: svc-${i}
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: registry.acme.io/svc-${i}/migrate@${digest(i)}
      containers:
        - name: app
          image: registry.acme.io/svc-${i}/app@${digest(i + 1)}
        - name: proxy
          image: registry.acme.io/mesh/proxy@${digest(7)}
`;
}

function generate() {
  const dir = mkdtempSync(join(tmpdir(), 've-bench-'));
  mkdirSync(join(dir, 'docs', 'evidence'), { recursive: true });
  mkdirSync(join(dir, 'deploy', 'manifests'), { recursive: true });
  mkdirSync(join(dir, '.github'));
  const files = [];
  // Three rules cover the 2,000 documents by glob, as a team with that many would write its policy.
  const policy = [
    'max-age-days: 30',
    'evidence:',
    '  - files: docs/evidence/label-*.md',
    '    status: {label: Current gate status}',
    '  - files: docs/evidence/heading-*.md',
    '    status: {heading: Status, expect: [COMPLETED]}',
    '  - files: docs/evidence/table-*.md',
    '    table: {heading: Validation Matrix, rows: all, result: Result, signer: Reviewer}',
  ];
  for (let i = 0; i < EVIDENCE; i++) {
    const kind = i % 10 < 4 ? 'label' : i % 10 < 7 ? 'heading' : 'table';
    const rel = `docs/evidence/${kind}-${i}.md`;
    writeFileSync(join(dir, rel), kind === 'label' ? statusDoc(i) : kind === 'heading' ? headingDoc(i) : tableDoc(i));
    files.push(rel);
  }
  for (let i = 0; i < MANIFESTS; i++) {
    const rel = `deploy/manifests/svc-${i}.yaml`;
    writeFileSync(join(dir, rel), manifest(i));
    files.push(rel);
  }
  const withImages = INVARIANTS.some((inv) => inv.key === 'immutable-images');
  const images = withImages ? ['immutable-images:', '  directories: [deploy/manifests]'] : [];
  // Three policies over the same files: the whole gate, and each half alone, to show where time goes.
  writeFileSync(join(dir, '.github', 'release-evidence.yml'), `${[...policy, ...images].join('\n')}\n`);
  writeFileSync(join(dir, '.github', 'evidence-only.yml'), `${policy.join('\n')}\n`);
  writeFileSync(join(dir, '.github', 'images-only.yml'), `${['evidence: []', ...images].join('\n')}\n`);
  files.push('.github/release-evidence.yml'); // POLICY
  const folders = withImages ? ['docs/evidence', 'deploy/manifests'] : ['docs/evidence'];
  return { dir, files, folders, withImages };
}

/**
 * The floor: the I/O the gate cannot do without, done the cheapest way Node has. The gate is given
 * globs and a folder, not file names, so the floor lists those folders and reads every file in them,
 * and the policy: what `cat docs/evidence/* deploy/manifests/*` does. It lists names only (the gate
 * also builds file types), concatenates paths and passes one constant options object, as the gate
 * does: path.join and the string form 'utf8' each cost Node 20 a measurable share of a small read.
 */
const UTF8 = { encoding: 'utf8', flag: 'r' };
function listAndRead(dir, folders, policy) {
  let chars = readFileSync(`${dir}/${policy}`, UTF8).length;
  for (const folder of folders) {
    for (const name of readdirSync(`${dir}/${folder}`)) chars += readFileSync(`${dir}/${folder}/${name}`, UTF8).length;
  }
  return chars;
}

/** The floor before 2026-11-23 evening, for comparison: the reads alone, of names the generator kept. */
function readAll(dir, files) {
  let chars = 0;
  for (const f of files) chars += readFileSync(`${dir}/${f}`, UTF8).length;
  return chars;
}

const io = {
  env: {},
  cwd: process.cwd(),
  now: () => new Date('2026-11-16T12:00:00Z'),
  log: { info() {}, warn() {}, debug() {} },
  exec: () => Promise.reject(new Error('no exec in the benchmark')),
  fetch: globalThis.fetch,
  mask() {},
};

/** Wall time and process CPU time (all threads): CPU time stays meaningful on a shared, loaded machine. */
async function time(fn) {
  const t = process.hrtime.bigint();
  const c = process.cpuUsage();
  const r = await fn();
  const cpu = process.cpuUsage(c);
  return [{ wall: Number(process.hrtime.bigint() - t) / 1e6, cpu: (cpu.user + cpu.system) / 1000 }, r];
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const medians = (xs) => ({ wall: median(xs.map((x) => x.wall)), cpu: median(xs.map((x) => x.cpu)) });
const ms = (x) => `${x.wall.toFixed(1).padStart(7)} ms wall ${x.cpu.toFixed(1).padStart(7)} ms cpu`;
const ratio = (a, b) => `ratio wall ${(a.wall / b.wall).toFixed(2)}, cpu ${(a.cpu / b.cpu).toFixed(2)}`;

const { dir, files, folders, withImages } = generate();
const POLICY = '.github/release-evidence.yml';
try {
  const gateRun = (policy) => () => runGate(gate, { path: dir, policy }, io);
  const variants = [
    ['whole gate', POLICY],
    ['evidence only', '.github/evidence-only.yml'],
    ...(withImages ? [['immutable-images only', '.github/images-only.yml']] : []),
  ];
  for (const [, policy] of variants) {
    const [, v] = await time(gateRun(policy)); // warm-up, and a correctness check
    if (v.outcome !== 'pass') throw new Error(`gate did not pass: ${JSON.stringify(v.findings.slice(0, 3))}`);
  }
  if (listAndRead(dir, folders, POLICY) !== readAll(dir, files)) throw new Error('the two floors read different files');
  const floor = [];
  const readsAlone = [];
  const took = variants.map(() => []);
  for (let i = 0; i < runs; i++) {
    floor.push((await time(() => listAndRead(dir, folders, POLICY)))[0]);
    readsAlone.push((await time(() => readAll(dir, files)))[0]);
    for (const [k, [, policy]] of variants.entries()) took[k].push((await time(gateRun(policy)))[0]);
  }
  const fm = medians(floor);
  console.log(
    `validate-evidence bench: ${EVIDENCE} evidence files, ${MANIFESTS} manifests, images invariant ${withImages ? 'on' : 'absent'}`,
  );
  console.log(`  node ${process.version}, ${runs} runs, medians`);
  console.log(`  ${`floor: list, read ${files.length} files`.padEnd(30)}${ms(fm)}`);
  for (const [k, [name]] of variants.entries()) {
    const m = medians(took[k]);
    console.log(`  ${name.padEnd(30)}${ms(m)}   ${ratio(m, fm)}`);
  }
  const whole = medians(took[0]);
  const rm = medians(readsAlone);
  console.log(`  ${'former floor: the reads alone'.padEnd(30)}${ms(rm)}   whole gate: ${ratio(whole, rm)}`);
  console.log(`  whole gate / floor: ${ratio(whole, fm)} (target <= 2)`);
  process.exitCode = whole.wall / fm.wall <= 2 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
