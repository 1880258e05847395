// Reading the user's files for verify-signature: paths are relative to the workspace (io.cwd), and a
// missing or unreadable file is a user error naming the input.
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import type { Io } from '../lib/io/io.js';
import { describe, userError } from '../lib/verdict/errors.js';

/** Bundles, signatures and certificates are small; a larger file is refused before it is read. */
const MAX_SIDE_FILE = 16 * 1024 * 1024;

export const inWorkspace = (io: Io, path: string) => (isAbsolute(path) ? path : resolve(io.cwd, path));

export async function readInputFile(io: Io, input: string, path: string, max = MAX_SIDE_FILE): Promise<Buffer> {
  const full = inWorkspace(io, path);
  try {
    const st = await stat(full);
    if (!st.isFile()) throw new Error('not a regular file');
    if (st.size > max) throw new Error(`larger than ${max} bytes`);
    return await readFile(full);
  } catch (e) {
    throw userError('SIGNATURE_INPUT_UNREADABLE', `Input "${input}": cannot read ${path}: ${describe(e)}.`);
  }
}

/** `key` and `certificate` take a path or the PEM text itself (handy for secrets and CLI use). */
export async function pemInput(io: Io, input: string, value: string): Promise<string> {
  if (value.includes('-----BEGIN ')) return value;
  return (await readInputFile(io, input, value)).toString('utf8');
}
