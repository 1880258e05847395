// The ToolCache of the `rco` CLI: a folder in the user's cache ($XDG_CACHE_HOME/rco or ~/.cache/rco),
// downloads through io.fetch, extraction with the system tar. The Actions runtime uses
// src/runtime/tool-cache.ts instead; the installer (install.ts) verifies digests for both.
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Io } from '../io/io.js';
import { envError } from '../verdict/errors.js';
import { type Platform, type ToolCache, ToolDownloadError } from './types.js';

/** Release archives are tens of MB; a response far beyond that is not the archive we pinned. */
const MAX_ARCHIVE_BYTES = 512 * 1024 * 1024;
const MAX_REDIRECTS = 5;
const COMPLETE = '.complete';

export function defaultCacheRoot(env: Readonly<Record<string, string | undefined>>): string {
  const xdg = env['XDG_CACHE_HOME'];
  if (xdg) return join(xdg, 'rco');
  const home = env['HOME'] ?? env['USERPROFILE'];
  if (!home) throw envError('CACHE_DIR_UNKNOWN', 'Neither XDG_CACHE_HOME nor HOME is set, so rco has no cache folder.');
  return join(home, '.cache', 'rco');
}

function isLoopback(u: URL): boolean {
  return u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname === '[::1]';
}

/** Follows redirects by hand so every hop stays on https (plain http only to loopback, for tests). */
async function fetchFollowing(url: string, io: Io): Promise<Response> {
  let current = new URL(url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (current.protocol !== 'https:' && !(current.protocol === 'http:' && isLoopback(current))) {
      throw new ToolDownloadError(`refusing to download over ${current.protocol} from ${current.host}`);
    }
    const res = await io.fetch(current, { redirect: 'manual' });
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      current = new URL(location, current);
      continue;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new ToolDownloadError(`HTTP ${res.status} ${res.statusText}`.trim(), res.status);
    }
    return res;
  }
  throw new ToolDownloadError(`more than ${MAX_REDIRECTS} redirects`);
}

/** root may be a function so the CLI can wire the cache up front and resolve HOME only when used. */
export function localToolCache(rootOf: string | (() => string), io: Io): ToolCache {
  let resolved: string | undefined;
  const rootDir = () => (resolved ??= typeof rootOf === 'string' ? rootOf : rootOf());
  const toolDir = (tool: string, version: string, platform: Platform) =>
    join(rootDir(), 'tools', tool, version, platform);
  const scratch = async () => {
    await mkdir(join(rootDir(), 'tmp'), { recursive: true });
    return mkdtemp(join(rootDir(), 'tmp', 'dl-'));
  };
  return {
    async find(tool, version, platform) {
      const dir = toolDir(tool, version, platform);
      try {
        await stat(join(dir, COMPLETE));
        return dir;
      } catch {
        return undefined;
      }
    },
    async download(url) {
      const res = await fetchFollowing(url, io);
      await mkdir(join(rootDir(), 'tmp'), { recursive: true });
      const file = join(rootDir(), 'tmp', `${randomUUID()}.tar.gz`);
      let seen = 0;
      const cap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          seen += chunk.length;
          done(
            seen > MAX_ARCHIVE_BYTES ? new ToolDownloadError(`larger than ${MAX_ARCHIVE_BYTES} bytes`) : null,
            chunk,
          );
        },
      });
      if (!res.body) throw new ToolDownloadError('empty response');
      await pipeline(
        Readable.fromWeb(res.body as import('node:stream/web').ReadableStream),
        cap,
        createWriteStream(file),
      );
      return file;
    },
    async extractTarGz(archive) {
      const dest = await scratch();
      // --no-same-owner: files belong to the runner user, not to whatever uid the archive recorded.
      const r = await io.exec('tar', ['-xzf', archive, '-C', dest, '--no-same-owner'], {
        env: { PATH: io.env['PATH'] },
      });
      if (r.code !== 0) {
        throw envError('TOOL_ARCHIVE_INVALID', `Could not extract ${archive}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
      }
      return dest;
    },
    async save(dir, tool, version, platform) {
      const dest = toolDir(tool, version, platform);
      await rm(dest, { recursive: true, force: true });
      await mkdir(join(dest, '..'), { recursive: true });
      // Same file system (both under root), so the move is atomic; the marker comes last so a
      // half-written folder is never found.
      await rename(dir, dest);
      await writeFile(join(dest, COMPLETE), '');
      return dest;
    },
  };
}
