// Registry authentication against the real registry behind htpasswd basic auth, and the bearer-token
// handshake through the loopback proxy acting as a token service; credentials from the inputs and
// from the Docker config docker/login-action leaves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeImage, Pusher, type TestImage } from '../../helpers/oci-push.js';
import { announceMissing, HAVE_HTPASSWD, HAVE_REGISTRY, type Registry, startRegistry } from '../../helpers/registry.js';
import { type RegistryProxy, startProxy } from '../../helpers/registry-proxy.js';
import { keySigner, signImage } from '../../helpers/sign.js';
import { verify } from './fixture.js';

announceMissing({ htpasswd: true });
const USER = 'ci-bot';
const PASSWORD = 's3cret-registry-pass';

function dockerConfig(content: unknown): Record<string, string | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'rco-docker-config-'));
  writeFileSync(join(dir, 'config.json'), typeof content === 'string' ? content : JSON.stringify(content));
  return { PATH: process.env['PATH'], HOME: '/nonexistent', DOCKER_CONFIG: dir };
}

describe.skipIf(!HAVE_REGISTRY || !HAVE_HTPASSWD)('verify-signature registry authentication', () => {
  let basic: Registry;
  let plain: Registry;
  let proxy: RegistryProxy;
  const key = keySigner();
  let image: TestImage;
  let other: TestImage;
  const noConfig = { PATH: process.env['PATH'], HOME: '/nonexistent' };

  beforeAll(async () => {
    basic = await startRegistry({ user: USER, password: PASSWORD });
    plain = await startRegistry();
    proxy = await startProxy(plain.url);
    image = makeImage('team/app');
    other = makeImage('team/app');
    for (const [reg, auth] of [
      [basic, { user: USER, password: PASSWORD }],
      [plain, undefined],
    ] as const) {
      const push = new Pusher(reg.url, auth);
      for (const img of [image, other]) {
        await push.image(img);
        await signImage(push, img, key, 'legacy-tag');
      }
    }
  });
  afterAll(async () => {
    await proxy?.stop();
    await basic?.stop();
    await plain?.stop();
  });

  const at = (host: string, img = image) => `${host}/team/app@${img.digest}`;

  it('logs in with the username and password inputs and never logs the password', async () => {
    const r = await verify(
      { images: at(basic.host), key: key.publicKeyPem, username: USER, password: PASSWORD },
      { env: noConfig },
    );
    expect(r.outcome).toBe('pass');
    expect(r.io.masked).toContain(PASSWORD);
    expect(r.io.logs.join('\n')).not.toContain(PASSWORD);
  });

  it('ends unknown without credentials, saying how to give them', async () => {
    const r = await verify({ images: at(basic.host), key: key.publicKeyPem }, { env: noConfig });
    expect(r.outcome).toBe('unknown');
    expect(r.rules).toEqual(['REGISTRY_AUTH_REQUIRED']);
    expect(r.findings[0]?.message).toMatch(/asks for a username and password.*docker\/login-action/);
  });

  it('fails on a wrong password', async () => {
    const r = await verify(
      { images: at(basic.host), key: key.publicKeyPem, username: USER, password: 'wrong-password' },
      { env: noConfig },
    );
    expect(r.outcome).toBe('fail');
    expect(r.rules).toEqual(['REGISTRY_AUTH_FAILED']);
    expect(r.findings[0]?.message).toMatch(/refused the credentials/);
  });

  it('reads the Docker config (auths, base64 user:password) and masks the password', async () => {
    const auth = Buffer.from(`${USER}:${PASSWORD}`).toString('base64');
    const env = dockerConfig({ auths: { [`http://${basic.host}`]: { auth } } });
    const r = await verify({ images: at(basic.host), key: key.publicKeyPem }, { env });
    expect(r.outcome).toBe('pass');
    expect(r.io.masked).toContain(PASSWORD);
  });

  it('names the credential helper it does not run', async () => {
    const env = dockerConfig({ auths: {}, credHelpers: { [basic.host]: 'ecr-login' } });
    const r = await verify({ images: at(basic.host), key: key.publicKeyPem }, { env });
    expect(r.rules).toEqual(['REGISTRY_AUTH_REQUIRED']);
    expect(r.findings[0]?.message).toContain('docker-credential-ecr-login');
  });

  it('refuses a Docker config that is not JSON', async () => {
    const r = await verify({ images: at(basic.host), key: key.publicKeyPem }, { env: dockerConfig('{"auths": ') });
    expect(r.outcome).toBe('fail');
    expect(r.rules).toEqual(['DOCKER_CONFIG_INVALID']);
  });

  it('gets an anonymous bearer token once per repository and reuses it', async () => {
    proxy.bearer = { token: 'anon-token-123456' };
    proxy.seen.length = 0;
    const r = await verify(
      { images: `${at(proxy.host)}\n${at(proxy.host, other)}`, key: key.publicKeyPem },
      { env: noConfig },
    );
    expect(r.outcome).toBe('pass');
    expect(proxy.seen.filter((l) => l.startsWith('GET /token?')).length).toBe(1);
    expect(proxy.seen.find((l) => l.startsWith('GET /token?'))).toContain('scope=repository%3Ateam%2Fapp%3Apull');
    expect(r.io.masked).toContain('anon-token-123456');
  });

  it('trades the credentials for a bearer token, and ends unknown without them', async () => {
    proxy.bearer = { token: 'user-token-123456', user: USER, password: PASSWORD };
    const ok = await verify(
      { images: at(proxy.host), key: key.publicKeyPem, username: USER, password: PASSWORD },
      { env: noConfig },
    );
    expect(ok.outcome).toBe('pass');
    const anon = await verify({ images: at(proxy.host), key: key.publicKeyPem }, { env: noConfig });
    expect(anon.rules).toEqual(['REGISTRY_AUTH_REQUIRED']);
    expect(anon.findings[0]?.message).toMatch(/no anonymous access/);
    proxy.bearer = undefined;
  });
});
