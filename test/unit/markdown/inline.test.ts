// The character scanners of inline.ts replaced regexes and copies of the line; each is held here to
// the expression it replaced, over text built from the characters those expressions turn on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterSeparators, codeSpanAt, labelEnd } from '../../../src/lib/markdown/inline.js';
import { normalizeText } from '../../../src/lib/markdown/query.js';

/** The code-span regex codeSpanAt replaced, and its answer trimmed. */
function codeSpanByRegex(s: string): string | undefined {
  const m = /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/.exec(s);
  return m ? (m[2] as string).trim() : undefined;
}

/** The label test labelEnd replaced: a backtick-free, lower-cased copy of the line. */
function labelEndByRegex(line: string, want: string): number {
  const plain = line.replace(/`/g, '');
  if (!plain.toLowerCase().startsWith(want)) return -1;
  if (/[\p{L}\p{N}]/u.test(plain[want.length] ?? '')) return -1;
  let cut = 0;
  for (let seen = 0; cut < line.length && seen < want.length; cut++) if (line[cut] !== '`') seen++;
  return cut;
}

const text = (pieces: string[], maxLength: number) =>
  fc.array(fc.constantFrom(...pieces), { maxLength }).map((p) => p.join(''));

describe('codeSpanAt', () => {
  it('finds the span the regex finds, from any offset', () => {
    const s = text(['`', '``', '```', 'a', ' ', '\n', 'é', '\u2028', '|'], 16);
    fc.assert(
      fc.property(s, fc.nat(8), (str, from) => {
        const at = Math.min(from, str.length);
        expect(codeSpanAt(str, at)).toBe(codeSpanByRegex(str.slice(at)));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads the usual forms', () => {
    expect(codeSpanAt('Status: `READY`', 0)).toBe('READY');
    expect(codeSpanAt('``a ` b``', 0)).toBe('a ` b');
    expect(codeSpanAt('``a`', 0)).toBe('a');
    expect(codeSpanAt('` a `', 0)).toBe('a');
    expect(codeSpanAt('no code', 0)).toBeUndefined();
  });
});

describe('labelEnd', () => {
  it('ends the label where the copied-line test does', () => {
    const line = text(['Status', 'status', 'STATUS', '`', ' ', ':', 'x', '1', 'é', 'İ', 'K', '\u212a', 'ß', 'gate'], 6);
    const label = fc.constantFrom('Status', 'status gate', 'k', 'é', 'x1', 'Status:', '`Status`', 'İ');
    fc.assert(
      fc.property(line, label, (l, raw) => {
        const want = normalizeText(raw);
        fc.pre(want !== '');
        expect(labelEnd(l, want)).toBe(labelEndByRegex(l, want));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('afterSeparators', () => {
  it('drops what the separator regex and trim drop', () => {
    const s = text([':', '=', '-', '–', '—', ' ', '\t', '\u00a0', 'a', '`x`', '|'], 8);
    fc.assert(
      fc.property(s, fc.nat(4), (str, from) => {
        const at = Math.min(from, str.length);
        expect(afterSeparators(str, at)).toBe(
          str
            .slice(at)
            .replace(/^[\s:=\-–—]+/, '')
            .trim(),
        );
      }),
      { numRuns: 5000 },
    );
  });
});
