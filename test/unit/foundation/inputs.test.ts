import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asBool, asEnum, asInt, asList, resolveInputs } from '../../../src/lib/inputs/spec.js';
import { RcoError } from '../../../src/lib/verdict/errors.js';

const spec = { path: { default: '.' }, token: { required: true, secret: true }, mode: {} };

describe('resolveInputs', () => {
  it('applies defaults and keeps given values', () => {
    expect(resolveInputs(spec, { token: 't' })).toEqual({ path: '.', token: 't', mode: '' });
  });

  it('names a missing required input', () => {
    expect(() => resolveInputs(spec, {})).toThrow(/Input "token" is required/);
  });

  it('refuses an unknown input and lists the known ones', () => {
    try {
      resolveInputs(spec, { token: 't', tokn: 'x' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RcoError);
      expect((e as RcoError).code).toBe('INPUT_UNKNOWN');
      expect((e as RcoError).hint).toContain('path, token, mode');
    }
  });

  it('treats a blank value as not given', () => {
    expect(resolveInputs(spec, { token: 't', path: '  ' }).path).toBe('.');
  });
});

describe('typed inputs', () => {
  it('parses booleans strictly', () => {
    expect(asBool('TRUE', 'x')).toBe(true);
    expect(asBool('false', 'x')).toBe(false);
    expect(asBool('', 'x')).toBe(false);
    expect(() => asBool('yes', 'strict')).toThrow(/Input "strict" must be true or false, got "yes"/);
  });

  it('parses whole numbers within bounds', () => {
    expect(asInt(' 14 ', 'days', { min: 0 })).toBe(14);
    expect(() => asInt('1.5', 'days')).toThrow(/whole number/);
    expect(() => asInt('-1', 'days', { min: 0 })).toThrow(/from 0/);
  });

  it('splits lists on newlines and commas, dropping blanks and comments', () => {
    expect(asList('a, b\n\n# note\n c ')).toEqual(['a', 'b', 'c']);
  });

  it('accepts only listed enum values', () => {
    expect(asEnum('local', 'mode', ['local', 'github'] as const)).toBe('local');
    expect(() => asEnum('remote', 'mode', ['local', 'github'] as const)).toThrow(/one of local, github/);
  });

  it('never yields blank list items', () => {
    fc.assert(fc.property(fc.string(), (s) => asList(s).every((x) => x.trim() === x && x !== '')));
  });
});

describe('expression defaults', () => {
  const token = { default: '$' + '{{ github.token }}' }; // the literal text action.yml holds
  it('are left to the runner: outside it the input is empty, never the literal expression', () => {
    expect(resolveInputs({ token }, {})).toEqual({ token: '' });
    expect(resolveInputs({ token }, { token: 'abc' })).toEqual({ token: 'abc' });
  });
});
