import { describe, expect, it } from 'vitest';
import { classify, DEFAULT_VOCABULARY, isPlaceholder } from '../../../src/lib/policy/vocabulary.js';
import { parseAsOf, parseInputs } from '../../../src/validate-evidence/inputs.js';
import { testIo } from '../../helpers/io.js';

const base = { path: '.', policy: '.github/release-evidence.yml', environment: 'prod', tag: '', 'as-of': '' };

describe('validate-evidence inputs', () => {
  it('resolves the path, environments and the default policy', () => {
    const io = testIo({ cwd: '/work/repo' });
    expect(parseInputs({ ...base, path: 'sub', environment: 'staging, prod\ndr' }, io)).toEqual({
      path: '/work/repo/sub',
      policy: '.github/release-evidence.yml',
      policyExplicit: false,
      environments: ['staging', 'prod', 'dr'],
      tag: undefined,
      asOf: undefined,
    });
    expect(parseInputs({ ...base, policy: 'ci/evidence.yml' }, io).policyExplicit).toBe(true);
  });

  it('takes the tag from GITHUB_REF on a tag push only', () => {
    const tagged = testIo({ env: { GITHUB_REF: 'refs/tags/v1.4.0' } });
    expect(parseInputs(base, tagged).tag).toBe('v1.4.0');
    expect(parseInputs({ ...base, tag: 'v2.0.0' }, tagged).tag).toBe('v2.0.0');
    expect(parseInputs(base, testIo({ env: { GITHUB_REF: 'refs/heads/main' } })).tag).toBeUndefined();
  });

  it('reads as-of as the end of a day, or a timestamp as written', () => {
    expect(parseAsOf('2026-11-16')?.toISOString()).toBe('2026-11-16T23:59:59.999Z');
    expect(parseAsOf('2026-11-16T12:00:00+01:00')?.toISOString()).toBe('2026-11-16T11:00:00.000Z');
    expect(parseAsOf('')).toBeUndefined();
  });

  it.each(['16.11.2026', '2026-02-30', '2026-11-16T12:00', 'yesterday', '2026-13-01'])('refuses as-of %j', (v) => {
    expect(() => parseAsOf(v)).toThrow(/Input "as-of" must be an ISO-8601 date/);
  });

  it('refuses an empty environment list', () => {
    expect(() => parseInputs({ ...base, environment: ' , ' }, testIo())).toThrow(/environment/);
  });
});

describe('vocabulary', () => {
  it.each([
    ['`READY`', 'accepted'],
    ['**Approved**', 'accepted'],
    [' passed ', 'accepted'],
    ['BLOCKED', 'blocked'],
    ['Pending review', 'blocked'],
    ['PENDING_APPROVAL', 'blocked'],
    ['Failed', 'failed'],
    ['<YYYY-MM-DD>', 'placeholder'],
    ['TBD', 'placeholder'],
    ['todo: ask Lena', 'placeholder'],
    ['', 'empty'],
    ['—', 'empty'],
    ['IN PROGRESS', 'other'],
    ['Line<br>break', 'other'],
  ])('classifies %j as %s', (value, kind) => {
    expect(classify(value, DEFAULT_VOCABULARY)).toBe(kind);
  });

  it('does not take a word merely containing a placeholder word for one', () => {
    expect(isPlaceholder('Todoist export', DEFAULT_VOCABULARY)).toBe(false);
  });
});
