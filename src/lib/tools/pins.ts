// Every tool the actions download, pinned by version AND by the sha256 of each release archive,
// written here in our source (DESIGN.md, "Security rules"). A digest fetched beside the binary would
// come from the same place an attacker replaces, so it proves nothing; a digest in a reviewed commit
// does. How to add or bump a version: docs/adr/0002-pinned-tool-downloads.md.
import type { Platform } from './types.js';

export interface PinnedArchive {
  url: string;
  sha256: string;
}

export interface PinnedTool {
  /** The path of the executable inside the extracted archive. */
  binary: string;
  /** The default version when the user names none. */
  defaultVersion: string;
  versions: Record<string, Partial<Record<Platform, PinnedArchive>>>;
}

export type PinTable = Record<string, PinnedTool>;

const TRIVY_NAMES: Record<Platform, string> = {
  'linux-x64': 'Linux-64bit',
  'linux-arm64': 'Linux-ARM64',
  'darwin-x64': 'macOS-64bit',
  'darwin-arm64': 'macOS-ARM64',
};

function trivy(version: string, sha256: Record<Platform, string>): Record<Platform, PinnedArchive> {
  const out = {} as Record<Platform, PinnedArchive>;
  for (const [platform, digest] of Object.entries(sha256) as [Platform, string][]) {
    out[platform] = {
      url: `https://github.com/aquasecurity/trivy/releases/download/v${version}/trivy_${version}_${TRIVY_NAMES[platform]}.tar.gz`,
      sha256: digest,
    };
  }
  return out;
}

/** The Trivy version the scan-gate installs when `trivy-version` is not given (action.yml says the same). */
export const DEFAULT_TRIVY_VERSION = '0.74.0';

export const PINS: PinTable = {
  trivy: {
    binary: 'trivy',
    defaultVersion: DEFAULT_TRIVY_VERSION,
    versions: {
      // Check against the release's own trivy_0.74.0_checksums.txt
      // (https://github.com/aquasecurity/trivy/releases/tag/v0.74.0); the same four values are pinned
      // in cert-manager/makefile-modules, modules/tools/00_mod.mk (commit 02b378ff771e, the
      // trivy_<os>_<arch>_SHA256SUM lines).
      '0.74.0': trivy('0.74.0', {
        'linux-x64': '2ae6fe3ee734b7fdf11335663e18c75ea12dccc76062f09f164a3b0f8be4371a',
        'linux-arm64': 'b94ce1976bbf3c15b514b605ee88be7c6d94a29be2302847ff01cb794d47aad5',
        'darwin-x64': '472816f6888dda689d075c30254d4210b4d1035acf365aa72332f584c2f60485',
        'darwin-arm64': '1caada5e0e2091909357c7525d3aa76f4b660b13821bc143b190c7483e31cc11',
      }),
      // Check against trivy_0.72.0_checksums.txt (https://github.com/aquasecurity/trivy/releases/tag/v0.72.0);
      // earlier revisions of cert-manager/makefile-modules modules/tools/00_mod.mk pinned the same values.
      // Releases 0.27.0 to 0.69.1 were deleted from GitHub in March 2026 and 0.69.4 was malicious:
      // pin nothing older than 0.69.2, and never 0.69.4.
      '0.72.0': trivy('0.72.0', {
        'linux-x64': 'bbb64b9695866ce4a7a8f5c9592002c5961cab378577fa3f8a040df362b9b2ea',
        'linux-arm64': '2ca2c023109c2db6b2b77366b6717291452d4531167377d95c79547f0c8e3467',
        'darwin-x64': 'ee5e60df8a98e5b89fd74a6d86f9e5c7e9a266a35002cb1e43291698b3bfee08',
        'darwin-arm64': '88f208680dc05da2b459e19b4f5aa2b4dc7c2117892ba4aab2ae63baba330016',
      }),
    },
  },
};
