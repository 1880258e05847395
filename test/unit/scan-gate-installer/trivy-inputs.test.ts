// trivy-version, db-repository and cache: parsed before anything runs, with errors naming the input.
import { describe, expect, it } from 'vitest';
import { resolveInputs } from '../../../src/lib/inputs/spec.js';
import { parseInputs, spec } from '../../../src/scan-gate/inputs.js';
import { defaultTrivyInputs, parseTrivyInputs } from '../../../src/scan-gate/trivy-inputs.js';

const IMAGE = `registry.example.com/shop/api@sha256:${'a'.repeat(64)}`;
const parse = (raw: Record<string, string>) => parseInputs(resolveInputs(spec, { image: IMAGE, ...raw }));

describe('the Trivy inputs of the scan-gate', () => {
  it('defaults to the pinned version, the three public DB repositories in order, and the cache on', () => {
    expect(parse({}).trivy).toEqual(defaultTrivyInputs());
    expect(defaultTrivyInputs()).toEqual({
      version: '0.74.0',
      dbRepositories: [
        'mirror.gcr.io/aquasec/trivy-db:2',
        'ghcr.io/aquasecurity/trivy-db:2',
        'public.ecr.aws/aquasecurity/trivy-db:2',
      ],
      cache: true,
    });
  });

  it('takes another pinned version, an ordered list one per line, and cache: false', () => {
    expect(
      parse({
        'trivy-version': 'v0.72.0',
        'db-repository': 'ghcr.io/a/db:2\n# mirror\n127.0.0.1:5000/db:2',
        cache: 'false',
      }).trivy,
    ).toEqual({ version: '0.72.0', dbRepositories: ['ghcr.io/a/db:2', '127.0.0.1:5000/db:2'], cache: false });
  });

  it('refuses a version without a pinned sha256, naming the pinned ones', () => {
    expect(() => parseTrivyInputs({ 'trivy-version': '0.69.4', 'db-repository': 'ghcr.io/a/db:2' })).toThrow(
      'Input "trivy-version" is "0.69.4", which has no sha256 pinned in rco-actions.',
    );
    const e = (() => {
      try {
        parseTrivyInputs({ 'trivy-version': 'latest', 'db-repository': 'ghcr.io/a/db:2' });
      } catch (err) {
        return err as { code: string; hint: string };
      }
    })();
    expect(e?.code).toBe('INPUT_INVALID');
    expect(e?.hint).toContain('pinned versions: 0.74.0, 0.72.0');
  });

  it('refuses DB repositories that are not OCI references, and an empty list', () => {
    expect(() => parse({ 'db-repository': 'ghcr.io/a/db:2,--insecure' })).toThrow(
      'Input "db-repository" has entries that are not OCI repositories: --insecure.',
    );
    expect(() => parseTrivyInputs({ 'trivy-version': '0.74.0', 'db-repository': '# none' })).toThrow(
      'Input "db-repository" names no repository.',
    );
    expect(() => parse({ cache: 'maybe' })).toThrow('Input "cache" must be true or false, got "maybe".');
  });
});
