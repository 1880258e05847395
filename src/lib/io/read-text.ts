// Reading text files of a checkout, the way the evidence and manifest readers read thousands of them
// in a row, and saying in words why a path could not be read.
import { readFileSync, type Stats, statSync } from 'node:fs';

/**
 * The options as one constant object: given the string 'utf8', Node 20 builds and validates an
 * options object on every call, which measured 30% of reading a small file (Node 24 no longer does).
 */
const UTF8 = { encoding: 'utf8', flag: 'r' } as const;

/** A read that failed: `missing` when nothing is at the path, else `reason` says what is wrong there. */
export interface ReadFailure {
  missing: boolean;
  /** Completes "<path> ...": `does not exist`, `is a directory`, ... */
  reason: string;
}

const REASONS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'does not exist',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'is a symbolic link that loops',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: permission denied',
};

/**
 * Why reading a repository path failed. A folder or a looping link where a document should be is the
 * repository's problem to report, never a crash; an error without an errno code is not a file-system
 * error (our bug) and is thrown again.
 */
export function readFailure(e: unknown): ReadFailure {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code !== 'string') throw e;
  return { missing: code === 'ENOENT' || code === 'ENOTDIR', reason: REASONS[code] ?? `cannot be read (${code})` };
}

/** The file's text, or why it could not be read. */
export function tryReadUtf8(path: string): string | ReadFailure {
  try {
    return readFileSync(path, UTF8);
  } catch (e) {
    return readFailure(e);
  }
}

/**
 * The text of a path a policy names, which only a regular file may answer: a symbolic link to
 * /dev/zero or a FIFO would never end a read. (Files a listing found are regular by their directory
 * entry and are read with tryReadUtf8, sparing thousands of stat calls.)
 */
export function tryReadRegularFile(path: string): string | ReadFailure {
  let st: Stats | undefined;
  try {
    st = statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    return readFailure(e);
  }
  if (!st) return { missing: true, reason: REASONS['ENOENT'] as string };
  return notRegular(st) ?? tryReadUtf8(path);
}

/** Why what a path leads to is no document to read (a folder, a device, a FIFO), or undefined for a file. */
export function notRegular(st: Stats): ReadFailure | undefined {
  if (st.isFile()) return undefined;
  return {
    missing: false,
    reason: st.isDirectory() ? (REASONS['EISDIR'] as string) : 'is not a regular file (a device, FIFO or socket)',
  };
}

/**
 * What a path leads to, following symbolic links: undefined when nothing can be reached there (absent,
 * or a link that loops, which a walk passes over like a dangling one), a failure when that cannot be
 * told (no permission).
 */
export function statFollowing(path: string): Stats | undefined | ReadFailure {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (e) {
    const failure = readFailure(e);
    return failure.missing || (e as NodeJS.ErrnoException).code === 'ELOOP' ? undefined : failure;
  }
}
