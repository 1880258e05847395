// The image-reference parser's fast paths held to its rules: the one expression for the common
// `host.name/path[:tag]@digest` shape, and placeholderRegistryReason sparing the name it would build.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fastImageRef,
  imageName,
  isCleanPinnedRef,
  isPlaceholderDigest,
  parseImageRef,
  parseImageRefByRules,
  pinnedImageRef,
  placeholderRegistryReason,
} from '../../../src/lib/k8s/image-ref.js';
import { isDigest } from '../../../src/lib/oci/digest.js';

const HEX = 'ab'.repeat(32);

// The fast paths (one expression for the common `host.name/path[:tag]@digest` shape) held to the rules:
// on references built from valid and invalid pieces, some then damaged character by character.
const piece = {
  host: fc.oneof(
    {
      weight: 3,
      arbitrary: fc.stringMatching(
        /^[a-z0-9](?:[a-z0-9-]{0,3}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,3}[a-z0-9])?){1,3}$/,
      ),
    },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '-a.io',
        'a-.io',
        'a..b',
        '.io',
        'io.',
        'Reg.io',
        'a_b.io',
        'localhost',
        'localhost:5000',
        'a.io:443',
        '[::1]:5000',
        'acme',
        'a.b:',
      ),
    },
  ),
  component: fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9]{1,3}(?:(?:[._]|__|-{1,3})[a-z0-9]{1,3}){0,3}$/) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('a___b', 'a..b', 'a._b', '_a', 'a_', '-a', 'a-', 'A', 'a:b', '', 'a b', 'é'),
    },
  ),
  tag: fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,20}$/) },
    { weight: 1, arbitrary: fc.constantFrom('-x', '.x', 'a:b', 'a/b', '', 'x'.repeat(128), 'x'.repeat(129), 'v 1') },
  ),
  digest: fc.oneof(
    { weight: 4, arbitrary: fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(`sha256:${'AB'.repeat(32)}`, `sha256:${'ab'.repeat(31)}`, `sha256:${'ab'.repeat(33)}`),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('sha512:abc', '', 'x@y', 'sha256:ab cd', `sha256:${'0'.repeat(64)}`, 'a/b:c'),
    },
  ),
};
// Most references are left whole (so the fast path is taken often); some get a character inserted,
// replaced or removed.
const damage = fc.oneof(
  { weight: 2, arbitrary: fc.constant([]) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.record({
        at: fc.nat(),
        ch: fc.constantFrom(' ', '\t', '\n', '\u00a0', '\ufeff', ':', '/', '@', '.', '_', '-', 'A', '', '\u2028'),
      }),
      { minLength: 1, maxLength: 2 },
    ),
  },
);
const reference = fc
  .record({
    host: fc.option(piece.host, { freq: 4, nil: undefined }),
    path: fc.array(piece.component, { minLength: 1, maxLength: 3 }),
    tag: fc.option(piece.tag, { nil: undefined }),
    digest: fc.option(piece.digest, { freq: 4, nil: undefined }),
    damage,
  })
  .map(({ host, path, tag, digest, damage: ds }) => {
    let s = (host ? `${host}/` : '') + path.join('/') + (tag !== undefined ? `:${tag}` : '');
    if (digest !== undefined) s += `@${digest}`;
    for (const d of ds) {
      const i = s.length ? d.at % (s.length + 1) : 0;
      s = s.slice(0, i) + d.ch + s.slice(i + (d.ch === '' ? 1 : 0));
    }
    return s;
  });

// Edges of the grammar one character away from the common shape.
const NEAR_MISSES = [
  'ghcr.io/a___b',
  'ghcr.io/a__b',
  'ghcr.io/a..b',
  'ghcr.io/a-_b',
  `ghcr.io/a:${'x'.repeat(128)}`,
  `ghcr.io/a:${'x'.repeat(129)}`,
  'ghcr.io/a:',
  'ghcr.io/a@',
  'ghcr.io/a:b:c',
  'ghcr.io//a',
  'ghcr.io/a/',
  'ghcr.io:/a',
  'a-.io/a',
  'a.-io/a',
  'A.io/a',
  'ghcr.io/a@@b',
  `ghcr.io/a@sha256:${'a'.repeat(63)}g`,
  `ghcr.io/a@sha256:${'a'.repeat(64)}\n`,
];

