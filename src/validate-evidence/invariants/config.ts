// Small validators for the invariants' policy keys: each error names the key path (`at`) and the
// expected form, so a user can fix the policy file without reading our source.
import { userError } from '../../lib/verdict/errors.js';

export function invalid(at: string, expected: string, got?: unknown): Error {
  const shown = got === undefined ? '' : `, got ${JSON.stringify(got)?.slice(0, 80)}`;
  return userError('POLICY_INVALID', `Policy key "${at}" must be ${expected}${shown}.`);
}

export function asObject(raw: unknown, at: string, known: readonly string[]): Record<string, unknown> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw invalid(at, 'a mapping', raw);
  const obj = raw as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    // A misspelt key silently ignored would switch a check off: refuse it.
    if (!known.includes(key)) throw invalid(`${at}.${key}`, `one of the known keys (${known.join(', ')})`);
  }
  return obj;
}

export function str(obj: Record<string, unknown>, key: string, at: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string' || v.trim() === '') throw invalid(`${at}.${key}`, 'a non-empty string', v);
  return v;
}

export function reqStr(obj: Record<string, unknown>, key: string, at: string): string {
  const v = str(obj, key, at);
  if (v === undefined) throw invalid(`${at}.${key}`, 'given (a non-empty string)');
  return v;
}

export function strList(obj: Record<string, unknown>, key: string, at: string): string[] | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) throw invalid(`${at}.${key}`, 'a list of strings', v);
  return list.map((item, i) => {
    if (typeof item === 'number') return String(item);
    if (typeof item !== 'string' || item.trim() === '') throw invalid(`${at}.${key}[${i}]`, 'a non-empty string', item);
    return item;
  });
}

export function asBool(obj: Record<string, unknown>, key: string, at: string): boolean | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'boolean') throw invalid(`${at}.${key}`, 'true or false', v);
  return v;
}

export function list(obj: Record<string, unknown>, key: string, at: string): unknown[] | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw invalid(`${at}.${key}`, 'a list', v);
  return v;
}

export function wholeNumber(
  obj: Record<string, unknown>,
  key: string,
  at: string,
  min: number,
  max: number,
): number | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw invalid(`${at}.${key}`, `a whole number from ${min} to ${max}`, v);
  }
  return v;
}

export function oneOf<T extends string>(obj: Record<string, unknown>, key: string, at: string, allowed: readonly T[]) {
  const v = str(obj, key, at);
  if (v !== undefined && !allowed.includes(v as T)) throw invalid(`${at}.${key}`, `one of ${allowed.join(', ')}`, v);
  return v as T | undefined;
}

/** A regular expression from the policy, which must capture the value it is meant to find. */
export function regex(obj: Record<string, unknown>, key: string, at: string, groups = 1): RegExp | undefined {
  const source = str(obj, key, at);
  if (source === undefined) return undefined;
  let re: RegExp;
  try {
    re = new RegExp(source);
  } catch (e) {
    throw invalid(`${at}.${key}`, `a valid regular expression (${(e as Error).message})`);
  }
  const captures = new RegExp(`${source}|`).exec('')!.length - 1;
  if (captures < groups) throw invalid(`${at}.${key}`, `a regular expression with ${groups} capture group(s)`, source);
  return re;
}

/** A path the policy names must stay inside the repository: the gate reads nothing else. */
export function repoPath(value: string, at: string): string {
  const v = value.replace(/\\/g, '/');
  if (v.startsWith('/') || v.split('/').includes('..')) throw invalid(at, 'a path inside the repository', value);
  return v;
}
