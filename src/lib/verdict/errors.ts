// One error type for the whole suite (DESIGN.md, "Errors").
import type { Finding } from './types.js';

/**
 * - user: a bad input or file; the user can fix it (outcome fail, exit 1);
 * - environment: network, missing tool, unreachable service (outcome unknown, exit 2);
 * Anything that is not an RcoError is our bug (stack trace, exit 70).
 */
export type ErrorKind = 'user' | 'environment';

export class RcoError extends Error {
  readonly code: string;
  readonly kind: ErrorKind;
  readonly hint?: string;

  constructor(kind: ErrorKind, code: string, message: string, opts: { hint?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'RcoError';
    this.kind = kind;
    this.code = code;
    if (opts.hint) this.hint = opts.hint;
  }
}

export const userError = (code: string, message: string, opts?: { hint?: string; cause?: unknown }) =>
  new RcoError('user', code, message, opts);

export const envError = (code: string, message: string, opts?: { hint?: string; cause?: unknown }) =>
  new RcoError('environment', code, message, opts);

export function isRcoError(e: unknown): e is RcoError {
  return e instanceof RcoError;
}

/** The finding a caught RcoError becomes, so one bad item never hides the others. */
export function findingOf(e: RcoError, where: { file?: string; line?: number } = {}): Finding {
  const message = e.hint ? `${e.message} (${e.hint})` : e.message;
  return { rule: e.code, level: e.kind === 'user' ? 'fail' : 'unknown', message, ...where };
}

/** A short description of any thrown value, for error messages. */
export function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}
