// normalizeValue answers plain ASCII words by character (returning the value itself when it is upper
// case already) and sends anything else to the regex passes; held here to those passes alone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeValue } from '../../../src/lib/policy/vocabulary.js';

/** normalizeValue as it was: regex passes only. */
function byRegex(value: string): string {
  if (!/[`*_\s]/.test(value)) return value.toUpperCase();
  if (!/[`*_]|\s\s|[\t\n\r]/.test(value)) return value.trim().toUpperCase();
  return value
    .replace(/[`*]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

describe('normalizeValue', () => {
  it('gives what the regex passes give', () => {
    const value = fc
      .array(
        fc.constantFrom(
          'PASS',
          'pass',
          'Pass',
          '`',
          '*',
          '_',
          ' ',
          '  ',
          '\t',
          '\v',
          '\f',
          '\n',
          '\u00a0',
          'ß',
          'é',
          'ı',
          '-',
          '2026-11-10',
          '<x>',
        ),
        { maxLength: 5 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(value, (v) => {
        expect(normalizeValue(v)).toBe(byRegex(v));
      }),
      { numRuns: 10000 },
    );
  });
});
