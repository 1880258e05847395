// The pin table is security-relevant data: every entry must be complete and well formed, so a typo
// cannot turn into "no digest to check".
import { describe, expect, it } from 'vitest';
import { pinnedArchive } from '../../../src/lib/tools/install.js';
import { DEFAULT_TRIVY_VERSION, PINS } from '../../../src/lib/tools/pins.js';
import { currentPlatform, PLATFORMS } from '../../../src/lib/tools/types.js';

const TRIVY_ASSET: Record<string, string> = {
  'linux-x64': 'Linux-64bit',
  'linux-arm64': 'Linux-ARM64',
  'darwin-x64': 'macOS-64bit',
  'darwin-arm64': 'macOS-ARM64',
};

describe('PINS', () => {
  it('pins the default Trivy version for all four platforms', () => {
    expect(DEFAULT_TRIVY_VERSION).toBe('0.74.0');
    expect(Object.keys(PINS['trivy']?.versions[DEFAULT_TRIVY_VERSION] ?? {}).sort()).toEqual([...PLATFORMS].sort());
  });

  it('has a lowercase sha256 and the official https release URL for every archive', () => {
    const seen = new Set<string>();
    for (const [tool, pinned] of Object.entries(PINS)) {
      expect(pinned.versions[pinned.defaultVersion], `${tool} default`).toBeDefined();
      for (const [version, byPlatform] of Object.entries(pinned.versions)) {
        for (const [platform, a] of Object.entries(byPlatform)) {
          expect(a.sha256, `${tool} ${version} ${platform}`).toMatch(/^[0-9a-f]{64}$/);
          expect(seen.has(a.sha256), `duplicate digest ${a.sha256}`).toBe(false);
          seen.add(a.sha256);
          if (tool === 'trivy') {
            expect(a.url).toBe(
              `https://github.com/aquasecurity/trivy/releases/download/v${version}/trivy_${version}_${TRIVY_ASSET[platform]}.tar.gz`,
            );
          }
        }
      }
    }
  });

  it('never pins the withdrawn or malicious Trivy releases', () => {
    for (const v of Object.keys(PINS['trivy']?.versions ?? {})) {
      const [maj, min, patch] = v.split('.').map(Number) as [number, number, number];
      expect(maj > 0 || min > 69 || (min === 69 && patch >= 2), v).toBe(true);
      expect(v).not.toBe('0.69.4');
    }
  });

  it('accepts "v" prefixes and maps Node platforms', () => {
    expect(pinnedArchive({ tool: 'trivy', version: 'v0.74.0', platform: 'linux-x64' }).version).toBe('0.74.0');
    expect(currentPlatform('linux', 'x64')).toBe('linux-x64');
    expect(currentPlatform('win32', 'x64')).toBeUndefined();
  });

  it('says the runner platform is unsupported rather than guessing an archive', () => {
    expect(() => pinnedArchive({ tool: 'trivy', version: '0.74.0', platform: undefined })).toThrow(
      /pinned only for linux-x64, linux-arm64, darwin-x64, darwin-arm64/,
    );
    expect(() => pinnedArchive({ tool: 'kind', version: '0.1.0', platform: 'linux-x64' })).toThrow(
      /No pinned downloads/,
    );
  });
});
