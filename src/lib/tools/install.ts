// The installer for pinned tools: find in the cache by version, else download, verify the sha256
// pinned in our source BEFORE extracting (a tampered archive is never unpacked), extract, cache.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Io } from '../io/io.js';
import { envError, userError } from '../verdict/errors.js';
import { PINS, type PinnedArchive, type PinTable } from './pins.js';
import { type Platform, type ToolCache, ToolDownloadError } from './types.js';

export interface InstallRequest {
  tool: string;
  /** A version from the pin table, with or without a leading "v". */
  version: string;
  platform: Platform | undefined;
}

export interface Installed {
  /** The executable to run. */
  path: string;
  version: string;
  /** True when the tool came from the cache without a download. */
  cached: boolean;
}

/** The pinned archive for a request, or a user error that says which versions are pinned. */
export function pinnedArchive(req: InstallRequest, pins: PinTable = PINS): { archive: PinnedArchive; version: string } {
  const tool = pins[req.tool];
  if (!tool) throw userError('TOOL_NOT_PINNED', `No pinned downloads for the tool "${req.tool}".`);
  const version = req.version.trim().replace(/^v/, '');
  const known = Object.keys(tool.versions);
  const byVersion = tool.versions[version];
  if (!byVersion) {
    throw userError(
      'TOOL_VERSION_NOT_PINNED',
      `${req.tool} ${version} has no sha256 pinned in rco-actions, so it cannot be installed safely.`,
      { hint: `pinned versions: ${known.join(', ')}; to add one see docs/adr/0002-pinned-tool-downloads.md` },
    );
  }
  if (!req.platform) {
    throw envError(
      'TOOL_PLATFORM_UNSUPPORTED',
      `${req.tool} ${version} is pinned only for ${Object.keys(byVersion).join(', ')}; this runner is not one of them.`,
    );
  }
  const archive = byVersion[req.platform];
  if (!archive) {
    throw envError(
      'TOOL_PLATFORM_UNSUPPORTED',
      `${req.tool} ${version} has no pinned archive for ${req.platform} (pinned: ${Object.keys(byVersion).join(', ')}).`,
    );
  }
  return { archive, version };
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function download(req: InstallRequest, version: string, url: string, cache: ToolCache): Promise<string> {
  try {
    return await cache.download(url);
  } catch (e) {
    const status = e instanceof ToolDownloadError ? e.status : undefined;
    if (status === 404) {
      throw envError(
        'TOOL_ASSET_MISSING',
        `The release asset of ${req.tool} ${version} for ${req.platform} is missing (HTTP 404 at ${url}).`,
        {
          hint: 'the release may have been withdrawn upstream: pin another version (docs/adr/0002-pinned-tool-downloads.md)',
        },
      );
    }
    // fetch reports "fetch failed" and keeps the reason (DNS, refused, TLS) in its cause.
    const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : '';
    const why = `${e instanceof Error ? e.message : String(e)}${cause}`;
    throw envError(
      'TOOL_DOWNLOAD_FAILED',
      `Could not download ${req.tool} ${version} for ${req.platform} from ${url}: ${why}`,
      { cause: e },
    );
  }
}

/** Installs a pinned tool through the given cache and returns the path of its executable. */
export async function installTool(
  req: InstallRequest,
  cache: ToolCache,
  io: Io,
  pins: PinTable = PINS,
): Promise<Installed> {
  const { archive, version } = pinnedArchive(req, pins);
  const platform = req.platform as Platform;
  const binary = (pins[req.tool] as { binary: string }).binary;
  const hit = await cache.find(req.tool, version, platform);
  if (hit && existsSync(join(hit, binary))) {
    io.log.debug(`${req.tool} ${version} found in the tool cache: ${hit}`);
    return { path: join(hit, binary), version, cached: true };
  }
  io.log.info(`Downloading ${req.tool} ${version} for ${platform} from ${archive.url}`);
  const file = await download(req, version, archive.url, cache);
  try {
    return await verifyAndExtract(req, version, archive, file, cache, binary);
  } finally {
    await rm(file, { force: true });
  }
}

async function verifyAndExtract(
  req: InstallRequest,
  version: string,
  archive: PinnedArchive,
  file: string,
  cache: ToolCache,
  binary: string,
): Promise<Installed> {
  const platform = req.platform as Platform;
  const actual = await sha256File(file);
  if (actual !== archive.sha256.toLowerCase()) {
    // Same code path whether the asset was replaced upstream or altered on the way: never extract it.
    throw userError(
      'TOOL_DIGEST_MISMATCH',
      `The download of ${req.tool} ${version} for ${platform} has sha256 ${actual}, but rco-actions pins ${archive.sha256}. It was not extracted or run.`,
      { hint: `source: ${archive.url}; a changed release asset must be investigated before the pin is changed` },
    );
  }
  const dir = await cache.extractTarGz(file);
  if (!existsSync(join(dir, binary))) {
    throw envError('TOOL_ARCHIVE_INVALID', `The ${req.tool} ${version} archive has no "${binary}" at its top level.`);
  }
  const cached = await cache.save(dir, req.tool, version, platform);
  return { path: join(cached, binary), version, cached: false };
}
