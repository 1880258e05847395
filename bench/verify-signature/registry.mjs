// Bench: verify 200 key-signed images (cosign legacy .sig tags) on the loopback docker-registry with
// the built CLI (dist/cli), against the floor: fetching the same manifests and signature payloads with
// plain fetch, 8 at a time, in this script. Prints both medians and the ratio (target: at most 1.5).
// Run: node --import tsx bench/verify-signature/registry.mjs   (needs /usr/bin/docker-registry)
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { makeImage, Pusher } from '../../test/helpers/oci-push.ts';
import { HAVE_REGISTRY, startRegistry } from '../../test/helpers/registry.ts';
import { keySigner, signImage } from '../../test/helpers/sign.ts';

const N = Number(process.env.BENCH_IMAGES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 8;
const root = join(import.meta.dirname, '..', '..');
const cli = join(root, 'dist', 'cli', 'index.js');

if (!HAVE_REGISTRY) {
  console.log('skipped: docker-registry not installed (apt-get install docker-registry)');
  process.exit(0);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The floor: exactly the bytes a verifier must read, fetched with nothing else around them. */
async function floor(url, images) {
  const get = async (path, accept) => {
    const r = await fetch(`${url}${path}`, { headers: accept ? { Accept: accept } : {} });
    if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
    return Buffer.from(await r.arrayBuffer());
  };
  const accept = 'application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json';
  const one = async (img) => {
    await get(`/v2/${img.repository}/manifests/${img.digest}`, accept);
    const sig = JSON.parse(await get(`/v2/${img.repository}/manifests/${img.digest.replace(':', '-')}.sig`, accept));
    await get(`/v2/${img.repository}/blobs/${sig.layers[0].digest}`);
  };
  const queue = [...images];
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let img = queue.shift(); img; img = queue.shift()) await one(img);
    }),
  );
}

function ours(refs, keyPath) {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        cli,
        'verify-signature',
        '--images',
        refs.join('\n'),
        '--key',
        keyPath,
        '--concurrency',
        String(CONCURRENCY),
        '--json',
      ],
      { maxBuffer: 64 << 20 },
      (err, stdout) => {
        if (err && err.code !== 0) return reject(new Error(`rco exited ${err.code}: ${stdout.slice(0, 500)}`));
        const v = JSON.parse(stdout);
        const count = Number(v.outputs?.['verified-count'] ?? v.verdict?.outputs?.['verified-count']);
        if (count !== refs.length) return reject(new Error(`verified ${count} of ${refs.length}`));
        resolve();
      },
    );
  });
}

async function time(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const reg = await startRegistry();
try {
  const push = new Pusher(reg.url);
  const key = keySigner();
  const dir = mkdtempSync(join(tmpdir(), 'rco-bench-'));
  const keyPath = join(dir, 'cosign.pub');
  writeFileSync(keyPath, key.publicKeyPem);
  const images = [];
  for (let i = 0; i < N; i++) {
    const img = makeImage(`bench/app${i % 10}`, `bench-${i}`);
    await push.image(img);
    await signImage(push, img, key, 'legacy-tag');
    images.push(img);
  }
  const refs = images.map((i) => `${reg.host}/${i.repository}@${i.digest}`);
  await floor(reg.url, images); // warm the registry's caches for both sides
  await ours(refs, keyPath);
  const f = [];
  const o = [];
  for (let r = 0; r < ROUNDS; r++) {
    f.push(await time(() => floor(reg.url, images)));
    o.push(await time(() => ours(refs, keyPath)));
  }
  const fm = median(f);
  const om = median(o);
  console.log(
    `machine: ${cpus().length}-core ${process.arch}, node ${process.version}, ${N} images, concurrency ${CONCURRENCY}, ${ROUNDS} rounds`,
  );
  console.log(`floor (plain fetch of image manifest + .sig manifest + payload): median ${fm.toFixed(0)} ms`);
  console.log(`rco verify-signature (dist/cli, process start included):       median ${om.toFixed(0)} ms`);
  console.log(`ratio: ${(om / fm).toFixed(2)} (target <= 1.5)`);
} finally {
  await reg.stop();
}
