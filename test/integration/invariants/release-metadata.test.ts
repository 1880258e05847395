// Release metadata on copies of the example: the shared module's findings through the invariant.
import { afterAll, describe, expect, it } from 'vitest';
import { brief, copyExample, edit, lineOf, removeCopies, runInvariant } from './repo.js';

afterAll(removeCopies);

describe('release-metadata', () => {
  it('passes on the example with the tag the rehearsal uses', async () => {
    const r = await runInvariant(copyExample(), 'release-metadata', { tag: 'v1.4.2' });
    expect(r.findings).toEqual([]);
    expect(r.rows).toEqual([
      ['Release version', '1.4.2 (tag v1.4.2, package.json, CHANGELOG.md, src/version.ts)', '', 'PASS'],
    ]);
  });

  it('fails a version constant that disagrees, at its line', async () => {
    const repo = copyExample();
    edit(repo, 'src/version.ts', "'1.4.2'", "'1.4.1'");
    const r = await runInvariant(repo, 'release-metadata', { tag: 'v1.4.2' });
    expect(brief(r)).toEqual([
      {
        rule: 'RELEASE_VERSION_MISMATCH',
        level: 'fail',
        file: 'src/version.ts',
        line: lineOf('src/version.ts', 'VERSION'),
      },
    ]);
  });

  it('fails a tag that names another version', async () => {
    const r = await runInvariant(copyExample(), 'release-metadata', { tag: 'v1.5.0' });
    expect(r.findings.map((f) => f.rule)).toEqual([
      'RELEASE_VERSION_MISMATCH',
      'RELEASE_VERSION_MISMATCH',
      'RELEASE_VERSION_MISMATCH',
    ]);
    expect(r.findings.map((f) => f.file)).toEqual(['package.json', 'CHANGELOG.md', 'src/version.ts']);
    expect(r.rows[0]![1]).toBe('tag v1.5.0: 1.5.0; package.json: 1.4.2; CHANGELOG.md: 1.4.2; src/version.ts: 1.4.2');
  });

  it('requires release notes when asked', async () => {
    const repo = copyExample();
    edit(repo, 'CHANGELOG.md', '## [1.4.2] - 2026-11-16', '## [1.4.3] - 2026-11-20\n\n## [1.4.2] - 2026-11-16');
    edit(repo, 'package.json', '"1.4.2"', '"1.4.3"');
    edit(repo, 'src/version.ts', "'1.4.2'", "'1.4.3'");
    const r = await runInvariant(repo, 'release-metadata', {
      tag: 'v1.4.3',
      override: { changelog: 'CHANGELOG.md', 'require-notes': true },
    });
    expect(brief(r)).toEqual([
      {
        rule: 'RELEASE_NOTES_EMPTY',
        level: 'fail',
        file: 'CHANGELOG.md',
        line: lineOf('CHANGELOG.md', '[1.4.3]', repo),
      },
    ]);
  });
});
