// DSSE in-toto attestations (subject and predicate type) and the completeness of keyless policies,
// against a private Sigstore instance the test assembles (@sigstore/mock).
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Trust, verifyAttestation, verifyBundle } from '../../../src/lib/sigstore/index.js';
import { assemble, data, ID, type Instance, keyless, rejection, sha256 } from './fixture.js';

let mock: Instance;
let trust: Trust;

beforeAll(async () => {
  ({ mock, trust } = await assemble());
});

describe('DSSE attestations', () => {
  const digest = sha256(data);
  const sha512 = createHash('sha512').update(data).digest('hex');
  const slsa = 'https://slsa.dev/provenance/v1';

  it('binds the artifact through the in-toto subject, sha256 or sha512', async () => {
    for (const d of [{ sha256: digest }, { sha512 }] as Record<string, string>[]) {
      const bundle = await mock.signBlob(data, {
        dsse: { predicateType: slsa, subjects: [{ name: 'app.tgz', digest: d }] },
      });
      await expect(verifyBundle(bundle, { bytes: data }, keyless, trust)).resolves.toMatchObject({ signer: ID });
    }
    const bundle = await mock.signBlob(data, {
      dsse: { predicateType: slsa, subjects: [{ name: 'app.tgz', digest: { sha512 } }] },
    });
    await expect(
      verifyBundle(bundle, { digest: { algorithm: 'sha512', hex: sha512 } }, keyless, trust),
    ).resolves.toMatchObject({ signer: ID });
  });

  it('rejects an attestation about another artifact', async () => {
    const bundle = await mock.signBlob(data, {
      dsse: { predicateType: slsa, subjects: [{ name: 'x', digest: { sha256: sha256(Buffer.from('x')) } }] },
    });
    expect(await rejection(verifyBundle(bundle, { bytes: data }, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_SUBJECT_MISMATCH',
    });
  });

  it('verifyAttestation checks the predicate type and the subject digest', async () => {
    const bundle = await mock.signBlob(data, {
      dsse: { predicateType: slsa, subjects: [{ name: 'a', digest: { sha256: digest } }] },
    });
    await expect(verifyAttestation(bundle, `sha256:${digest}`, slsa, keyless, trust)).resolves.toMatchObject({
      signer: ID,
    });
    expect(
      await rejection(verifyAttestation(bundle, `sha256:${digest}`, 'https://spdx.dev/Document', keyless, trust)),
    ).toMatchObject({
      rule: 'SIGNATURE_ATTESTATION_TYPE_MISMATCH',
    });
    expect(await rejection(verifyAttestation(bundle, `sha256:${'0'.repeat(64)}`, slsa, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_SUBJECT_MISMATCH',
    });
    const message = await mock.signBlob(data);
    expect(await rejection(verifyAttestation(message, `sha256:${digest}`, slsa, keyless, trust))).toMatchObject({
      rule: 'SIGNATURE_ATTESTATION_INVALID',
    });
  });
});

describe('policy completeness', () => {
  it('refuses a keyless policy without both subject and issuer rules', async () => {
    const bundle = await mock.signBlob(data);
    for (const identity of [
      undefined,
      {},
      { subject: ID },
      { issuerRegexp: '.*' },
      { github: { repository: 'acme/app' } },
    ]) {
      const policy = identity ? { identity, requireTlog: false } : { requireTlog: false };
      expect(await rejection(verifyBundle(bundle, { bytes: data }, policy, trust))).toMatchObject({
        rule: 'SIGNATURE_POLICY_MISSING',
      });
    }
  });
});
