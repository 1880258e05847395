// Version strings as releases write them: semver X.Y.Z with optional pre-release and build metadata.

/** Semantic Versioning 2.0.0, the grammar of semver.org, without the leading `v`. */
export const SEMVER_SOURCE =
  '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)' +
  '(?:-(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[A-Za-z-][0-9A-Za-z-]*))*)?' +
  '(?:\\+[0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*)?';

const SEMVER = new RegExp(`^${SEMVER_SOURCE}$`);

/** The default release tag pattern: `v` then semver; group 1 is the version. */
export const DEFAULT_TAG_PATTERN = new RegExp(`^v(${SEMVER_SOURCE})$`);

export function isSemver(v: string): boolean {
  return SEMVER.test(v);
}

/** True when the version carries a pre-release part (`1.2.3-rc.1`); build metadata alone is not one. */
export function isPrerelease(v: string): boolean {
  const core = v.split('+')[0] ?? v;
  return core.includes('-');
}

/**
 * The version a tag names: group 1 of the pattern when it has one, else the tag without a leading `v`.
 * undefined when the tag does not match the pattern.
 */
export function versionOfTag(tag: string, pattern: RegExp = DEFAULT_TAG_PATTERN): string | undefined {
  const m = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(tag);
  if (!m) return undefined;
  return m[1] ?? tag.replace(/^v/, '');
}

/** Versions agree when equal after dropping a leading `v`, so `v1.2.3` in a constant matches tag v1.2.3. */
export function sameVersion(a: string, b: string): boolean {
  return a.replace(/^v/, '') === b.replace(/^v/, '');
}
