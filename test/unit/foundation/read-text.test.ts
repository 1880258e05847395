// Why a repository path could not be read: every errno a user's checkout can produce becomes words,
// and anything that is not a file-system error is ours to crash on.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFailure, tryReadRegularFile, tryReadUtf8 } from '../../../src/lib/io/read-text.js';

const dir = mkdtempSync(join(tmpdir(), 'rco-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

describe('tryReadUtf8', () => {
  it('reads a file, and names what is wrong with a path that is not one', () => {
    writeFileSync(join(dir, 'a.md'), 'héllo');
    mkdirSync(join(dir, 'folder'));
    symlinkSync('loop', join(dir, 'loop'));
    expect(tryReadUtf8(join(dir, 'a.md'))).toBe('héllo');
    expect(tryReadUtf8(join(dir, 'none.md'))).toEqual({ missing: true, reason: 'does not exist' });
    expect(tryReadUtf8(join(dir, 'a.md', 'below'))).toEqual({ missing: true, reason: 'does not exist' });
    expect(tryReadUtf8(join(dir, 'folder'))).toEqual({ missing: false, reason: 'is a directory, not a file' });
    expect(tryReadUtf8(join(dir, 'loop'))).toEqual({ missing: false, reason: 'is a symbolic link that loops' });
    // A NUL byte (possible in a policy's path) is refused by Node with a code, not thrown at the user.
    expect(tryReadUtf8(join(dir, 'a\u0000b'))).toEqual({
      missing: false,
      reason: 'cannot be read (ERR_INVALID_ARG_VALUE)',
    });
  });
});

describe('tryReadRegularFile', () => {
  it('reads a regular file, and refuses a device or a FIFO a read would never finish', () => {
    writeFileSync(join(dir, 'b.md'), 'text');
    symlinkSync('/dev/zero', join(dir, 'zero.md'));
    execFileSync('mkfifo', [join(dir, 'fifo.md')]);
    const notRegular = {
      missing: false,
      reason: 'is not a regular file (a device, FIFO or socket)',
    };
    expect(tryReadRegularFile(join(dir, 'b.md'))).toBe('text');
    expect(tryReadRegularFile(join(dir, 'zero.md'))).toEqual(notRegular);
    expect(tryReadRegularFile(join(dir, 'fifo.md'))).toEqual(notRegular);
    expect(tryReadRegularFile(join(dir, 'nothing.md'))).toEqual({ missing: true, reason: 'does not exist' });
    expect(tryReadRegularFile(dir)).toEqual({ missing: false, reason: 'is a directory, not a file' });
  });
});

describe('readFailure', () => {
  it('words the errors root cannot provoke here, and keeps the code of any other', () => {
    expect(readFailure(errno('EACCES'))).toEqual({ missing: false, reason: 'cannot be read: permission denied' });
    expect(readFailure(errno('EPERM'))).toEqual({ missing: false, reason: 'cannot be read: permission denied' });
    expect(readFailure(errno('EIO'))).toEqual({ missing: false, reason: 'cannot be read (EIO)' });
  });

  it('throws again what is not a file-system error', () => {
    const bug = new TypeError('x is undefined');
    expect(() => readFailure(bug)).toThrow(bug);
    expect(() => readFailure(undefined)).toThrow();
  });
});
