// Benchmarks the repository invariants of validate-evidence against the floor of the same I/O,
// measured in this script: reading every file they read (images, doc links), and running the bare
// `kubectl kustomize` they wrap (rendered images).
// Run: node --import tsx bench/invariants/invariants.mjs [manifests=500] [markdown=2000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { docLinks } from '../../src/validate-evidence/invariants/doc-links.ts';
import { images } from '../../src/validate-evidence/invariants/images.ts';
import { testIo } from '../../test/helpers/io.ts';

const MANIFESTS = Number(process.argv[2] ?? 500);
const MARKDOWN = Number(process.argv[3] ?? 2000);
const ROUNDS = 5;
const EXAMPLE = new URL('../../examples/release-repo/', import.meta.url).pathname;

function hex(n) {
  return (n * 2654435761).toString(16).padStart(8, '0').repeat(8).slice(0, 64);
}

function generate(root) {
  const deploy = join(root, 'deploy/plain');
  mkdirSync(deploy, { recursive: true });
  for (let i = 0; i < MANIFESTS; i++) {
    writeFileSync(
      join(deploy, `svc-${i}.yaml`),
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: svc-${i}\n  labels: {app: svc-${i}}\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: svc-${i}}\n  template:\n    metadata:\n      labels: {app: svc-${i}}\n    spec:\n      initContainers:\n        - name: init\n          image: ghcr.io/acme/init@sha256:${hex(i + 1)}\n      containers:\n        - name: app\n          image: ghcr.io/acme/svc-${i}@sha256:${hex(i + 7)}\n          ports: [{containerPort: 8080}]\n          resources: {requests: {cpu: 10m, memory: 32Mi}}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: svc-${i}}\nspec:\n  selector: {app: svc-${i}}\n  ports: [{port: 80, targetPort: 8080}]\n`,
    );
  }
  const docs = join(root, 'docs');
  mkdirSync(docs, { recursive: true });
  for (let i = 0; i < MARKDOWN; i++) {
    const next = (i + 1) % MARKDOWN;
    const body = [`# Page ${i}`, '', `Intro with [next](page-${next}.md#details) and [self](#usage).`, ''];
    for (const h of ['Usage', 'Details', 'Rollback', 'Details']) {
      body.push(
        `## ${h}`,
        '',
        `Text about ${h.toLowerCase()}, see [page ${next}](./page-${next}.md) and [x](https://example.org).`,
        '',
      );
    }
    writeFileSync(join(docs, `page-${i}.md`), body.join('\n'));
  }
}

async function time(fn) {
  const samples = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const readAll = (dir) => {
  for (const name of readdirSync(dir)) readFileSync(join(dir, name), 'utf8');
};

const root = mkdtempSync(join(tmpdir(), 'rco-bench-inv-'));
try {
  generate(root);
  const io = testIo();
  const ctx = { repo: root, io };
  const rows = [];
  const compare = async (name, floorName, run, floor, check) => {
    await run(); // warm-up: module and JIT costs are not what is measured
    const r = await run();
    check(r);
    const ours = await time(run);
    const base = await time(floor);
    rows.push({ name, ours, floorName, base, ratio: ours / base });
  };
  const imgCfg = images.parse({ directories: ['deploy/plain'] }, 'immutable-images');
  await compare(
    `immutable-images, ${MANIFESTS} plain manifests`,
    'read the same files',
    () => images.check(imgCfg, ctx),
    () => readAll(join(root, 'deploy/plain')),
    (r) => {
      if (r.findings.length) throw new Error(JSON.stringify(r.findings[0]));
    },
  );
  await compare(
    `immutable-images, ${MANIFESTS} plain manifests`,
    'read and YAML-parse the same files (yaml package)',
    () => images.check(imgCfg, ctx),
    () => {
      const dir = join(root, 'deploy/plain');
      for (const name of readdirSync(dir)) parseAllDocuments(readFileSync(join(dir, name), 'utf8'));
    },
    () => {},
  );
  const linkCfg = docLinks.parse(true, 'doc-links');
  await compare(
    `doc-links, ${MARKDOWN} Markdown files`,
    'read the same files',
    () => docLinks.check(linkCfg, ctx),
    () => readAll(join(root, 'docs')),
    (r) => {
      if (r.findings.length) throw new Error(JSON.stringify(r.findings[0]));
    },
  );
  const prod = images.parse({ directories: ['deploy/overlays/prod'] }, 'immutable-images');
  await compare(
    'immutable-images, example prod overlay',
    'bare kubectl kustomize',
    () => images.check(prod, { repo: EXAMPLE, io }),
    () => execFileSync('kubectl', ['kustomize', join(EXAMPLE, 'deploy/overlays/prod')]),
    (r) => {
      if (r.findings.length) throw new Error(JSON.stringify(r.findings[0]));
    },
  );
  console.log(`node ${process.version}, median of ${ROUNDS} rounds`);
  for (const r of rows) {
    console.log(
      `${r.name}: ${r.ours.toFixed(1)} ms; ${r.floorName}: ${r.base.toFixed(1)} ms; ratio ${r.ratio.toFixed(2)}`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
