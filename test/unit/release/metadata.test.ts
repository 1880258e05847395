// checkReleaseMetadata on repositories written in a temp folder: every source, every disagreement
// (rule, file, line, message), and a corpus of malformed files that must end in findings.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReleaseMetadata, parseReleaseMetadataPolicy } from '../../../src/lib/release/metadata.js';

const root = mkdtempSync(join(tmpdir(), 'rco-release-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function repo(files: Record<string, string>): string {
  const dir = join(root, `r${n++}`);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const CHANGELOG =
  '# Changelog\n\n## [Unreleased]\n\n## [1.4.2] - 2026-11-01\n\n### Fixed\n- a bug\n\n## [1.4.1] - 2026-10-01\n- older\n';
const PKG = '{\n  "name": "app",\n  "version": "1.4.2"\n}\n';

describe('checkReleaseMetadata', () => {
  it('passes when package.json, CHANGELOG, constants and tag agree, and lists every source', async () => {
    const dir = repo({
      'package.json': PKG,
      'CHANGELOG.md': CHANGELOG,
      'src/version.ts': "export const VERSION = '1.4.2';\n",
    });
    const policy = parseReleaseMetadataPolicy(
      { constants: [{ file: 'src/version.ts', pattern: "VERSION = '([^']+)'" }] },
      'release-metadata',
    );
    const m = await checkReleaseMetadata(dir, policy, { tag: 'v1.4.2', requireNotes: true });
    expect(m.findings).toEqual([]);
    expect(m.version).toBe('1.4.2');
    expect(m.sources).toEqual([
      { source: 'tag', file: 'v1.4.2', version: '1.4.2' },
      { source: 'package.json', file: 'package.json', line: 3, version: '1.4.2' },
      { source: 'changelog', file: 'CHANGELOG.md', line: 5, version: '1.4.2' },
      { source: 'constant', file: 'src/version.ts', line: 1, version: '1.4.2' },
    ]);
  });

  it('reports each disagreeing source once, with file, line and the fix', async () => {
    const dir = repo({
      'package.json': PKG.replace('1.4.2', '1.4.1'),
      'CHANGELOG.md': CHANGELOG,
      'src/version.py': '# app\n__version__ = "1.4.0"\n',
    });
    const m = await checkReleaseMetadata(
      dir,
      { constants: [{ file: 'src/version.py', pattern: '__version__ = "(.+)"' }] },
      { tag: 'v1.4.2' },
    );
    expect(m.findings.map((f) => [f.rule, f.file, f.line])).toEqual([
      ['RELEASE_VERSION_MISMATCH', 'package.json', 3],
      ['RELEASE_VERSION_MISMATCH', 'src/version.py', 2],
    ]);
    expect(m.findings[0]?.message).toBe(
      'package.json says 1.4.1 but the tag v1.4.2 says 1.4.2: set it to 1.4.2, or if 1.4.1 is the release, tag it v1.4.1 instead.',
    );
  });

  it('without a tag, the version file is the reference and a stale changelog is named', async () => {
    const dir = repo({ 'package.json': PKG.replace('1.4.2', '1.5.0'), 'CHANGELOG.md': CHANGELOG });
    const m = await checkReleaseMetadata(dir, {});
    expect(m.version).toBe('1.5.0');
    expect(m.findings).toEqual([
      expect.objectContaining({ rule: 'RELEASE_VERSION_MISMATCH', file: 'CHANGELOG.md', line: 5 }),
    ]);
    expect(m.findings[0]?.message).toContain('add a "## [1.5.0]" entry at the top of CHANGELOG.md');
  });

  it('reads pyproject.toml, Cargo.toml and VERSION in that auto-detect order', async () => {
    const py = repo({
      'pyproject.toml': '[build-system]\nrequires = []\n[project]\nname = "x"\nversion = "1.4.2"\n',
      'CHANGELOG.md': CHANGELOG,
    });
    const cargo = repo({
      'Cargo.toml': '[package]\nname = "x"\nversion = "1.4.2"\n',
      VERSION: '9.9.9\n',
      'CHANGELOG.md': CHANGELOG,
    });
    const plain = repo({ VERSION: '\n1.4.2\n', 'CHANGELOG.md': CHANGELOG });
    for (const [dir, source, line] of [
      [py, 'pyproject.toml', 5],
      [cargo, 'Cargo.toml', 3],
      [plain, 'VERSION', 2],
    ] as const) {
      const m = await checkReleaseMetadata(dir, {}, { tag: 'v1.4.2' });
      expect(m.findings).toEqual([]);
      expect(m.sources[1]).toEqual({ source, file: source, line, version: '1.4.2' });
    }
  });

  it('reads a configured version file with a pattern', async () => {
    const dir = repo({ 'chart/Chart.yaml': 'name: app\nappVersion: "1.4.2"\n', 'CHANGELOG.md': CHANGELOG });
    const policy = parseReleaseMetadataPolicy(
      { 'version-file': { path: 'chart/Chart.yaml', pattern: '^appVersion: "(.+)"' } },
      'release-metadata',
    );
    const m = await checkReleaseMetadata(dir, policy, { tag: 'v1.4.2' });
    expect(m.findings).toEqual([]);
    expect(m.sources[1]).toEqual({ source: 'version-file', file: 'chart/Chart.yaml', line: 2, version: '1.4.2' });
  });

  it('release notes: a missing or empty section fails with where to write them', async () => {
    const missing = await checkReleaseMetadata(
      repo({ VERSION: '1.4.3', 'CHANGELOG.md': CHANGELOG }),
      {},
      { requireNotes: true },
    );
    expect(missing.findings.map((f) => f.rule)).toEqual(['RELEASE_VERSION_MISMATCH', 'RELEASE_NOTES_MISSING']);
    const empty = await checkReleaseMetadata(
      repo({ VERSION: '1.4.2', 'CHANGELOG.md': '## [1.4.2] - 2026-11-01\n### Added\n\n## [1.4.1]\n- x\n' }),
      {},
      { requireNotes: true, tag: 'v1.4.2' },
    );
    expect(empty.findings).toEqual([
      {
        rule: 'RELEASE_NOTES_EMPTY',
        level: 'fail',
        file: 'CHANGELOG.md',
        line: 1,
        message: 'The CHANGELOG.md section for 1.4.2 is empty: write the release notes under it.',
      },
    ]);
  });

  it('a tag outside the pattern fails; a custom pattern reads its group', async () => {
    const dir = repo({ VERSION: '1.4.2', 'CHANGELOG.md': CHANGELOG });
    const bad = await checkReleaseMetadata(dir, {}, { tag: 'release-1.4.2' });
    expect(bad.findings.map((f) => [f.rule, f.level])).toEqual([['RELEASE_TAG_PATTERN_MISMATCH', 'fail']]);
    const ok = await checkReleaseMetadata(dir, {}, { tag: 'release-1.4.2', tagPattern: /^release-(.+)$/ });
    expect(ok.findings).toEqual([]);
  });

  it('missing things are unknown, never pass', async () => {
    const m = await checkReleaseMetadata(
      repo({ 'x.txt': '' }),
      { constants: [{ file: 'nope.ts', pattern: 'v = "(.+)"' }] },
      { tag: 'v1.0.0', requireNotes: true },
    );
    expect(m.findings.map((f) => [f.rule, f.level])).toEqual([
      ['RELEASE_VERSION_FILE_MISSING', 'unknown'],
      ['RELEASE_CHANGELOG_MISSING', 'unknown'],
      ['RELEASE_CONSTANT_FILE_MISSING', 'unknown'],
    ]);
  });

  // Each malformed file must end in a finding with the file named, never a throw.
  const corpus: [string, Record<string, string>, string][] = [
    ['package.json not JSON', { 'package.json': '{\n  "version": 1.4.2\n' }, 'RELEASE_VERSION_FILE_MALFORMED'],
    ['package.json an array', { 'package.json': '[1,2]' }, 'RELEASE_VERSION_NOT_FOUND'],
    ['package.json version a number', { 'package.json': '{"version": 1}' }, 'RELEASE_VERSION_NOT_FOUND'],
    ['package.json empty', { 'package.json': '' }, 'RELEASE_VERSION_FILE_MALFORMED'],
    [
      'pyproject dynamic version',
      { 'pyproject.toml': '[project]\ndynamic = ["version"]\n' },
      'RELEASE_VERSION_NOT_FOUND',
    ],
    [
      'pyproject unterminated string',
      { 'pyproject.toml': '[project]\nversion = "1.4.2\n' },
      'RELEASE_VERSION_NOT_FOUND',
    ],
    ['pyproject broken header', { 'pyproject.toml': '[project\nversion = "1.4.2"\n' }, 'RELEASE_VERSION_NOT_FOUND'],
    ['Cargo workspace version', { 'Cargo.toml': '[package]\nversion.workspace = true\n' }, 'RELEASE_VERSION_NOT_FOUND'],
    ['VERSION blank', { VERSION: '\n  \n' }, 'RELEASE_VERSION_NOT_FOUND'],
    ['VERSION a folder', { 'VERSION/x': '1' }, 'RELEASE_VERSION_FILE_UNREADABLE'],
    ['binary package.json', { 'package.json': '\u0000\u0001\u00ff' }, 'RELEASE_VERSION_FILE_MALFORMED'],
  ];
  it.each(corpus)('malformed: %s', async (_name, files, rule) => {
    const m = await checkReleaseMetadata(repo({ ...files, 'CHANGELOG.md': CHANGELOG }), {});
    expect(m.findings[0]).toMatchObject({ rule, file: Object.keys(files)[0]?.split('/')[0] });
    expect(m.findings[0]?.message.length).toBeGreaterThan(20);
  });

  it('says what is wrong with a version file that is a folder or a device, in the words of every reader', async () => {
    const dir = repo({ 'VERSION/x': '1', 'CHANGELOG.md': CHANGELOG });
    expect((await checkReleaseMetadata(dir, {})).findings[0]?.message).toBe(
      'Cannot read VERSION: it is a directory, not a file.',
    );
    const dev = repo({ 'CHANGELOG.md': CHANGELOG });
    symlinkSync('/dev/zero', join(dev, 'VERSION')); // a read would never end
    expect((await checkReleaseMetadata(dev, {})).findings[0]?.message).toBe(
      'Cannot read VERSION: it is not a regular file (a device, FIFO or socket).',
    );
  });

  it('a changelog without any released version is unknown at its Unreleased line', async () => {
    const m = await checkReleaseMetadata(
      repo({ VERSION: '1.0.0', 'CHANGELOG.md': '# C\n\n## [Unreleased]\n- x\n' }),
      {},
    );
    expect(m.findings).toEqual([
      expect.objectContaining({ rule: 'RELEASE_CHANGELOG_NO_VERSION', level: 'unknown', line: 3 }),
    ]);
  });
});

describe('parseReleaseMetadataPolicy', () => {
  it('accepts the short and long forms', () => {
    expect(parseReleaseMetadataPolicy(undefined, 'x')).toEqual({});
    expect(parseReleaseMetadataPolicy({ 'version-file': 'VERSION', changelog: 'docs/CHANGES.md' }, 'x')).toEqual({
      versionFile: { path: 'VERSION' },
      changelog: 'docs/CHANGES.md',
    });
  });

  it.each([
    [{ versionFile: 'VERSION' }, 'release-metadata.versionFile: unknown key'],
    ['VERSION', 'release-metadata: must be a mapping'],
    [{ 'version-file': 42 }, 'release-metadata.version-file: must be a path'],
    [
      { 'version-file': { path: '../other/VERSION' } },
      'release-metadata.version-file.path: "../other/VERSION" must be a relative path',
    ],
    [
      { 'version-file': { path: 'V', pattern: '(' } },
      'release-metadata.version-file.pattern: is not a valid regular expression',
    ],
    [{ 'version-file': { path: 'V', pattern: 'v\\d+' } }, 'needs a capture group'],
    [{ changelog: '/etc/passwd' }, 'release-metadata.changelog: "/etc/passwd" must be a relative path'],
    [{ constants: { file: 'a' } }, 'release-metadata.constants: must be a list'],
    [{ constants: [{ file: 'a.ts', pattern: '(x)', extra: 1 }] }, 'release-metadata.constants[0].extra: unknown key'],
    [{ constants: [{ file: 'a.ts' }] }, 'release-metadata.constants[0].pattern: must be a regular expression'],
  ])('refuses %j naming the key', (raw, message) => {
    expect(() => parseReleaseMetadataPolicy(raw, 'release-metadata')).toThrow(message);
  });
});
