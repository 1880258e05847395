// The built verify-signature bundle and the rco CLI, started as the runner and a user start them:
// the CLI contract the conformance runner drives (exit 0 verified, 1 rejected, 2 unknown, no stack
// trace) and the action's outputs, summary and annotations for a key-signed and a keyless blob.
import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instance } from '../unit/sigstore/fixture.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'verify-signature', 'index.js');
const CLI = join(ROOT, 'dist', 'cli', 'index.js');
const built = existsSync(BUNDLE) && existsSync(CLI);
if (!built) console.log('skipping verify-signature e2e: dist/ not built (run npm run build)');

const ID = 'https://github.com/acme/app/.github/workflows/release.yml@refs/tags/v1.0.0';
const ISSUER = 'https://token.actions.githubusercontent.com';
let dir: string;
const env = () => ({ PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rco-vs-e2e-'));
  const data = Buffer.from('offline kit\n');
  const k = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const mock = await instance();
  writeFileSync(join(dir, 'kit.tgz'), data);
  writeFileSync(join(dir, 'root.json'), JSON.stringify(mock.root));
  writeFileSync(join(dir, 'keyless.json'), JSON.stringify(await mock.signBlob(data)));
  writeFileSync(join(dir, 'cosign.pub'), k.publicKey.export({ type: 'spki', format: 'pem' }));
  writeFileSync(join(dir, 'kit.sig'), sign('sha256', data, k.privateKey).toString('base64'));
  writeFileSync(join(dir, 'kit.sha'), `sha256:${createHash('sha256').update(data).digest('hex')}`);
});

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'verify-signature', ...args], { cwd: dir, env: env(), encoding: 'utf8' });
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  return r;
}

describe.skipIf(!built)('rco verify-signature (built CLI)', () => {
  const keyless = ['--trusted-root', 'root.json', '--certificate-identity', ID, '--certificate-oidc-issuer', ISSUER];

  it('exits 0 for a verified keyless bundle, by path and by digest', () => {
    expect(cli(['--bundle', 'keyless.json', '--artifact', 'kit.tgz', ...keyless]).status).toBe(0);
    const digest = readFileSync(join(dir, 'kit.sha'), 'utf8');
    expect(cli(['--bundle', 'keyless.json', '--artifact', digest, ...keyless]).status).toBe(0);
  });

  it('exits 1 with the rule id for a rejection', () => {
    const r = cli([
      '--bundle',
      'keyless.json',
      '--artifact',
      'kit.tgz',
      ...keyless.slice(0, 4),
      '--certificate-oidc-issuer',
      'https://x.test',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('SIGNATURE_ISSUER_MISMATCH');
  });

  it('exits 1 for garbage files, never a stack trace', () => {
    writeFileSync(join(dir, 'garbage.json'), '\u0000\u0001not json');
    expect(cli(['--bundle', 'garbage.json', '--artifact', 'kit.tgz', ...keyless]).status).toBe(1);
    expect(cli(['--bundle', 'keyless.json', '--artifact', 'kit.tgz', '--key', 'garbage.json']).status).toBe(1);
    expect(
      cli(['--bundle', 'keyless.json', '--artifact', 'kit.tgz', ...keyless.slice(2), '--trusted-root', 'garbage.json'])
        .status,
    ).toBe(1);
  });

  it('verifies a bare signature with a key, offline', () => {
    const r = cli(['--signature', 'kit.sig', '--artifact', 'kit.tgz', '--key', 'cosign.pub', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).outputs['verified-count']).toBe('1');
  });
});

describe.skipIf(!built)('verify-signature action bundle', () => {
  it('writes outputs, a summary row and annotations', () => {
    const out = join(dir, 'out');
    const summary = join(dir, 'summary');
    writeFileSync(out, '');
    writeFileSync(summary, '');
    const inputs = { ARTIFACT: 'kit.tgz', SIGNATURE: 'kit.sig', KEY: 'cosign.pub' };
    const e = {
      ...env(),
      GITHUB_OUTPUT: out,
      GITHUB_STEP_SUMMARY: summary,
      ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k}`, v])),
    };
    const ok = spawnSync(process.execPath, [BUNDLE], { cwd: dir, env: e, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/verified-count<<(\S+)\n1\n\1/);
    expect(readFileSync(summary, 'utf8')).toContain('kit.tgz');
    writeFileSync(out, '');
    const bad = spawnSync(process.execPath, [BUNDLE], {
      cwd: dir,
      env: { ...e, INPUT_ARTIFACT: 'root.json' },
      encoding: 'utf8',
    });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/::error (file=kit.sig,)?title=SIGNATURE_KEY_MISMATCH/);
    expect(readFileSync(out, 'utf8')).toMatch(/outcome<<(\S+)\nfail\n\1/);
  });
});
