// One test of white space serves the Markdown reader and the manifest scanner: it must be exactly what
// JavaScript's trim and `\s` treat as space, for every UTF-16 code unit.
import { describe, expect, it } from 'vitest';
import { isSpace } from '../../../src/lib/text/space.js';

describe('isSpace', () => {
  it('is /\\s/ and trim, for every code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const space = /\s/.test(ch);
      if (isSpace(c) !== space || (ch.trim() === '') !== space) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('is false past the end of a string (NaN)', () => {
    expect(isSpace(''.charCodeAt(0))).toBe(false);
  });
});
