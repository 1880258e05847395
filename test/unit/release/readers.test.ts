// The changelog and TOML-ish readers: examples, properties, and malformed text that must never crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEmptySection, parseChangelog } from '../../../src/lib/release/changelog.js';
import { isPrerelease, isSemver, versionOfTag } from '../../../src/lib/release/semver.js';
import { tomlString } from '../../../src/lib/release/toml.js';

const semver = fc
  .tuple(
    fc.nat(999),
    fc.nat(999),
    fc.nat(999),
    fc.option(fc.constantFrom('rc.1', 'beta', 'alpha.2'), { nil: undefined }),
  )
  .map(([a, b, c, p]) => `${a}.${b}.${c}${p ? `-${p}` : ''}`);

describe('tomlString', () => {
  it('finds the version of the right table, not of other tables or array tables', () => {
    const text = [
      'version = "0.0.0"',
      '[tool.other]',
      'version = "9.9.9"',
      '[[bin]]',
      'version = "8.8.8"',
      '[ "project" ]  # comment',
      'name = "x"',
      "version = '1.4.2' # the release",
    ].join('\n');
    expect(tomlString(text, 'project', 'version')).toEqual({ value: '1.4.2', line: 8 });
    expect(tomlString(text, '', 'version')).toEqual({ value: '0.0.0', line: 1 });
    expect(tomlString(text, 'package', 'version')).toBeUndefined();
  });

  it('ignores headers and keys inside multi-line strings', () => {
    const text = ['[project]', 'description = """', '[package]', 'version = "6.6.6"', '"""', 'version = "1.0.0"'].join(
      '\n',
    );
    expect(tomlString(text, 'package', 'version')).toBeUndefined();
    expect(tomlString(text, 'project', 'version')).toEqual({ value: '1.0.0', line: 6 });
  });

  it('reads dotted keys at the root', () => {
    expect(tomlString('package.version = "2.0.0"\n', 'package', 'version')).toEqual({ value: '2.0.0', line: 1 });
  });

  it('finds a version placed after any other tables (property)', () => {
    const filler = fc.array(
      fc.tuple(fc.stringMatching(/^[a-z][a-z0-9_]{0,8}$/), fc.stringMatching(/^[a-z0-9 ._-]{0,12}$/)),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(filler, filler, semver, (before, inside, v) => {
        const lines = [
          '[other]',
          ...before.map(([k, x]) => `${k} = "${x}"`),
          '[package]',
          ...inside.filter(([k]) => k !== 'version').map(([k, x]) => `${k} = "${x}"`),
          `version = "${v}"`,
        ];
        expect(tomlString(lines.join('\n'), 'package', 'version')).toEqual({ value: v, line: lines.length });
      }),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void tomlString(s, 'project', 'version')));
  });
});

describe('parseChangelog', () => {
  it('takes the first version heading, skipping Unreleased, in every accepted form', () => {
    for (const h of [
      '## [1.4.2] - 2026-11-01',
      '## 1.4.2',
      '## [1.4.2]',
      '## v1.4.2 (2026-11-01)',
      '## [1.4.2](https://x/compare) - 2026',
    ]) {
      const log = parseChangelog(
        `# Changelog\n\n## [Unreleased]\n\n- wip\n\n${h}\n\n- fix\n\n## [1.4.1] - 2026-01-01\n- old\n`,
      );
      expect(log.entries[0]).toMatchObject({ version: '1.4.2', line: 7 });
      expect(log.entries[0]?.body).toContain('- fix');
      expect(log.entries[0]?.body).not.toContain('old');
      expect(log.unreleasedLine).toBe(3);
    }
  });

  it('ignores headings in fenced code and level-3 headings; keeps subsections in the body', () => {
    const text = '```md\n## [9.9.9]\n```\n### 8.8.8\n## [1.0.0]\n### Added\n- a thing\n## [0.9.0]\n';
    const log = parseChangelog(text);
    expect(log.entries.map((e) => e.version)).toEqual(['1.0.0', '0.9.0']);
    expect(log.entries[0]?.body).toContain('- a thing');
  });

  it('does not take prose or dates for versions', () => {
    expect(parseChangelog('## Release 1.2.3\n## 2026-01-01\n## 1.2\n## 1.2.3.4\n').entries).toEqual([]);
  });

  it('lists generated entries newest first with their lines (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(semver, { minLength: 1, maxLength: 8 }), fc.boolean(), (versions, unreleased) => {
        const lines = ['# Changelog', ''];
        if (unreleased) lines.push('## [Unreleased]', '- next', '');
        const at: number[] = [];
        for (const v of versions) {
          at.push(lines.length + 1);
          lines.push(`## [${v}] - 2026-01-01`, '', `- change in ${v}`, '');
        }
        const log = parseChangelog(lines.join('\n'));
        expect(log.entries.map((e) => e.version)).toEqual(versions);
        expect(log.entries.map((e) => e.line)).toEqual(at);
        expect(log.entries.every((e) => !isEmptySection(e.body))).toBe(true);
      }),
    );
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => void parseChangelog(s)));
  });

  it('treats blank, comment-only, link-only and empty-subheading sections as empty', () => {
    expect(isEmptySection('\n\n')).toBe(true);
    expect(isEmptySection('<!-- notes go here -->\n')).toBe(true);
    expect(isEmptySection('### Added\n\n### Fixed\n[1.0.0]: https://x\n')).toBe(true);
    expect(isEmptySection('### Fixed\n- crash on start\n')).toBe(false);
  });
});

describe('semver helpers', () => {
  it('reads versions from tags and knows pre-releases', () => {
    expect(versionOfTag('v1.2.3')).toBe('1.2.3');
    expect(versionOfTag('v1.2.3-rc.1')).toBe('1.2.3-rc.1');
    expect(versionOfTag('1.2.3')).toBeUndefined();
    expect(versionOfTag('v01.2.3')).toBeUndefined();
    expect(versionOfTag('release-1.2.3', /^release-(.+)$/)).toBe('1.2.3');
    expect(isPrerelease('1.2.3-rc.1')).toBe(true);
    expect(isPrerelease('1.2.3+build.5')).toBe(false);
    expect(isSemver('1.2.3+build-5')).toBe(true);
    expect(isSemver('1.2')).toBe(false);
  });
});
