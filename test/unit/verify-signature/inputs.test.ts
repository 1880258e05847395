// Input parsing of verify-signature: the policy and the mode must be complete and unambiguous.
import { describe, expect, it } from 'vitest';
import { resolveInputs } from '../../../src/lib/inputs/spec.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { parseInputs, spec } from '../../../src/verify-signature/inputs.js';

const parse = (raw: Record<string, string>) => parseInputs(resolveInputs(spec, raw));
const keyless = { 'certificate-identity': 'me@example.com', 'certificate-oidc-issuer': 'https://accounts.example.com' };

function error(raw: Record<string, string>): string {
  try {
    parse(raw);
  } catch (e) {
    if (isRcoError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'parsed';
}

describe('parseInputs', () => {
  it('reads a keyless blob policy', () => {
    const i = parse({
      artifact: 'a.tgz',
      bundle: 'a.sigstore.json',
      ...keyless,
      'certificate-github-ref': 'refs/tags/v1',
    });
    expect(i).toMatchObject({ artifact: 'a.tgz', bundle: 'a.sigstore.json', requireTlog: false, concurrency: 8 });
    expect(i.identity).toEqual({
      subject: 'me@example.com',
      issuer: 'https://accounts.example.com',
      github: { ref: 'refs/tags/v1' },
    });
  });

  it('reads images, platforms and a key', () => {
    const i = parse({
      images: `r.test/a@sha256:${'a'.repeat(64)}\n# comment\n\nr.test/b:1`,
      platforms: 'linux/amd64, linux/arm64',
      key: 'cosign.pub',
      'allow-tags': 'true',
      concurrency: '3',
    });
    expect(i.images).toHaveLength(2);
    expect(i).toMatchObject({
      platforms: ['linux/amd64', 'linux/arm64'],
      key: 'cosign.pub',
      allowTags: true,
      concurrency: 3,
    });
    expect(i.identity).toBeUndefined();
  });

  it.each([
    ['no policy', { artifact: 'a', bundle: 'b' }, /needs "certificate-identity"/],
    [
      'an identity without issuer',
      { artifact: 'a', bundle: 'b', 'certificate-identity': 'x' },
      /certificate-oidc-issuer/,
    ],
    ['both key and identity', { artifact: 'a', bundle: 'b', key: 'k', ...keyless }, /either "key" or/],
    [
      'key with a github claim',
      { artifact: 'a', bundle: 'b', key: 'k', 'certificate-github-ref': 'v1' },
      /either "key"/,
    ],
    ['nothing to verify', { ...keyless }, /Nothing to verify/],
    ['images and artifact', { images: 'x', artifact: 'a', bundle: 'b', ...keyless }, /not both/],
    [
      'bundle and signature',
      { artifact: 'a', bundle: 'b', signature: 's', ...keyless },
      /exactly one of "bundle" or "signature"/,
    ],
    ['signature without certificate or key', { artifact: 'a', signature: 's', ...keyless }, /needs "certificate"/],
    [
      'a bad regexp',
      { artifact: 'a', bundle: 'b', 'certificate-identity-regexp': '(', 'certificate-oidc-issuer': 'x' },
      /certificate-identity-regexp.*not a valid regular expression/,
    ],
    ['a bad boolean', { artifact: 'a', bundle: 'b', ...keyless, 'require-tlog': 'yes' }, /require-tlog/],
    ['a bad concurrency', { images: 'x', ...keyless, concurrency: '0' }, /concurrency/],
    ['an unknown input', { artifact: 'a', bundle: 'b', ...keyless, identity: 'x' }, /Unknown input "identity"/],
  ])('refuses %s, naming the input', (_n, raw, message) => {
    const e = error(raw as Record<string, string>);
    expect(e).toMatch(/^INPUT_/);
    expect(e).toMatch(message);
  });

  it('marks the password secret', () => {
    expect(spec['password']?.secret).toBe(true);
  });
});
