// Benchmarks the pinned-tool installer (download, sha256 check before extraction, extract, cache)
// against the bare cost of the same I/O measured in this script: fetch to a file and `tar -xzf`,
// what an installer that checks nothing would pay. Also the cached path against a plain stat.
// Run: node --import tsx bench/scan-gate-installer/install.mjs [archive-MB=60]
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { installTool } from '../../src/lib/tools/install.ts';
import { localToolCache } from '../../src/lib/tools/local-cache.ts';
import { currentPlatform } from '../../src/lib/tools/types.ts';
import { testIo } from '../../test/helpers/io.ts';

const MB = Number(process.argv[2] ?? 60);
const ROUNDS = 5;
const platform = currentPlatform(process.platform, process.arch);

// An archive the size of a Trivy release (about 60 MB): an incompressible payload plus the binary.
const dir = mkdtempSync(join(tmpdir(), 'rco-bench-install-'));
const src = join(dir, 'src');
mkdirSync(src);
writeFileSync(join(src, 'trivy'), '#!/bin/sh\necho stand-in\n', { mode: 0o755 });
writeFileSync(join(src, 'payload.bin'), randomBytes(MB * 1024 * 1024));
const archivePath = join(dir, 'trivy.tar.gz');
execFileSync('tar', ['-czf', archivePath, '-C', src, 'trivy', 'payload.bin']);
const archive = readFileSync(archivePath);
const digest = createHash('sha256').update(archive).digest('hex');

const server = createServer((_req, res) => res.writeHead(200, { 'content-length': archive.length }).end(archive));
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/trivy.tar.gz`;
const pins = {
  trivy: { binary: 'trivy', defaultVersion: '1.0.0', versions: { '1.0.0': { [platform]: { url, sha256: digest } } } },
};

async function time(fn) {
  const samples = [];
  for (let r = 0; r < ROUNDS; r++) {
    const t = process.hrtime.bigint();
    await fn(r);
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(ROUNDS / 2)];
}

async function bare(r) {
  const out = join(dir, `bare-${r}`);
  mkdirSync(out);
  const res = await fetch(url);
  await pipeline(Readable.fromWeb(res.body), createWriteStream(join(out, 'a.tar.gz')));
  execFileSync('tar', ['-xzf', join(out, 'a.tar.gz'), '-C', out]);
  rmSync(out, { recursive: true });
}

const io = testIo();
async function ours(r) {
  const root = join(dir, `cache-${r}`);
  await installTool({ tool: 'trivy', version: '1.0.0', platform }, localToolCache(root, io), io, pins);
  rmSync(root, { recursive: true });
}

const warm = join(dir, 'warm');
await installTool({ tool: 'trivy', version: '1.0.0', platform }, localToolCache(warm, io), io, pins);
const cachedOurs = await time(() =>
  installTool({ tool: 'trivy', version: '1.0.0', platform }, localToolCache(warm, io), io, pins),
);
const cachedBare = await time(async () => statSync(join(warm, 'tools', 'trivy', '1.0.0', platform, 'trivy')));

const bareMs = await time(bare);
const oursMs = await time(ours);
server.close();
rmSync(dir, { recursive: true, force: true });

const f = (n) => n.toFixed(1);
console.log(`archive: ${(archive.length / 1048576).toFixed(1)} MB, ${ROUNDS} rounds, medians, Node ${process.version}`);
console.log(
  `cold install: ours ${f(oursMs)} ms, bare fetch+tar ${f(bareMs)} ms, ratio ${(oursMs / bareMs).toFixed(2)}`,
);
console.log(
  `cached install: ours ${f(cachedOurs)} ms, bare stat ${f(cachedBare)} ms (absolute cost is what matters here)`,
);
