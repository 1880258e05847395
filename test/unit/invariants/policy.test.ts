// Each invariant's policy key: valid forms parse, and every bad one is a user error naming the key.
import { describe, expect, it } from 'vitest';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { INVARIANTS } from '../../../src/validate-evidence/invariants/index.js';

const byKey = (key: string) => INVARIANTS.find((i) => i.key === key)!;

function errorOf(key: string, raw: unknown): string {
  try {
    byKey(key).parse(raw, key);
  } catch (e) {
    if (!isRcoError(e) || e.kind !== 'user' || e.code !== 'POLICY_INVALID') throw e;
    return e.message;
  }
  throw new Error('expected a policy error');
}

describe('invariant policy keys', () => {
  it('registers the four invariants by key', () => {
    expect(INVARIANTS.map((i) => i.key)).toEqual([
      'release-metadata',
      'deployment-order',
      'immutable-images',
      'doc-links',
    ]);
  });

  it('parses the documented forms', () => {
    expect(byKey('doc-links').parse(true, 'doc-links')).toEqual({ include: ['**/*.md'], exclude: [] });
    expect(byKey('immutable-images').parse({ directories: 'deploy/prod' }, 'immutable-images')).toEqual({
      directories: ['deploy/prod'],
      allow: [],
      placeholderRegistries: [],
      renderer: 'auto',
      timeoutSeconds: 120,
      enableHelm: false,
    });
    expect(
      byKey('immutable-images').parse({ directories: ['d'], 'timeout-seconds': 600 }, 'immutable-images')
        .timeoutSeconds,
    ).toBe(600);
    const order = byKey('deployment-order').parse(
      { order: ['a', 'b'], pattern: 'apply (\\w+)', documents: [{ file: 'r.md', heading: 'Order' }] },
      'deployment-order',
    );
    expect(order.documents[0].pattern.source).toBe('apply (\\w+)');
    expect(
      byKey('release-metadata').parse({ 'require-notes': true, changelog: 'CHANGES.md' }, 'release-metadata'),
    ).toEqual({
      policy: { changelog: 'CHANGES.md' },
      tagPattern: undefined,
      requireNotes: true,
    });
  });

  it.each([
    ['immutable-images', [], 'Policy key "immutable-images" must be a mapping'],
    ['immutable-images', {}, '"immutable-images.directories" must be a non-empty list'],
    [
      'immutable-images',
      { directories: ['../outside'] },
      '"immutable-images.directories[0]" must be a path inside the repository',
    ],
    [
      'immutable-images',
      { directories: ['d'], renderer: 'helm' },
      '"immutable-images.renderer" must be one of auto, kubectl, kustomize',
    ],
    ['immutable-images', { directories: ['d'], alow: [] }, '"immutable-images.alow" must be one of the known keys'],
    [
      'immutable-images',
      { directories: ['d'], 'timeout-seconds': 0 },
      '"immutable-images.timeout-seconds" must be a whole number from 1 to 3600',
    ],
    [
      'immutable-images',
      { directories: ['d'], 'enable-helm': 'yes' },
      '"immutable-images.enable-helm" must be true or false',
    ],
    [
      'immutable-images',
      { directories: ['d'], 'timeout-seconds': '60' },
      '"immutable-images.timeout-seconds" must be a whole number from 1 to 3600',
    ],
    ['deployment-order', { order: [] }, '"deployment-order.order" must be a non-empty list'],
    ['deployment-order', { order: ['a'] }, 'at least one of documents or workflows'],
    [
      'deployment-order',
      { order: ['a', 'A'], workflows: [{ file: 'w.yml' }] },
      '"deployment-order.order[1]" must be listed once',
    ],
    [
      'deployment-order',
      { order: ['a'], documents: [{ file: 'r.md' }] },
      '"deployment-order.documents[0].heading" must be given',
    ],
    [
      'deployment-order',
      { order: ['a'], workflows: [{ file: 'w.yml', match: 'uses' }] },
      '"deployment-order.workflows[0].match" must be one of run, name',
    ],
    [
      'deployment-order',
      { order: ['a'], workflows: [{ file: 'w.yml', pattern: '(' }] },
      'must be a valid regular expression',
    ],
    ['deployment-order', { order: ['a'], workflows: [{ file: 'w.yml', pattern: 'apply' }] }, 'with 1 capture group'],
    ['doc-links', { include: [1, ''] }, '"doc-links.include[1]" must be a non-empty string'],
    ['release-metadata', { 'require-notes': 'yes' }, '"release-metadata.require-notes" must be true or false'],
    [
      'release-metadata',
      { 'tag-pattern': 'v.*' },
      '"release-metadata.tag-pattern" must be a regular expression with 1 capture group',
    ],
    ['release-metadata', { versionfile: 'x' }, 'release-metadata.versionfile'],
  ])('%s: %j', (key, raw, message) => {
    expect(errorOf(key, raw)).toContain(message);
  });
});
