// Keyless (certificate) signatures on the real registry: @sigstore/mock's CA, CT log and TSA with a
// trusted root the test assembles; identity and issuer policy; an expired certificate without a
// timestamp. Both the referrers tag schema and the legacy cosign tag are exercised.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImage, Pusher, type TestImage } from '../../helpers/oci-push.js';
import { announceMissing, HAVE_REGISTRY, type Registry, startRegistry } from '../../helpers/registry.js';
import { signImage } from '../../helpers/sign.js';
import { type KeylessAuthority, keylessAuthority } from '../../helpers/sign-keyless.js';
import { verify } from './fixture.js';

announceMissing();
const ID = 'https://github.com/acme/shop-api/.github/workflows/release.yml@refs/tags/v1.4.2';
const ISSUER = 'https://token.actions.githubusercontent.com';

describe.skipIf(!HAVE_REGISTRY)('verify-signature images with keyless signatures', () => {
  let reg: Registry;
  let authority: KeylessAuthority;
  const img: Record<string, TestImage> = {};
  const ref = (name: string) => `${reg.host}/acme/shop-api@${img[name]?.digest}`;
  const policy = (extra: Record<string, string> = {}) => ({
    'certificate-identity': ID,
    'certificate-oidc-issuer': ISSUER,
    ...extra,
  });

  beforeAll(async () => {
    reg = await startRegistry();
    authority = await keylessAuthority(mkdtempSync(`${tmpdir()}/rco-keyless-`));
    const push = new Pusher(reg.url);
    const good = await authority.signer(ID, ISSUER);
    for (const name of ['legacy', 'bundle', 'expired', 'rekor']) {
      img[name] = makeImage('acme/shop-api');
      await push.image(img[name] as TestImage);
    }
    await signImage(push, img['legacy'] as TestImage, good, 'legacy-tag');
    await signImage(push, img['bundle'] as TestImage, good, 'referrers-tag');
    const logged = await authority.signer(ID, ISSUER, { timestamp: false, tlog: true });
    await signImage(push, img['rekor'] as TestImage, logged, 'legacy-tag');
    const expired = await authority.signer(ID, ISSUER, { expired: true, timestamp: false });
    await signImage(push, img['expired'] as TestImage, expired, 'legacy-tag');
  });
  afterAll(async () => {
    await reg?.stop();
  });

  it('verifies certificate signatures in the legacy tag and as a bundle referrer', async () => {
    const r = await verify(
      { images: `${ref('legacy')}\n${ref('bundle')}`, ...policy() },
      { trustedRoot: authority.trustedRootPath },
    );
    expect(r.findings).toEqual([]);
    for (const x of r.results) {
      expect(x.verified).toMatchObject({ signer: ID, issuer: ISSUER });
      expect(x.verified?.signedAt).toMatch(/^\d{4}-/);
    }
  });

  it('verifies a legacy signature proven by its Rekor entry (cosign bundle annotation) and reports the log index', async () => {
    const r = await verify(
      { images: ref('rekor'), ...policy(), 'require-tlog': 'true' },
      { trustedRoot: authority.trustedRootPath },
    );
    expect(r.findings).toEqual([]);
    expect(r.results[0]?.verified?.logIndex).toMatch(/^\d+$/);
  });

  it('rejects another identity, by exact value and by anchored regexp', async () => {
    const r = await verify(
      { images: ref('legacy'), ...policy({ 'certificate-identity': `${ID}x` }) },
      { trustedRoot: authority.trustedRootPath },
    );
    expect(r.outcome).toBe('fail');
    expect(r.rules).toEqual(['SIGNATURE_IDENTITY_MISMATCH']);
    expect(r.findings[0]?.message).toContain(`certificate identity is "${ID}"`);
    const re = await verify(
      {
        images: ref('bundle'),
        'certificate-identity-regexp': 'https://github\\.com/acme/',
        'certificate-oidc-issuer': ISSUER,
      },
      { trustedRoot: authority.trustedRootPath },
    );
    expect(re.outcome).toBe('fail');
    expect(r.rules[0]).toBe(re.rules[0]);
  });

  it('rejects another issuer', async () => {
    const r = await verify(
      { images: ref('legacy'), ...policy({ 'certificate-oidc-issuer': 'https://accounts.google.com' }) },
      { trustedRoot: authority.trustedRootPath },
    );
    expect(r.outcome).toBe('fail');
    expect(r.rules).toEqual(['SIGNATURE_ISSUER_MISMATCH']);
    expect(r.findings[0]?.message).toContain(`OIDC issuer is "${ISSUER}"`);
  });

  it('rejects an expired certificate that has no timestamp', async () => {
    const r = await verify({ images: ref('expired'), ...policy() }, { trustedRoot: authority.trustedRootPath });
    expect(r.rules).toEqual(['SIGNATURE_NO_TIMESTAMP']);
    expect(r.findings[0]?.message).toMatch(/no transparency-log entry.*no RFC 3161 timestamp/);
  });
});
