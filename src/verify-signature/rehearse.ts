// `rco rehearse` step: the release image is signed and its signature verified before deploy. The
// rehearsal builds the example repository's image as an OCI layout in a temp folder, signs it with a
// key made for this run, and runs the verify-signature gate on it, offline.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RehearsalStep } from '../cli/rehearse.js';
import { runGate } from '../lib/gate/gate.js';
import { describe, findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import { verdict } from '../lib/verdict/types.js';
import { gate } from './gate.js';
import { writeSignedLayout } from './rehearse-image.js';

async function appOf(repo: string): Promise<{ name: string; version: string }> {
  const path = join(repo, 'package.json');
  try {
    const pkg = JSON.parse(await readFile(path, 'utf8')) as { name?: unknown; version?: unknown };
    if (typeof pkg.name === 'string' && typeof pkg.version === 'string')
      return { name: pkg.name, version: pkg.version };
    throw new Error('no "name" and "version" strings');
  } catch (e) {
    throw userError('REHEARSE_APP_UNKNOWN', `${path} must give the image's name and version: ${describe(e)}.`);
  }
}

export const step: RehearsalStep = {
  title: 'Release image signature verified',
  run: async (repo, io) => {
    const dir = await mkdtemp(join(tmpdir(), 'rco-rehearse-image-'));
    try {
      const app = await appOf(repo);
      const image = await writeSignedLayout(join(dir, 'layout'), app);
      const keyPath = join(dir, 'cosign.pub');
      await writeFile(keyPath, image.publicKeyPem);
      return await runGate(gate, { 'oci-layout': `${image.dir}:${image.tag}`, key: keyPath }, io);
    } catch (e) {
      if (!isRcoError(e)) throw e;
      return verdict(gate.name, [findingOf(e)]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
