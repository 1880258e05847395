import { describe, expect, it } from 'vitest';
import { closesFence, fenceOpen, fenceTracker } from '../../../src/lib/markdown/fence.js';

const inCodeOf = (text: string) => {
  const inCode = fenceTracker();
  return text.split('\n').map(inCode);
};

describe('fenced code blocks', () => {
  it('opens on 3+ backticks or tildes with at most 3 spaces of indent', () => {
    expect(fenceOpen('```yaml ')).toEqual({ marker: '```', info: 'yaml' });
    expect(fenceOpen('   ~~~~')).toEqual({ marker: '~~~~', info: '' });
    expect(fenceOpen('    ```')).toBeUndefined();
    expect(fenceOpen('``')).toBeUndefined();
    // a backtick in a backtick fence's info string makes it inline code
    expect(fenceOpen('```a`b')).toBeUndefined();
  });

  it('closes only on the same character, at least as long, with nothing after it', () => {
    expect(closesFence('````  ', '```')).toBe(true);
    expect(closesFence('~~~', '```')).toBe(false);
    expect(closesFence('```', '````')).toBe(false);
    expect(closesFence('```js', '```')).toBe(false);
  });

  it('marks fence lines and the lines between them, and nothing after the close', () => {
    expect(inCodeOf('a\n```\n# x\n```js\n```\nb')).toEqual([false, true, true, true, true, false]);
    expect(inCodeOf('~~~\n```\n~~~\n# h')).toEqual([true, true, true, false]);
  });
});
