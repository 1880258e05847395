// Doc links on copies of the example: relative links and #anchors resolve as GitHub resolves them.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { brief, copyExample, edit, lineOf, removeCopies, runInvariant } from './repo.js';

const RUNBOOK = 'docs/runbooks/release.md';

afterAll(removeCopies);

describe('doc-links', () => {
  it('passes on the example', async () => {
    const r = await runInvariant(copyExample(), 'doc-links');
    expect(r.findings).toEqual([]);
    expect(r.rows[0]![3]).toBe('PASS');
  });

  it('fails a broken anchor, suggesting the heading with other case', async () => {
    const repo = copyExample();
    edit(repo, RUNBOOK, '(#images-and-digests)', '(#Images-and-Digests)');
    const r = await runInvariant(repo, 'doc-links');
    expect(brief(r)).toEqual([
      { rule: 'DOC_ANCHOR_BROKEN', level: 'fail', file: RUNBOOK, line: lineOf(RUNBOOK, '#Images-and-Digests', repo) },
    ]);
    expect(r.findings[0]!.message).toContain('did you mean "#images-and-digests"');
  });

  it('fails an anchor into another file after its heading was renamed', async () => {
    const repo = copyExample();
    edit(repo, 'README.md', '## Who to ask', '## Owners');
    const r = await runInvariant(repo, 'doc-links');
    expect(brief(r)).toEqual([
      { rule: 'DOC_ANCHOR_BROKEN', level: 'fail', file: RUNBOOK, line: lineOf(RUNBOOK, '#who-to-ask') },
    ]);
    expect(r.findings[0]!.message).toContain('no heading or anchor "#who-to-ask" in README.md');
  });

  it('passes over a Markdown name that is a looping link, and fails a link to it, never a crash', async () => {
    const repo = copyExample();
    symlinkSync('loop.md', join(repo, 'docs/loop.md')); // points at itself
    const r0 = await runInvariant(repo, 'doc-links');
    expect(r0.findings).toEqual([]);
    edit(repo, 'README.md', '(CHANGELOG.md)', '(docs/loop.md)');
    const r = await runInvariant(repo, 'doc-links');
    expect(brief(r)).toEqual([
      { rule: 'DOC_LINK_BROKEN', level: 'fail', file: 'README.md', line: lineOf('README.md', '(CHANGELOG.md)') },
    ]);
  });

  it('does not read a linked device for anchors: the link is unknown, not broken', async () => {
    const repo = copyExample();
    symlinkSync('/dev/zero', join(repo, 'docs/zero.md')); // a read would never end
    edit(repo, 'README.md', '(CHANGELOG.md)', '(docs/zero.md#top-of-it)');
    const r = await runInvariant(repo, 'doc-links');
    expect(brief(r)).toEqual([
      {
        rule: 'DOC_LINKS_UNREADABLE',
        level: 'unknown',
        file: 'README.md',
        line: lineOf('README.md', '(CHANGELOG.md)'),
      },
    ]);
    expect(r.findings[0]!.message).toContain('is not a regular file');
  });

  it('fails a broken relative link and one leaving the repository', async () => {
    const repo = copyExample();
    edit(repo, 'README.md', '(CHANGELOG.md)', '(CHANGES.md)');
    edit(repo, 'README.md', '(deploy/)', '(../deploy/)');
    const r = await runInvariant(repo, 'doc-links');
    expect(brief(r)).toEqual([
      { rule: 'DOC_LINK_OUTSIDE_REPO', level: 'fail', file: 'README.md', line: lineOf('README.md', '(deploy/)') },
      { rule: 'DOC_LINK_BROKEN', level: 'fail', file: 'README.md', line: lineOf('README.md', '(CHANGELOG.md)') },
    ]);
  });

  it('skips node_modules, code and symlinked directories, honours explicit anchors, excludes and root-relative links', async () => {
    const repo = copyExample();
    mkdirSync(join(repo, 'node_modules/x'), { recursive: true });
    writeFileSync(join(repo, 'node_modules/x/README.md'), '[gone](nope.md)\n');
    mkdirSync(join(repo, 'drafts'));
    writeFileSync(join(repo, 'drafts/wip.md'), '[later](todo.md)\n');
    writeFileSync(
      join(repo, 'docs/extra.md'),
      '<a name="pinned"></a>\n\nSee [here](#pinned), [root](/CHANGELOG.md#unreleased), `[code](nope.md)`.\n\n```md\n[fenced](nope.md)\n```\n',
    );
    symlinkSync('..', join(repo, 'docs/loop'));
    symlinkSync('gone.md', join(repo, 'docs/dangling.md'));
    const r = await runInvariant(repo, 'doc-links', { override: { exclude: ['drafts/**'] } });
    expect(r.findings).toEqual([]);
  });
});
