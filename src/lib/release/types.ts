// The release-metadata contract shared by validate-evidence and signed-tag-check.
import type { Finding } from '../verdict/types.js';

export interface ReleaseMetadataPolicy {
  /** A version file and, for files other than the four known ones, a regexp with one capture group. */
  versionFile?: { path: string; pattern?: string };
  /** The changelog path (default: CHANGELOG.md). */
  changelog?: string;
  /** Version constants in source files: each pattern is a regexp with one capture group. */
  constants?: { file: string; pattern: string }[];
}

export interface VersionSource {
  /** What the version came from: package.json, pyproject.toml, Cargo.toml, VERSION, version-file, changelog, constant, tag. */
  source: string;
  /** Repository-relative path (the tag name for the tag). */
  file: string;
  line?: number;
  version?: string;
}

export interface ReleaseMetadata {
  /** The release's version: the tag's when a tag is given, else the version file's, else the changelog's. */
  version?: string;
  sources: VersionSource[];
  findings: Finding[];
}

export interface ReleaseMetadataOptions {
  tag?: string;
  /** Tag pattern; group 1 (when present) is the version. Default: v + semver. */
  tagPattern?: RegExp;
  /** The changelog section for the version must exist and hold notes. */
  requireNotes?: boolean;
}

/** A source read, or the finding saying why it could not be. */
export type Read = { source: VersionSource; finding?: undefined } | { source?: undefined; finding: Finding };
