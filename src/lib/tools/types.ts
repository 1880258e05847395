// What the installer and the DB cache need from their host, so src/lib never imports @actions/*:
// src/runtime/tool-cache.ts implements these over @actions/tool-cache and @actions/cache, and
// local-cache.ts implements ToolCache for the CLI over a folder in the user's cache.

/** One of the four platforms we pin archives for, in Node's naming: `${process.platform}-${process.arch}`. */
export type Platform = 'linux-x64' | 'linux-arm64' | 'darwin-x64' | 'darwin-arm64';

export const PLATFORMS: readonly Platform[] = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64'];

/** A cache of installed tools, keyed by tool, version and platform (a folder per key). */
export interface ToolCache {
  /** The folder of an installed tool, or undefined when it is not cached yet. */
  find(tool: string, version: string, platform: Platform): Promise<string | undefined>;
  /** Downloads url to a fresh temporary file; a failed HTTP status throws ToolDownloadError. */
  download(url: string): Promise<string>;
  /** Extracts a .tar.gz into a fresh folder and returns it. */
  extractTarGz(archive: string): Promise<string>;
  /** Copies an extracted folder into the cache and returns the cached folder. */
  save(dir: string, tool: string, version: string, platform: Platform): Promise<string>;
}

/** A cache of folders saved under a key between runs (the Trivy DB). Failures never fail a gate. */
export interface CacheStore {
  /** Restores paths; returns the key that matched (primaryKey or a restoreKeys prefix match), if any. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<void>;
}

/** A download that got an HTTP answer other than success; status lets callers tell 404 from 5xx. */
export class ToolDownloadError extends Error {
  readonly status: number | undefined;
  constructor(message: string, status?: number) {
    super(message);
    this.name = 'ToolDownloadError';
    this.status = status;
  }
}

export function currentPlatform(platform: string, arch: string): Platform | undefined {
  const key = `${platform}-${arch}`;
  return (PLATFORMS as readonly string[]).includes(key) ? (key as Platform) : undefined;
}
