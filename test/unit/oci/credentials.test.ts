// Reading registry credentials from the Docker config: every shape docker login leaves, and the
// malformed ones, each a clear error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CredentialStore } from '../../../src/lib/oci/credentials.js';
import { isRcoError } from '../../../src/lib/verdict/errors.js';
import { testIo } from '../../helpers/io.js';

function store(config: unknown, given?: { username: string; password: string }) {
  const dir = mkdtempSync(join(tmpdir(), 'rco-creds-'));
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
  const io = testIo({ env: { DOCKER_CONFIG: dir } });
  return { io, creds: new CredentialStore(io, given) };
}
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('CredentialStore', () => {
  it('reads base64 auth under any spelling of the registry, and masks the password', async () => {
    const { io, creds } = store({
      auths: {
        'https://index.docker.io/v1/': { auth: b64('me:pa:ss') },
        'ghcr.io': { username: 'u', password: 'pw-1234' },
      },
    });
    expect(await creds.lookup('docker.io')).toEqual({ credentials: { username: 'me', password: 'pa:ss' } });
    expect(await creds.lookup('ghcr.io')).toEqual({ credentials: { username: 'u', password: 'pw-1234' } });
    expect(await creds.lookup('quay.io')).toEqual({});
    expect(io.masked).toEqual(['pa:ss', 'pw-1234']);
  });

  it('prefers the inputs, and uses a registry token as is', async () => {
    expect((await store({}, { username: 'in', password: 'put' }).creds.lookup('x.io')).credentials?.username).toBe(
      'in',
    );
    expect(
      (await store({ auths: { 'x.io': { registrytoken: 'tok-abcdef' } } }).creds.lookup('x.io')).credentials,
    ).toEqual({ registryToken: 'tok-abcdef' });
  });

  it('names credential helpers and identity tokens it does not use', async () => {
    expect((await store({ credsStore: 'desktop' }).creds.lookup('ghcr.io')).helper).toContain(
      'docker-credential-desktop',
    );
    expect((await store({ auths: { 'x.io': { identitytoken: 'id' } } }).creds.lookup('x.io')).helper).toContain(
      'identity token',
    );
  });

  it('is anonymous without a config file', async () => {
    const io = testIo({ env: { DOCKER_CONFIG: '/nonexistent' } });
    expect(await new CredentialStore(io).lookup('ghcr.io')).toEqual({});
  });

  it.each([
    ['{', /not valid JSON/],
    ['[]', /must hold a JSON object/],
    ['"text"', /must hold a JSON object/],
    [JSON.stringify({ auths: { 'x.io': { auth: b64('no-colon') } } }), /not base64 of "user:password"/],
  ])('refuses a malformed config %s with DOCKER_CONFIG_INVALID', async (text, why) => {
    try {
      await store(text).creds.lookup('x.io');
      expect.unreachable();
    } catch (e) {
      expect(isRcoError(e) && e.code).toBe('DOCKER_CONFIG_INVALID');
      expect((e as Error).message).toMatch(why);
    }
  });

  it('never crashes on arbitrary config JSON: credentials, nothing, or DOCKER_CONFIG_INVALID', async () => {
    const entry = fc.record(
      {
        auth: fc.oneof(fc.string(), fc.base64String(), fc.integer(), fc.constant(null)),
        username: fc.string(),
        password: fc.string(),
      },
      { requiredKeys: [] },
    );
    const config = fc.oneof(
      fc.jsonValue(),
      fc.record({
        auths: fc.dictionary(fc.constantFrom('x.io', 'https://x.io', 'y.io'), fc.oneof(entry, fc.jsonValue())),
      }),
    );
    await fc.assert(
      fc.asyncProperty(config, async (c) => {
        try {
          await store(JSON.stringify(c)).creds.lookup('x.io');
        } catch (e) {
          expect(isRcoError(e) && e.code).toBe('DOCKER_CONFIG_INVALID');
        }
      }),
      { numRuns: 60 },
    );
  });
});