describe('the fast paths of parseImageRef', () => {
  it('give exactly what the rules give, wherever they answer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 8, arbitrary: reference },
          { weight: 1, arbitrary: fc.constantFrom(...NEAR_MISSES) },
          { weight: 1, arbitrary: fc.string() },
        ),
        (s) => {
          const rules = parseImageRefByRules(s);
          expect(parseImageRef(s)).toEqual(rules);
          const fast = fastImageRef(s);
          if (fast) expect(rules).toEqual({ ok: true, ref: fast });
          const pinned = pinnedImageRef(s);
          if (pinned) {
            expect(rules).toEqual({ ok: true, ref: pinned });
            expect(isDigest(pinned.digest as string)).toBe(true);
          } else if (fast?.digest !== undefined) expect(isDigest(fast.digest)).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('placeholderRegistryReason gives what building the whole name first gives', () => {
    // The definition, as written before the name was spared: kept here as the reference.
    const RESERVED = /(?:^|\.)(?:example\.(?:com|net|org)|example|invalid|test)(?::\d+)?$/i;
    const byName = (ref: { registry?: string; repository: string }, extra: string[]) => {
      if (ref.registry && RESERVED.test(ref.registry)) return `registry "${ref.registry}" is reserved for examples`;
      const name = imageName(ref);
      if (name.startsWith('example/') || name.includes('/example/')) return `path segment "/example/" in "${name}"`;
      for (const p of extra) {
        if (name === p || name.startsWith(p.endsWith('/') ? p : `${p}/`))
          return `"${p}" is listed as a placeholder registry`;
      }
      return undefined;
    };
    const word = fc.constantFrom('example', 'examples', 'xexample', 'a', 'reg.io', 'example.com', 'Example', '');
    const path = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join('/'));
    const ref = fc.record({ registry: fc.option(path, { nil: undefined }), repository: path });
    const extra = fc.array(
      fc.oneof(
        path,
        path.map((p) => `${p}/`),
      ),
      { maxLength: 2 },
    );
    fc.assert(
      fc.property(ref, extra, (r, x) => {
        const plain = r.registry === undefined ? { repository: r.repository } : r;
        expect(placeholderRegistryReason(plain, x)).toBe(byName(plain, x));
      }),
      { numRuns: 2000 },
    );
  });

  it('isCleanPinnedRef is true exactly when judging finds nothing (bar a name with "example", judged fully)', () => {
    // Hosts and path words near what is reserved for examples, digests that are placeholders or not.
    const host = fc.constantFrom(
      'ghcr.io',
      'a.test',
      'test.io',
      'my.test',
      'mytest.io',
      'x.invalid',
      'example.com',
      // Hosts that end in the reserved words without them being the last label, and the other way round.
      'a.atest',
      'a.xinvalid',
      'a.b.test',
      'test.test',
      'invalid.io',
      'a.b.invalid',
      'a.tes',
      'a.test-d',
    );
    const moreHosts = fc.constantFrom('b.example', 'a.example.org', 'example.io', 'reg.io:5000', 'localhost', 'a.b.c');
    const word = fc.constantFrom('app', 'example', 'examples', 'nginx', 'x', 'test', 'invalid', 'a-b', 'a__b');
    const digest = fc.oneof(
      piece.digest,
      fc.constantFrom(`sha256:${'0'.repeat(64)}`, `sha256:${'f'.repeat(64)}`, `sha256:${'a'.repeat(63)}b`),
      fc.constantFrom(`sha256:${'ab'.repeat(31)}aa`, `sha256:b${'a'.repeat(63)}`),
    );
    const ref = fc
      .record({
        host: fc.oneof(host, moreHosts, piece.host),
        path: fc.array(fc.oneof(word, piece.component), { minLength: 1, maxLength: 3 }),
        tag: fc.option(fc.oneof(piece.tag, fc.constant('example')), { nil: undefined }),
        digest: fc.option(digest, { freq: 6, nil: undefined }),
      })
      .map(
        ({ host: h, path, tag, digest: d }) =>
          `${h}/${path.join('/')}${tag !== undefined ? `:${tag}` : ''}${d !== undefined ? `@${d}` : ''}`,
      );
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: ref }, { weight: 2, arbitrary: reference }), (s) => {
        const pinned = pinnedImageRef(s);
        const byRules =
          pinned !== undefined &&
          !isPlaceholderDigest(pinned.digest as string) &&
          placeholderRegistryReason(pinned, []) === undefined;
        if (isCleanPinnedRef(s)) expect(byRules).toBe(true);
        else if (!s.includes('example')) expect(byRules).toBe(false);
      }),
      { numRuns: 3000 },
    );
    expect(isCleanPinnedRef(`registry.acme.io/svc-1/app@sha256:${HEX}`)).toBe(true);
    expect(isCleanPinnedRef(`ghcr.io/examples/app@sha256:${HEX}`)).toBe(false); // judged fully: then clean
  });

  it('read a digest character as a hex digit exactly when it is 0-9 or a-f', () => {
    // The expression spells a hex digit as '0'..'f' without what lies between '9' and 'a': every code
    // unit, in the middle and at the end of the digest, is held to the plain class.
    const hex = /^[a-f0-9]$/;
    for (const at of [0, 31, 63]) {
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        const s = `registry.acme.io/svc/app@sha256:${HEX.slice(0, at)}${ch}${HEX.slice(at + 1)}`;
        const expected = hex.test(ch);
        if ((pinnedImageRef(s) !== undefined) !== expected || isCleanPinnedRef(s) !== expected)
          expect({ c, at, pinned: pinnedImageRef(s), clean: isCleanPinnedRef(s) }).toEqual({ c, at, expected });
      }
    }
  });

  it('isCleanPinnedRef turns down a host whose last label is reserved, and only that', () => {
    const d = `@sha256:${HEX}`;
    for (const h of ['a.test', 'my.test', 'a.b.test', 'test.test', 'x.invalid', 'a.b.invalid'])
      expect(isCleanPinnedRef(`${h}/app${d}`)).toBe(false);
    for (const h of ['a.atest', 'a.xinvalid', 'test.io', 'invalid.io', 'a.tes', 'a.test-d', 'a.testd', 'ab.cd'])
      expect(isCleanPinnedRef(`${h}/app${d}`)).toBe(true);
  });

  it('answer for the common shapes, so the fast path is really taken', () => {
    const d = `sha256:${HEX}`;
    for (const s of [`registry.acme.io/svc-1/app@${d}`, `ghcr.io/a/b_c/d--e:v1.2_X@${d}`, `a.b/c__d@${d}`]) {
      expect(pinnedImageRef(s)).toBeDefined();
      expect(fastImageRef(s)).toBeDefined();
    }
    expect(fastImageRef('ghcr.io/acme/api:1.4')).toEqual({ registry: 'ghcr.io', repository: 'acme/api', tag: '1.4' });
    expect(pinnedImageRef('ghcr.io/acme/api:1.4')).toBeUndefined();
    for (const s of ['nginx', 'localhost:5000/app', 'Reg.io/a', 'ghcr.io/a/b@sha256:ABC', ' ghcr.io/a'])
      expect(pinnedImageRef(s)).toBeUndefined();
  });
});
