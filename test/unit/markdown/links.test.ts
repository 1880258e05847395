// Link extraction from Markdown: every link form with its line, code skipped, and no crash on noise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isExternal, markdownLinks } from '../../../src/lib/markdown/links.js';

describe('markdownLinks', () => {
  it('finds inline links, images, definitions and HTML links with their lines', () => {
    const md = [
      'See [the guide](docs/guide.md#setup "Guide") and ![logo](img/logo.png).', // 1
      '[ref]: ../CHANGELOG.md#unreleased', //                                     2
      '<a href="runbook.md">x</a> <img src=\'a.svg\'>', //                         3
      'Nested [a [b] c](<with space.md>) and [wiki](Page_(draft).md).', //        4
      'Code `[not](a.md)` is skipped.', //                                        5
      '```', //                                                                   6
      '[fenced](nope.md)',
      '```',
      '[after](after.md)', //                                                     9
    ].join('\n');
    expect(markdownLinks(md)).toEqual([
      { target: 'docs/guide.md#setup', line: 1 },
      { target: 'img/logo.png', line: 1 },
      { target: '../CHANGELOG.md#unreleased', line: 2 },
      { target: 'runbook.md', line: 3 },
      { target: 'a.svg', line: 3 },
      { target: 'with space.md', line: 4 },
      { target: 'Page_(draft).md', line: 4 },
      { target: 'after.md', line: 9 },
    ]);
  });

  it('finds a link whose text wraps onto later lines, at the line of its target', () => {
    const md = [
      'Follow [the rollback', // 1
      'section of the', //       2
      'runbook](runbook.md#rollback) and [x](one.md).', // 3
      '', //                     4
      'A [broken', //            5
      '', //                     6 (a blank line ends the paragraph: no link)
      'text](no.md)', //         7
      '[a](b.md) then [c', //    8
      'd](e.md)', //             9
      '`[code`', //             10
      'span](f.md)', //         11
    ].join('\n');
    expect(markdownLinks(md)).toEqual([
      { target: 'runbook.md#rollback', line: 3 },
      { target: 'one.md', line: 3 },
      { target: 'b.md', line: 8 },
      { target: 'e.md', line: 9 },
    ]);
  });

  it('skips HTML comments, on one line or several', () => {
    const md = ['a <!-- [x](gone.md) --> [y](kept.md)', '<!-- draft:', '[z](gone.md)', '--> [w](also.md)'].join('\n');
    expect(markdownLinks(md)).toEqual([
      { target: 'kept.md', line: 1 },
      { target: 'also.md', line: 4 },
    ]);
  });

  it.each(['['.repeat(100000) + '](x.md)', '<a '.repeat(30000), '[a]('.repeat(30000)])(
    'scans a long hostile line %# without stalling',
    (line) => {
      expect(markdownLinks(line).length).toBeLessThanOrEqual(1);
    },
  );

  it('tells external targets apart', () => {
    expect(['https://x.io', 'mailto:a@b.c', '//cdn.io/x', 'HTTP://X'].every(isExternal)).toBe(true);
    expect(['docs/a.md', '#anchor', '/root.md', 'c:drive'].map(isExternal)).toEqual([false, false, false, true]);
  });

  it('never throws and keeps lines inside the document', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('[a](b)', '```', '`', '[x]: y', '<a href="z">')), {
          maxLength: 30,
        }),
        (lines) => {
          for (const l of markdownLinks(lines.join('\n'))) {
            expect(l.line).toBeGreaterThanOrEqual(1);
            expect(l.line).toBeLessThanOrEqual(Math.max(1, lines.length));
          }
        },
      ),
    );
  });
});
