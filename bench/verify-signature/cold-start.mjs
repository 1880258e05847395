#!/usr/bin/env node
// Cold start of the verify-signature bundle: `node dist/verify-signature/index.js` (the action's
// entry, started with no inputs, so it loads the runtime, parses inputs and renders a verdict) and a
// full key-signed blob verification through the built CLI, each against the bare start of Node,
// `node -e 0`, measured in the same run. Heavy modules (@sigstore/*) must load only on the path that
// verifies, so the bare start of the action must stay within 3x of Node's own.
// usage: node bench/verify-signature/cold-start.mjs [rounds]   (after building dist/)
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const rounds = Number(process.argv[2] ?? 15);
const action = join(root, 'dist', 'verify-signature', 'index.js');
const cli = join(root, 'dist', 'cli', 'index.js');
if (!existsSync(action) || !existsSync(cli)) {
  console.error('build first: node scripts/build.mjs verify-signature cli');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'rco-cold-'));
const env = { PATH: process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: join(tmp, 'out') };
writeFileSync(env.GITHUB_OUTPUT, ''); // the runner creates it; @actions/core refuses a missing one

// A key-signed blob: the full verify path without network (no trusted root needed for key mode).
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const data = Buffer.from('release kit\n');
writeFileSync(join(tmp, 'kit.tgz'), data);
writeFileSync(join(tmp, 'cosign.pub'), publicKey.export({ type: 'spki', format: 'pem' }));
writeFileSync(
  join(tmp, 'kit.sigstore.json'),
  JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    verificationMaterial: { publicKey: { hint: '' }, tlogEntries: [] },
    messageSignature: {
      messageDigest: { algorithm: 'SHA2_256', digest: createHash('sha256').update(data).digest('base64') },
      signature: sign('sha256', data, privateKey).toString('base64'),
    },
  }),
);

function time(args, expectCode, extraEnv = {}) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: tmp, env: { ...env, ...extraEnv }, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (expectCode !== undefined && r.status !== expectCode) {
    throw new Error(`${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  }
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cases = {
  'node -e 0 (baseline)': () => time(['-e', '0'], 0),
  'action bundle, no inputs': () => time([action], 1),
  // The action as a workflow runs it: inputs in INPUT_*, a full key-signed blob verification.
  'action bundle, key-signed blob': () =>
    time([action], 0, { INPUT_ARTIFACT: 'kit.tgz', INPUT_BUNDLE: 'kit.sigstore.json', INPUT_KEY: 'cosign.pub' }),
  'cli verify-signature, key-signed blob': () =>
    time([cli, 'verify-signature', '--artifact', 'kit.tgz', '--bundle', 'kit.sigstore.json', '--key', 'cosign.pub'], 0),
};
for (const run of Object.values(cases)) run(); // warm the page cache
const samples = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < rounds; i++) for (const [k, run] of Object.entries(cases)) samples[k].push(run());
rmSync(tmp, { recursive: true, force: true });

const base = median(samples['node -e 0 (baseline)']);
console.log(`Node ${process.version}, ${rounds} rounds, medians`);
for (const [k, xs] of Object.entries(samples)) {
  console.log(`${k.padEnd(40)} ${median(xs).toFixed(1).padStart(7)} ms  ratio ${(median(xs) / base).toFixed(2)}`);
}
const worst = Math.max(...Object.values(samples).map((xs) => median(xs) / base));
if (worst > 3) {
  console.error(`cold start ratio ${worst.toFixed(2)} is above 3`);
  process.exit(1);
}
