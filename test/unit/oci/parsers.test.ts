import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChallenge } from '../../../src/lib/oci/auth.js';
import { normalizeRegistryKey } from '../../../src/lib/oci/credentials.js';
import { parseManifest } from '../../../src/lib/oci/manifest.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';

const D = `sha256:${'b'.repeat(64)}`;
const desc = { mediaType: 'application/octet-stream', digest: D, size: 3 };
const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));

describe('parseManifest', () => {
  it('reads an image manifest and an index', () => {
    expect(parseManifest(bytes({ schemaVersion: 2, config: desc, layers: [desc] }), 'm')).toHaveProperty('layers');
    expect(parseManifest(bytes({ schemaVersion: 2, manifests: [desc] }), 'm')).toHaveProperty('manifests');
  });

  it.each([
    ['not json', '{', /not JSON/],
    ['an array', [], /not a JSON object/],
    ['schema 1', { schemaVersion: 1, fsLayers: [] }, /schemaVersion is 1/],
    ['no layers', { schemaVersion: 2, config: desc }, /neither "manifests" nor "layers"/],
    ['no config', { schemaVersion: 2, layers: [] }, /config is not an object/],
    ['bad digest', { schemaVersion: 2, manifests: [{ ...desc, digest: 'sha256:xyz' }] }, /manifests\[0\]\.digest/],
    [
      'md5 digest',
      { schemaVersion: 2, manifests: [{ ...desc, digest: `md5:${'a'.repeat(32)}` }] },
      /manifests\[0\]\.digest/,
    ],
    ['negative size', { schemaVersion: 2, config: desc, layers: [{ ...desc, size: -1 }] }, /layers\[0\]\.size/],
    ['huge size', { schemaVersion: 2, config: desc, layers: [{ ...desc, size: 2 ** 60 }] }, /layers\[0\]\.size/],
    [
      'bad annotations',
      { schemaVersion: 2, config: desc, layers: [{ ...desc, annotations: { a: 1 } }] },
      /annotations/,
    ],
    ['bad subject', { schemaVersion: 2, config: desc, layers: [], subject: 'x' }, /subject is not an object/],
    ['null', 'null', /not a JSON object/],
  ])('refuses %s with OCI_MANIFEST_INVALID', (_name, input, why) => {
    try {
      parseManifest(bytes(input), 'manifest X');
      expect.unreachable();
    } catch (e) {
      expect(isRcoError(e) && e.code).toBe('OCI_MANIFEST_INVALID');
      expect((e as Error).message).toMatch(why);
      expect((e as Error).message).toContain('manifest X');
    }
  });

  it('never crashes on arbitrary JSON or bytes', () => {
    const check = (b: Uint8Array) => {
      try {
        parseManifest(b, 'm');
      } catch (e) {
        expect(isRcoError(e) && e.code).toBe('OCI_MANIFEST_INVALID');
      }
    };
    fc.assert(fc.property(fc.jsonValue(), (v) => check(bytes(JSON.stringify(v)))));
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), check));
    fc.assert(
      fc.property(
        fc.record({ schemaVersion: fc.constant(2), config: fc.anything(), layers: fc.array(fc.anything()) }),
        (v) => check(bytes(JSON.stringify(v))),
      ),
    );
  });
});

describe('parseChallenge', () => {
  it('reads a bearer challenge with quoted values', () => {
    expect(
      parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull,push"'),
    ).toEqual({
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull,push' },
    });
    expect(parseChallenge('Basic realm="Registry Realm"')).toEqual({
      scheme: 'basic',
      params: { realm: 'Registry Realm' },
    });
    expect(parseChallenge('Bearer realm=https://x/token, error="insufficient_scope"')?.params).toEqual({
      realm: 'https://x/token',
      error: 'insufficient_scope',
    });
    expect(parseChallenge('Bearer realm="a\\"b"')?.params['realm']).toBe('a"b');
    expect(parseChallenge('')).toBeUndefined();
  });

  it('never throws on arbitrary headers', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => void parseChallenge(s)));
  });
});

describe('normalizeRegistryKey', () => {
  it.each([
    ['https://index.docker.io/v1/', 'docker.io'],
    ['ghcr.io', 'ghcr.io'],
    ['https://GHCR.io', 'ghcr.io'],
    ['http://127.0.0.1:5000/v2/', '127.0.0.1:5000'],
    ['registry-1.docker.io', 'docker.io'],
  ])('%s -> %s', (k, want) => expect(normalizeRegistryKey(k)).toBe(want));
});
