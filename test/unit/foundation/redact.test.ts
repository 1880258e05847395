import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../src/lib/io/redact.js';

describe('Redactor', () => {
  const r = new Redactor();
  r.add('s3cr3t-value');

  it.each([
    ['Authorization: Bearer abcdefghijklmnop', 'Authorization: Bearer ***'],
    ['basic auth Basic dXNlcjpwYXNzd29yZA==', 'basic auth Basic ***'],
    ['using ghp_0123456789abcdefghij0123456789abcd', 'using ***'],
    ['password=hunter22 next', 'password=*** next'],
    ['"token": "abc.def"', '"token": "***"'],
    ['GET https://x.io/a?sig=AbCd&b=1', 'GET https://x.io/a?sig=***&b=1'],
    ['clone https://user:pw@example.org/repo', 'clone https://***:***@example.org/repo'],
    ['value s3cr3t-value here', 'value *** here'],
  ])('redacts %s', (line, want) => {
    expect(r.redact(line)).toBe(want);
  });

  it('leaves ordinary lines alone', () => {
    expect(r.redact('verified 3 images by digest sha256:abc')).toBe('verified 3 images by digest sha256:abc');
  });

  it('never shows a masked secret, wherever it stands in a line', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string({ minLength: 6 }).filter((s) => s.trim().length >= 6 && !s.includes('*')),
        fc.string(),
        (a, secret, b) => {
          const red = new Redactor();
          red.add(secret);
          expect(red.redact(`${a}${secret}${b}`)).not.toContain(secret.trim());
        },
      ),
    );
  });

  it('ignores secrets too short to mask safely', () => {
    const red = new Redactor();
    red.add('ab');
    expect(red.redact('abc')).toBe('abc');
  });
});
