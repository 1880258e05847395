import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseUrl, formatRef, isLoopback, parseImageRef } from '../../../src/lib/oci/ref.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';

const D = `sha256:${'a'.repeat(64)}`;

describe('parseImageRef', () => {
  it.each([
    ['alpine', 'docker.io', 'library/alpine', 'latest'],
    ['alpine:3.20', 'docker.io', 'library/alpine', '3.20'],
    ['index.docker.io/library/alpine:3', 'docker.io', 'library/alpine', '3'],
    ['docker.io/bitnami/redis', 'docker.io', 'bitnami/redis', undefined],
    ['registry-1.docker.io/user/app:v1', 'docker.io', 'user/app', 'v1'],
    ['ghcr.io/acme/shop-api:1.4.2', 'ghcr.io', 'acme/shop-api', '1.4.2'],
    ['localhost/app', 'localhost', 'app', undefined],
    ['localhost:5000/a/b/c:t', 'localhost:5000', 'a/b/c', 't'],
    ['127.0.0.1:5000/team/app', '127.0.0.1:5000', 'team/app', undefined],
    ['my_user/app__x', 'docker.io', 'my_user/app__x', undefined],
  ])('%s -> registry %s, repository %s', (input, registry, repository, tag) => {
    const r = parseImageRef(input);
    expect([r.registry, r.repository]).toEqual([registry, repository]);
    if (tag !== 'latest') expect(r.tag).toBe(tag);
  });

  it('keeps the digest, and the tag beside it', () => {
    expect(parseImageRef(`ghcr.io/a/b:v1@${D}`)).toMatchObject({
      registry: 'ghcr.io',
      repository: 'a/b',
      tag: 'v1',
      digest: D,
    });
    expect(parseImageRef(`nginx@${D}`)).toMatchObject({ repository: 'library/nginx', digest: D });
  });

  it.each([
    ['', /empty/],
    ['ghcr.io/Acme/app', /lowercase/],
    ['a b', /whitespace/],
    ['app@sha256:abc', /not a sha256 digest/],
    [`app@sha512:${'a'.repeat(128)}`, /not a sha256 digest/],
    ['app:-bad', /not a valid tag/],
    ['ghcr.io//app', /path component ""/],
    ['ghcr.io/app-', /path component "app-"/],
    [`ghcr.io/${'a'.repeat(256)}`, /longer than 255/],
    ['ex ample.com/app', /whitespace/],
  ])('refuses %j with IMAGE_REF_INVALID', (input, why) => {
    try {
      parseImageRef(input);
      expect.unreachable();
    } catch (e) {
      expect(isRcoError(e) && e.code).toBe('IMAGE_REF_INVALID');
      expect((e as Error).message).toMatch(why);
    }
  });

  it('plain http only for loopback registries', () => {
    expect(baseUrl('127.0.0.1:5000')).toBe('http://127.0.0.1:5000');
    expect(baseUrl('localhost')).toBe('http://localhost');
    expect(baseUrl('[::1]:5000')).toBe('http://[::1]:5000');
    expect(baseUrl('docker.io')).toBe('https://registry-1.docker.io');
    expect(baseUrl('127.example.com')).toBe('https://127.example.com');
    expect(isLoopback('10.0.0.1')).toBe(false);
  });

  const component = fc.stringMatching(/^[a-z0-9]+(?:[._-][a-z0-9]+)*$/).filter((s) => s.length > 0 && s.length < 20);
  const host = fc.constantFrom('ghcr.io', 'registry.example.com:5000', 'localhost:5000', '127.0.0.1:1234');
  const tag = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/);
  const digest = fc.stringMatching(/^[a-f0-9]{64}$/).map((h) => `sha256:${h}`);

  it('round-trips every valid reference through formatRef', () => {
    fc.assert(
      fc.property(
        host,
        fc.array(component, { minLength: 1, maxLength: 4 }),
        fc.option(tag),
        fc.option(digest),
        (h, path, t, d) => {
          const text = `${h}/${path.join('/')}${t ? `:${t}` : ''}${d ? `@${d}` : ''}`;
          const r = parseImageRef(text);
          expect(r).toMatchObject({ registry: h, repository: path.join('/') });
          expect(parseImageRef(formatRef(r))).toMatchObject({
            registry: h,
            repository: r.repository,
            ...(d ? { digest: d } : t ? { tag: t } : {}),
          });
        },
      ),
    );
  });

  it('never crashes on arbitrary text: a reference or IMAGE_REF_INVALID', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        try {
          parseImageRef(s);
        } catch (e) {
          expect(isRcoError(e) && e.code).toBe('IMAGE_REF_INVALID');
        }
      }),
    );
  });
});
