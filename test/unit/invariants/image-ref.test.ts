// The image-reference parser: known forms, the failure reasons a user sees, and properties over
// generated references (round trip) and arbitrary strings (never throws).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatImageRef,
  imageName,
  isPlaceholderDigest,
  parseImageRef,
  placeholderRegistryReason,
} from '../../../src/lib/k8s/image-ref.js';
import { isDigest } from '../../../src/lib/oci/digest.js';

const HEX = 'ab'.repeat(32);

describe('parseImageRef', () => {
  it.each([
    ['nginx', { repository: 'nginx' }],
    ['nginx:1.27', { repository: 'nginx', tag: '1.27' }],
    ['library/nginx@sha256:' + HEX, { repository: 'library/nginx', digest: `sha256:${HEX}` }],
    [
      'ghcr.io/acme/api:1.4.2@sha256:' + HEX,
      { registry: 'ghcr.io', repository: 'acme/api', tag: '1.4.2', digest: `sha256:${HEX}` },
    ],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    ['localhost/app:dev', { registry: 'localhost', repository: 'app', tag: 'dev' }],
    ['[::1]:5000/a/b', { registry: '[::1]:5000', repository: 'a/b' }],
  ])('parses %s', (input, ref) => {
    expect(parseImageRef(input)).toEqual({ ok: true, ref });
  });

  it.each([
    ['', 'empty'],
    ['nginx latest', 'spaces'],
    ['nginx@', 'nothing follows "@"'],
    ['Nginx', 'not a valid repository name'],
    ['ghcr.io/Acme/api', 'not a valid repository name'],
    ['nginx:-bad', 'not a valid tag'],
    ['bad_host!/x', 'not a valid'],
  ])('refuses %j with a reason', (input, reason) => {
    const r = parseImageRef(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });

  it('keeps a malformed digest for the caller to judge', () => {
    const r = parseImageRef('ghcr.io/acme/api@sha256:ABC');
    expect(r).toEqual({ ok: true, ref: { registry: 'ghcr.io', repository: 'acme/api', digest: 'sha256:ABC' } });
    expect(isDigest('sha256:ABC')).toBe(false);
    expect(isDigest(`sha256:${HEX}`)).toBe(true);
    expect(isDigest(`sha256:${HEX.toUpperCase()}`)).toBe(false);
  });

  it('recognises placeholder digests and registries', () => {
    expect(isPlaceholderDigest(`sha256:${'0'.repeat(64)}`)).toBe(true);
    expect(isPlaceholderDigest(`sha256:${HEX}`)).toBe(false);
    const reason = (s: string, extra?: string[]) => {
      const r = parseImageRef(s);
      return r.ok ? placeholderRegistryReason(r.ref, extra) : 'unparsed';
    };
    expect(reason('example.com/app')).toContain('reserved');
    expect(reason('registry.example.com:5000/app')).toContain('reserved');
    expect(reason('registry.example/app')).toContain('reserved');
    expect(reason('ghcr.io/example/app')).toContain('/example/');
    expect(reason('example/app')).toContain('/example/');
    expect(reason('ghcr.io/acme/example')).toBeUndefined();
    expect(reason('ghcr.io/acme/app')).toBeUndefined();
    expect(reason('registry.internal/acme/app', ['registry.internal'])).toContain('listed');
    expect(reason('registry.internal2/acme/app', ['registry.internal'])).toBeUndefined();
  });
});

const component = fc.stringMatching(/^[a-z0-9]+(?:[._-][a-z0-9]+)?$/);
const host = fc.oneof(
  fc.constantFrom('ghcr.io', 'localhost:5000', 'registry-1.docker.io', '127.0.0.1:41234'),
  fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/), fc.constantFrom('.io', '.com', '.net')).map(([a, b]) => a + b),
);
const refArb = fc.record(
  {
    registry: host,
    repository: fc.array(component, { minLength: 1, maxLength: 3 }).map((a) => a.join('/')),
    tag: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/),
    digest: fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`),
  },
  { requiredKeys: ['repository'] },
);

describe('parseImageRef properties', () => {
  it('reads back every reference it formats', () => {
    fc.assert(
      fc.property(refArb, (ref) => {
        // Without a registry, a first component that looks like a host would be read as one.
        fc.pre(ref.registry !== undefined || !/[.:]|^localhost$/.test(ref.repository.split('/')[0]!));
        const r = parseImageRef(formatImageRef(ref));
        expect(r).toEqual({ ok: true, ref });
        if (r.ok) expect(imageName(r.ref)).toBe(ref.registry ? `${ref.registry}/${ref.repository}` : ref.repository);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const r = parseImageRef(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('finds placeholder digests and example paths as the regex definitions do', () => {
    const ch = fc.constantFrom('0', 'f', 'a', ':', '\n', '\u2028', 'x');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (cs) => {
        const d = cs.join('');
        const hex = d.slice(d.indexOf(':') + 1);
        expect(isPlaceholderDigest(d)).toBe(hex.length > 0 && /^(.)\1*$/.test(hex));
      }),
    );
    for (const repository of ['example/app', 'a/example/b', 'example', 'a/example', 'examples/app'])
      expect(placeholderRegistryReason({ repository }) !== undefined).toBe(`/${repository}`.includes('/example/'));
  });
});
