// signed-tag-check against the command a user would otherwise run.
//   node --import tsx bench/signed-tag-check/verify.mjs
// local: the whole gate (resolve, parse, verify, policy, release metadata) on an SSH-signed tag,
//        against the bare `git verify-tag` with the same allowed-signers file.
// github: the gate in mode github against a loopback API, against two bare fetches of the same endpoints.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGate } from '../../src/lib/gate/gate.ts';
import { exec, nodeIo } from '../../src/lib/io/node-io.ts';
import { gate } from '../../src/signed-tag-check/gate.ts';

const ROUNDS = Number(process.env.ROUNDS ?? 15);
const dir = mkdtempSync(join(tmpdir(), 'rco-bench-tag-'));
const env = {
  PATH: process.env.PATH,
  HOME: join(dir, 'home'),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@example.org',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@example.org',
};
mkdirSync(env.HOME);
const repo = join(dir, 'repo');
mkdirSync(repo);
const sh = (file, args, cwd = repo) => execFileSync(file, args, { cwd, env, encoding: 'utf8' }).trim();
sh('git', ['init', '-q', '-b', 'main']);
writeFileSync(join(repo, 'package.json'), '{"name":"a","version":"1.2.3"}\n');
writeFileSync(join(repo, 'CHANGELOG.md'), '# Changelog\n\n## [1.2.3] - 2026-11-01\n\n- x\n');
sh('git', ['add', '.']);
sh('git', ['commit', '-q', '-m', 'r']);
sh('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'b', '-f', join(dir, 'key')], dir);
const pub = sh('ssh-keygen', ['-y', '-f', join(dir, 'key')], dir);
const allowed = join(dir, 'allowed');
writeFileSync(allowed, `b@example.org ${pub}\n`);
sh('git', ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${join(dir, 'key')}`, 'tag', '-s', '-m', 'r', 'v1.2.3']);
const tagSha = sh('git', ['rev-parse', 'refs/tags/v1.2.3']);
const commit = sh('git', ['rev-parse', 'HEAD']);

const io = { ...nodeIo({ env, sink: { info() {}, warn() {}, debug() {} } }), exec };
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Ours and the baseline alternate round by round, so load from other jobs hits both alike. */
async function pair(ours, base) {
  await ours(); // warm-up
  await base();
  const a = [];
  const b = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    await ours();
    a.push(performance.now() - t);
    t = performance.now();
    await base();
    b.push(performance.now() - t);
  }
  return [median(a), median(b)];
}

const [local, bare] = await pair(
  async () => {
    const v = await runGate(gate, { mode: 'local', tag: 'v1.2.3', path: repo, 'allowed-signers': allowed }, io);
    if (v.outcome !== 'pass') throw new Error(JSON.stringify(v.findings));
  },
  () => exec('git', ['-c', `gpg.ssh.allowedSignersFile=${allowed}`, 'verify-tag', 'v1.2.3'], { cwd: repo, env }),
);

const sig = '-----BEGIN SSH SIGNATURE-----\nx\n-----END SSH SIGNATURE-----\n';
const bodies = {
  '/repos/o/r/git/ref/tags/v1.2.3': { ref: 'refs/tags/v1.2.3', object: { type: 'tag', sha: tagSha } },
  [`/repos/o/r/git/tags/${tagSha}`]: {
    sha: tagSha,
    tag: 'v1.2.3',
    message: 'r\n',
    tagger: { name: 'b', email: 'b@example.org', date: '2026-11-01T00:00:00Z' },
    object: { type: 'commit', sha: commit },
    verification: { verified: true, reason: 'valid', signature: sig, payload: '', verified_at: null },
  },
};
const server = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(bodies[req.url] ?? {}));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const api = `http://127.0.0.1:${server.address().port}`;
const ghIo = { ...io, env: { ...env, GITHUB_API_URL: api } };
const [github, fetches] = await pair(
  async () => {
    const inputs = { mode: 'github', tag: 'v1.2.3', repository: 'o/r', 'release-metadata': 'false' };
    const v = await runGate(gate, inputs, ghIo);
    if (v.outcome !== 'pass') throw new Error(JSON.stringify(v.findings));
  },
  async () => {
    for (const p of Object.keys(bodies)) await (await fetch(`${api}${p}`)).json();
  },
);
server.close();
rmSync(dir, { recursive: true, force: true });

const row = (name, ours, base, baseName) =>
  `| ${name} | ${ours.toFixed(1)} ms | ${baseName}: ${base.toFixed(1)} ms | ${(ours / base).toFixed(2)} |`;
console.log(`Node ${process.version}, ${ROUNDS} rounds, medians`);
console.log('| path | ours | baseline | ratio |\n|---|---|---|---|');
console.log(row('mode local, SSH tag + release metadata', local, bare, 'git verify-tag'));
console.log(row('mode github, loopback API', github, fetches, 'two bare fetches'));
