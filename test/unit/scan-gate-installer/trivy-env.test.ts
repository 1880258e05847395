// The child environment, the transient-failure classifier and the DB cache key of the Trivy runner.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DB_REPOSITORIES, dbCacheKey, isDbRepository } from '../../../src/scan-gate/trivy-db.js';
import { ignoredTrivyVariables, isTransient, trivyChildEnv, trivyErrorLine } from '../../../src/scan-gate/trivy-env.js';

describe('trivyChildEnv', () => {
  it('keeps only what Trivy needs to reach registries, and never a TRIVY_* of the job', () => {
    const parent = {
      PATH: '/bin',
      HOME: '/home/r',
      HTTPS_PROXY: 'http://proxy:3128',
      TRIVY_SEVERITY: 'LOW',
      trivy_db_repository: 'evil/db',
      GITHUB_TOKEN: 'ghs_x',
      ACTIONS_RUNTIME_TOKEN: 't',
      NODE_OPTIONS: '--require /tmp/x.js',
    };
    expect(trivyChildEnv(parent)).toEqual({ PATH: '/bin', HOME: '/home/r', HTTPS_PROXY: 'http://proxy:3128' });
    expect(trivyChildEnv(parent, { username: 'u', password: 'p' })).toMatchObject({
      TRIVY_USERNAME: 'u',
      TRIVY_PASSWORD: 'p',
    });
    expect(ignoredTrivyVariables(parent)).toEqual(['TRIVY_SEVERITY', 'trivy_db_repository']);
  });

  it('never copies an arbitrary variable (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (env) => {
        const out = trivyChildEnv(env);
        for (const k of Object.keys(out)) expect(k.startsWith('TRIVY_')).toBe(false);
        for (const k of Object.keys(out)) expect(env[k]).toBe(out[k]);
      }),
    );
  });
});

describe('isTransient', () => {
  it.each([
    'GET https://ghcr.io/v2/aquasecurity/trivy-db/manifests/2: TOOMANYREQUESTS: retry-after: 1.2s',
    'unexpected status code 429 Too Many Requests',
    'GET https://mirror.gcr.io/v2/...: unexpected status code 503 Service Unavailable',
    'received unexpected HTTP status: 502 Bad Gateway',
    'dial tcp 10.0.0.1:443: i/o timeout',
    'read: connection reset by peer',
    'net/http: TLS handshake timeout',
  ])('retries on %s', (line) => expect(isTransient(line)).toBe(true));

  it.each([
    'UNAUTHORIZED: authentication required',
    'MANIFEST_UNKNOWN: manifest unknown',
    'DENIED: requested access to the resource is denied',
    'GET https://x/v2/db/blobs/sha256:4295e0c1: NAME_UNKNOWN',
  ])('moves on without retrying on %s', (line) => expect(isTransient(line)).toBe(false));
});

describe('trivyErrorLine', () => {
  it('picks the FATAL line', () => {
    const stderr =
      '2026-11-23T10:00:00Z\tINFO\tNeed to update DB\n2026-11-23T10:00:01Z\tFATAL\tFatal error\tinit error: DB error\n';
    expect(trivyErrorLine(stderr, 1)).toBe('2026-11-23T10:00:01Z\tFATAL\tFatal error\tinit error: DB error');
    expect(trivyErrorLine('', 137)).toBe('exit code 137, no output');
  });

  it('never throws and stays short for any output (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.integer(), (s, code) => {
        expect(trivyErrorLine(s, code).length).toBeLessThanOrEqual(500);
      }),
    );
  });
});

describe('isDbRepository', () => {
  it('accepts the defaults and registries with ports or digests', () => {
    for (const r of DEFAULT_DB_REPOSITORIES) expect(isDbRepository(r)).toBe(true);
    expect(isDbRepository('127.0.0.1:5000/mirror/trivy-db:2')).toBe(true);
    expect(isDbRepository(`ghcr.io/aquasecurity/trivy-db@sha256:${'a'.repeat(64)}`)).toBe(true);
  });

  it.each(['--insecure', 'trivy-db', 'ghcr.io', 'ghcr.io/a b', 'https://ghcr.io/a/b', 'ghcr.io/a/b:2;rm'])(
    'refuses %s',
    (r) => expect(isDbRepository(r)).toBe(false),
  );

  it('never accepts a flag or whitespace (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        if (isDbRepository(s)) {
          expect(s.startsWith('-')).toBe(false);
          expect(/\s/.test(s)).toBe(false);
        }
      }),
    );
  });
});

describe('dbCacheKey', () => {
  it('changes once a day and restores from any earlier day', () => {
    expect(dbCacheKey(new Date('2026-11-23T23:59:59Z'))).toEqual({
      key: 'rco-trivy-db-2-2026-11-23',
      restoreKeys: ['rco-trivy-db-2-'],
    });
  });
});
