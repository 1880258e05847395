// GitHub's heading anchors: the slug rules, duplicate suffixes, which lines are headings, explicit
// HTML anchors; properties over arbitrary heading text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorIndex, headingText, Slugger, slug } from '../../../src/lib/markdown/anchors.js';

describe('slug', () => {
  it.each([
    ['Deployment order', 'deployment-order'],
    ['[1.4.2] - 2026-11-16', '142---2026-11-16'],
    ["What's new?", 'whats-new'],
    ['C++ & Rust', 'c--rust'],
    ['snake_case_name', 'snake_case_name'],
    ['Émoji 🎉 party', 'émoji--party'],
    ['  Leading space', '--leading-space'],
    ['Ünïcödé Straße', 'ünïcödé-straße'],
    ['日本語の見出し', '日本語の見出し'],
  ])('%j -> %j', (text, expected) => {
    expect(slug(text)).toBe(expected);
  });

  it('reduces inline Markdown to the text GitHub renders', () => {
    expect(slug(headingText('The `rco` *CLI* and [docs](x.md)'))).toBe('the-rco-cli-and-docs');
    expect(slug(headingText('__Bold__ and snake_case_word'))).toBe('bold-and-snake_case_word');
    expect(slug(headingText('Images <img src="x.png"> here'))).toBe('images--here');
  });

  it('suffixes repeats -1, -2 and skips suffixes already taken', () => {
    const s = new Slugger();
    expect(['Intro', 'Intro', 'Intro 1', 'Intro', 'intro'].map((t) => s.slug(t))).toEqual([
      'intro',
      'intro-1',
      'intro-1-1',
      'intro-2',
      'intro-3',
    ]);
  });
});

describe('anchorIndex', () => {
  const doc = [
    '---', // 1 front matter
    'title: x',
    '---',
    '# Title', // 4
    '',
    '```md',
    '# not a heading',
    '```',
    'Setext heading', // 9
    '==============',
    '',
    '- a list item',
    '---',
    'Sub heading', // 14
    '-----------',
    '## Title ##', // 16
    '<a name="pinned"></a> <span id=\'other\'>x</span>',
    '    # indented code is no heading',
    '####### seven hashes is text',
  ].join('\n');

  it('finds ATX and setext headings with lines, outside fences and front matter', () => {
    const idx = anchorIndex(doc);
    expect(idx.headings.map((h) => [h.anchor, h.level, h.line])).toEqual([
      ['title', 1, 4],
      ['setext-heading', 1, 9],
      ['sub-heading', 2, 14],
      ['title-1', 2, 16],
    ]);
    expect([...idx.anchors].sort()).toEqual(['other', 'pinned', 'setext-heading', 'sub-heading', 'title', 'title-1']);
  });
});

describe('pathological headings', () => {
  // Each of these made an earlier, backtracking version of the reader stall for seconds; they must
  // finish (the test timeout guards it) and still produce one heading.
  it.each(['[a'.repeat(20000), '[a](('.repeat(10000), '*a '.repeat(20000), ' _x'.repeat(20000), '<b '.repeat(20000)])(
    'indexes a 60 kB heading of %#',
    (body) => {
      expect(anchorIndex(`# ${body}`).headings).toHaveLength(1);
    },
  );
});

describe('slug properties', () => {
  it('keeps only letters, marks, digits, _ and -, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const s = slug(text);
        expect(s).toMatch(/^[\p{L}\p{M}\p{N}\p{Pc}-]*$/u);
        expect(slug(s)).toBe(s);
      }),
    );
  });

  it('never hands out the same anchor twice in one document', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'a', 'A 1', 'a-1', 'A-2', 'b', 'B 1-1', ''), { maxLength: 30 }),
        (texts) => {
          const s = new Slugger();
          const slugs = texts.map((t) => s.slug(t));
          expect(new Set(slugs).size).toBe(slugs.length);
        },
      ),
    );
  });

  it('indexes any text without throwing, with lines inside the document', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('# h', '```', '~~~', '---', '===', '<a id="x">')), {
          maxLength: 40,
        }),
        (lines) => {
          const idx = anchorIndex(lines.join('\n'));
          for (const h of idx.headings) expect(h.line).toBeGreaterThanOrEqual(1);
          for (const h of idx.headings) expect(h.line).toBeLessThanOrEqual(lines.length);
        },
      ),
    );
  });
});
