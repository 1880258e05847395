// Release metadata: the version file, the changelog's newest entry, configured constants and the tag
// must name one version. Shared by validate-evidence (an invariant) and signed-tag-check.
import type { Finding } from '../verdict/types.js';
import { isEmptySection, parseChangelog } from './changelog.js';
import { readRepoFile } from './files.js';
import { DEFAULT_TAG_PATTERN, sameVersion, versionOfTag } from './semver.js';
import type { ReleaseMetadata, ReleaseMetadataOptions, ReleaseMetadataPolicy, VersionSource } from './types.js';
import { fromPattern, readVersionFile } from './version-file.js';

export { parseReleaseMetadataPolicy } from './policy.js';
export type { ReleaseMetadata, ReleaseMetadataOptions, ReleaseMetadataPolicy, VersionSource } from './types.js';

const DEFAULT_CHANGELOG = 'CHANGELOG.md';

interface ChangelogRead {
  source?: VersionSource;
  findings: Finding[];
  /** Looks up the section of a version for the release-notes check. */
  section?: (version: string) => { line: number; empty: boolean } | undefined;
}

async function readChangelog(repo: string, file: string): Promise<ChangelogRead> {
  const r = await readRepoFile(repo, file);
  if ('missing' in r) {
    return {
      findings: [
        {
          rule: 'RELEASE_CHANGELOG_MISSING',
          level: 'unknown',
          file,
          message: `${file} does not exist: add a changelog with a "## [X.Y.Z]" entry per release, or name yours under release-metadata.changelog.`,
        },
      ],
    };
  }
  if ('error' in r) {
    return {
      findings: [
        { rule: 'RELEASE_CHANGELOG_UNREADABLE', level: 'unknown', file, message: `Cannot read ${file}: ${r.error}.` },
      ],
    };
  }
  const log = parseChangelog(r.text);
  const section = (version: string) => {
    const e = log.entries.find((x) => sameVersion(x.version, version));
    return e ? { line: e.line, empty: isEmptySection(e.body) } : undefined;
  };
  const newest = log.entries[0];
  if (!newest) {
    return {
      section,
      findings: [
        {
          rule: 'RELEASE_CHANGELOG_NO_VERSION',
          level: 'unknown',
          file,
          ...(log.unreleasedLine ? { line: log.unreleasedLine } : {}),
          message: `${file} has no released version heading: add "## [X.Y.Z] - YYYY-MM-DD" for this release (Unreleased does not count).`,
        },
      ],
    };
  }
  return { section, findings: [], source: { source: 'changelog', file, line: newest.line, version: newest.version } };
}

async function readConstants(
  repo: string,
  policy: ReleaseMetadataPolicy,
): Promise<{ sources: VersionSource[]; findings: Finding[] }> {
  const out = { sources: [] as VersionSource[], findings: [] as Finding[] };
  for (const c of policy.constants ?? []) {
    const r = await readRepoFile(repo, c.file);
    if ('missing' in r || 'error' in r) {
      const why = 'missing' in r ? 'it does not exist' : r.error;
      out.findings.push({
        rule: 'RELEASE_CONSTANT_FILE_MISSING',
        level: 'unknown',
        file: c.file,
        message: `Cannot read the version constant in ${c.file}: ${why}. Fix the path under release-metadata.constants.`,
      });
      continue;
    }
    const read = fromPattern('constant', c.file, r.text, c.pattern);
    if (read.finding) out.findings.push(read.finding);
    else out.sources.push(read.source);
  }
  return out;
}

function tagSource(tag: string, pattern: RegExp): { source?: VersionSource; finding?: Finding } {
  const version = versionOfTag(tag, pattern);
  if (version === undefined) {
    return {
      finding: {
        rule: 'RELEASE_TAG_PATTERN_MISMATCH',
        level: 'fail',
        message: `Tag "${tag}" does not match the release tag pattern /${pattern.source}/: tag releases as v<major>.<minor>.<patch> (or change the pattern).`,
      },
    };
  }
  return { source: { source: 'tag', file: tag, version } };
}

function mismatch(s: VersionSource, ref: VersionSource): Finding {
  // The finding carries file and line; the message names the source only where the file name does not.
  const label = (x: VersionSource) =>
    x.source === x.file || x.file.endsWith(`/${x.source}`) ? x.file : `${x.file} (${x.source})`;
  const where = s.source === 'tag' ? `Tag ${s.file}` : label(s);
  const fix =
    s.source === 'tag'
      ? `tag the release v${ref.version}, or bump ${ref.file} to ${s.version}`
      : s.source === 'changelog'
        ? `add a "## [${ref.version}]" entry at the top of ${s.file}`
        : ref.source === 'tag'
          ? `set it to ${ref.version}, or if ${s.version} is the release, tag it v${s.version} instead`
          : `set it to ${ref.version}`;
  const from = ref.source === 'tag' ? `the tag ${ref.file}` : label(ref);
  return {
    rule: 'RELEASE_VERSION_MISMATCH',
    level: 'fail',
    message: `${where} says ${s.version} but ${from} says ${ref.version}: ${fix}.`,
    ...(s.source === 'tag' ? {} : { file: s.file }),
    ...(s.line ? { line: s.line } : {}),
  };
}

function notesFindings(cl: ChangelogRead, file: string, version: string): Finding[] {
  if (!cl.section) return []; // the changelog itself is missing or unreadable: already reported
  const s = cl.section(version);
  if (!s) {
    return [
      {
        rule: 'RELEASE_NOTES_MISSING',
        level: 'fail',
        file,
        message: `${file} has no section for ${version}: add "## [${version}] - YYYY-MM-DD" with the release notes.`,
      },
    ];
  }
  if (!s.empty) return [];
  return [
    {
      rule: 'RELEASE_NOTES_EMPTY',
      level: 'fail',
      file,
      line: s.line,
      message: `The ${file} section for ${version} is empty: write the release notes under it.`,
    },
  ];
}

/** Reads every version source and reports each one that disagrees, with its file and line. */
export async function checkReleaseMetadata(
  repo: string,
  policy: ReleaseMetadataPolicy,
  opts: ReleaseMetadataOptions = {},
): Promise<ReleaseMetadata> {
  const findings: Finding[] = [];
  const sources: VersionSource[] = [];
  const vf = await readVersionFile(repo, policy.versionFile);
  if (vf.source) sources.push(vf.source);
  else findings.push(vf.finding);
  const changelogFile = policy.changelog ?? DEFAULT_CHANGELOG;
  const cl = await readChangelog(repo, changelogFile);
  findings.push(...cl.findings);
  if (cl.source) sources.push(cl.source);
  const consts = await readConstants(repo, policy);
  findings.push(...consts.findings);
  sources.push(...consts.sources);
  if (opts.tag !== undefined) {
    const t = tagSource(opts.tag, opts.tagPattern ?? DEFAULT_TAG_PATTERN);
    if (t.source) sources.unshift(t.source);
    if (t.finding) findings.push(t.finding);
  }
  // The tag is what is being released, so it is the reference; without one, the version file is.
  const ref = sources[0];
  for (const s of sources.slice(1)) {
    if (ref?.version && s.version && !sameVersion(s.version, ref.version)) findings.push(mismatch(s, ref));
  }
  const version = ref?.version?.replace(/^v/, '');
  if (opts.requireNotes && version) findings.push(...notesFindings(cl, changelogFile, version));
  return { ...(version ? { version } : {}), sources, findings };
}
