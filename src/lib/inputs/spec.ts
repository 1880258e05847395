// Typed input parsing shared by the Actions entry and the CLI. action.yml declares the same names,
// required-ness and defaults; test/unit/action-manifests.test.ts fails when the two disagree.
import { userError } from '../verdict/errors.js';

export interface InputDef {
  required?: boolean;
  /** The default as action.yml writes it (a string). */
  default?: string;
  /** Masked in logs as soon as it is read. */
  secret?: boolean;
}

export type InputSpec = Record<string, InputDef>;

/** Raw input strings by name; '' or undefined means "not given". */
export type RawInputs = Record<string, string | undefined>;

/** Applies defaults and required-ness. Unknown names are refused so a typo never goes unnoticed. */
export function resolveInputs(spec: InputSpec, raw: RawInputs): Record<string, string> {
  for (const name of Object.keys(raw)) {
    if (!(name in spec)) {
      throw userError('INPUT_UNKNOWN', `Unknown input "${name}".`, {
        hint: `known inputs: ${Object.keys(spec).join(', ')}`,
      });
    }
  }
  const out: Record<string, string> = {};
  for (const [name, def] of Object.entries(spec)) {
    const given = raw[name]?.trim() ? (raw[name] as string) : undefined;
    // An expression default (`${{ github.token }}`) is evaluated by the runner; outside it there is no value.
    const fallback = def.default !== undefined && !/^\$\{\{.*\}\}$/.test(def.default.trim()) ? def.default : '';
    const value = given ?? fallback;
    if (def.required && value.trim() === '') {
      throw userError('INPUT_REQUIRED', `Input "${name}" is required.`);
    }
    out[name] = value;
  }
  return out;
}

export function asBool(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false' || v === '') return false;
  throw userError('INPUT_INVALID', `Input "${name}" must be true or false, got "${value}".`);
}

export function asInt(value: string, name: string, opts: { min?: number; max?: number } = {}): number {
  const v = value.trim();
  const n = Number(v);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = opts;
  if (!/^-?\d+$/.test(v) || n < min || n > max) {
    throw userError('INPUT_INVALID', `Input "${name}" must be a whole number from ${min} to ${max}, got "${value}".`);
  }
  return n;
}

/** Newline- or comma-separated values, trimmed, blanks and `#` comment lines dropped. */
export function asList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/** Newline-separated values only, for values that may contain commas. */
export function asLines(value: string): string[] {
  return value
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

export function asEnum<T extends string>(value: string, name: string, allowed: readonly T[]): T {
  const v = value.trim() as T;
  if (!allowed.includes(v)) {
    throw userError('INPUT_INVALID', `Input "${name}" must be one of ${allowed.join(', ')}, got "${value}".`);
  }
  return v;
}
