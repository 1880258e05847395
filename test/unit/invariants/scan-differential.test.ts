// The fast manifest scanner held to the full YAML reader: on generated manifests in many styles, and on
// randomly damaged ones, wherever the scanner answers it must give the same images and lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManifestScanner, scanImages } from '../../../src/lib/k8s/scan.js';
import { hasUnsafe } from '../../../src/lib/k8s/scan-nodes.js';
import { extractImages, parseImages, type WorkloadImage } from '../../../src/lib/k8s/workloads.js';
import { BLOCKS, doc, mutate, mutation, plainDoc, render, style } from './scan-gen.js';

describe('scanImages against the full reader', () => {
  it('agrees wherever it answers, on generated and damaged manifests', () => {
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 3 }),
        style,
        fc.array(mutation, { maxLength: 3 }),
        fc.boolean(),
        (docs, s, ms, withLines) => {
          const text = `${mutate(render(docs, s), ms).join('\n')}\n`;
          const fast = scanImages(text, 'f.yaml', withLines);
          if (fast !== undefined)
            expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml', { lines: withLines }));
          expect(extractImages(text, 'f.yaml', { lines: withLines })).toEqual(
            parseImages(text, 'f.yaml', { lines: withLines }),
          );
        },
      ),
      { numRuns: 600 },
    );
  });

  it('agrees on plain manifests with blocks inserted off and on the paths images are read along', () => {
    const insert = fc.record({
      op: fc.constant('block'),
      at: fc.nat(),
      line: fc.constant(''),
      block: fc.constantFrom(...BLOCKS),
    });
    fc.assert(
      fc.property(
        fc.array(plainDoc, { minLength: 1, maxLength: 2 }),
        style,
        fc.array(insert, { maxLength: 3 }),
        (docs, s, ms) => {
          const text = `${mutate(render(docs, s), ms).join('\n')}\n`;
          const fast = scanImages(text, 'f.yaml');
          if (fast !== undefined) expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml'));
          expect(extractImages(text, 'f.yaml')).toEqual(parseImages(text, 'f.yaml'));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same answers when one scanner reads many texts in turn', () => {
    const text = fc
      .tuple(fc.array(doc, { minLength: 1, maxLength: 2 }), style, fc.array(mutation, { maxLength: 2 }))
      .map(([docs, s, ms]) => `${mutate(render(docs, s), ms).join('\n')}\n`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 2, maxLength: 6 }), (texts) => {
        const scanner = new ManifestScanner();
        const out: WorkloadImage[] = [];
        for (const t of texts) {
          const before = out.length;
          const alone = scanImages(t, 'f.yaml');
          expect(scanner.scan(t, 'f.yaml', true, out)).toBe(alone !== undefined);
          // A text the scanner leaves to the parser adds nothing; one it reads adds its images.
          expect(out.slice(before)).toEqual(alone ?? []);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('answers for every plain-style manifest, so the fast path is really taken', () => {
    fc.assert(
      fc.property(fc.array(plainDoc, { minLength: 1, maxLength: 3 }), style, (docs, s) => {
        const text = `${render(docs, s).join('\n')}\n`;
        const fast = scanImages(text, 'f.yaml');
        expect(fast).toBeDefined();
        expect({ images: fast, problems: [] }).toEqual(parseImages(text, 'f.yaml'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('hasUnsafe', () => {
  // The definition: one search over the whole text.
  const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
  // Printable ASCII and newlines mostly, then characters either side of each edge of the class.
  const char = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom('a', ' ', '\n', '~', ':', '-') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ...['\x00', '\t', '\x0b', '\r', '\x1f', '\x7f', '\x80', '\x9f', '\xa0', '\xff', '\u0100'],
        ...['\u2027', '\u2028', '\u2029', '\u202a', '\ufefe', '\ufeff', '\uff00', '\ufffd', '\ufffe', '\uffff'],
        ...['\ud800', '\udc00', '\u{1f600}', 'é'],
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 1 }) },
  );
  it('agrees with searching the whole text for an unsafe character', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(hasUnsafe(text)).toBe(UNSAFE.test(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['', '\n', 'a: b\n', 'a\tb', 'é\t', 'é', 'a\n\u2028'])
      expect(hasUnsafe(text)).toBe(UNSAFE.test(text));
  });
});
