// The trust anchors of a verification: a TrustedRoot (Fulcio CAs, Rekor and CT log keys, TSAs) read
// from a file or fetched through TUF, and the user's public key in key mode.
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import type { TrustedRoot } from '@sigstore/protobuf-specs';
import type { Io } from '../io/io.js';
import { describe, envError, userError } from '../verdict/errors.js';
import { type PublicKey, parsePublicKey } from './keys.js';

/** Loaded trusted root and key material; opaque to callers. */
export interface Trust {
  /** Where the root comes from, for messages: a path or "public-good (TUF)". */
  readonly source: string;
  readonly key?: PublicKey;
  /** The root, loaded once; TUF is only contacted when a verification needs it. */
  root(): Promise<TrustedRoot>;
}

/**
 * Reads and checks a TrustedRoot JSON. Every time range must have a start: a log key without one
 * would be trusted for all time, which @sigstore/verify accepts silently (conformance case
 * trust-root-tlog-missing-validity-start_fail), so it is refused here.
 */
export async function readTrustedRoot(path: string): Promise<TrustedRoot> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw userError('SIGNATURE_TRUSTED_ROOT_INVALID', `Cannot read trusted root ${path}: ${describe(e)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw userError('SIGNATURE_TRUSTED_ROOT_INVALID', `Trusted root ${path} is not JSON: ${describe(e)}`);
  }
  return parseTrustedRoot(json, path);
}

export async function parseTrustedRoot(json: unknown, source: string): Promise<TrustedRoot> {
  const bad = (what: string) =>
    userError('SIGNATURE_TRUSTED_ROOT_INVALID', `Trusted root ${source} is invalid: ${what}.`, {
      hint: 'give a TrustedRoot JSON as published by Sigstore (trusted_root.json)',
    });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw bad('not a JSON object');
  const { TrustedRoot } = await import('@sigstore/protobuf-specs');
  let root: TrustedRoot;
  try {
    root = TrustedRoot.fromJSON(json);
  } catch (e) {
    throw bad(describe(e));
  }
  const missing: string[] = [];
  root.tlogs.forEach((t, i) => {
    if (!t.publicKey?.validFor?.start) missing.push(`tlogs[${i}] (${t.baseUrl}) has no publicKey.validFor.start`);
  });
  root.ctlogs.forEach((t, i) => {
    if (!t.publicKey?.validFor?.start) missing.push(`ctlogs[${i}] (${t.baseUrl}) has no publicKey.validFor.start`);
  });
  root.certificateAuthorities.forEach((c, i) => {
    if (!c.validFor?.start) missing.push(`certificateAuthorities[${i}] has no validFor.start`);
  });
  root.timestampAuthorities.forEach((c, i) => {
    if (!c.validFor?.start) missing.push(`timestampAuthorities[${i}] has no validFor.start`);
  });
  if (missing.length) throw bad(missing.join('; '));
  return root;
}

/** The public-good root through TUF, cached under the runner's temp folder. */
async function fetchPublicGood(io: Io): Promise<TrustedRoot> {
  const { getTrustedRoot } = await import('@sigstore/tuf');
  const cachePath = join(io.env['RUNNER_TEMP'] || tmpdir(), 'rco-sigstore-tuf');
  try {
    return await getTrustedRoot({ cachePath, retry: 2, timeout: 15_000 });
  } catch (e) {
    throw envError(
      'SIGNATURE_TRUST_UNAVAILABLE',
      `Cannot fetch the Sigstore public-good trusted root through TUF: ${describe(e)}`,
      { hint: 'when offline, pass "trusted-root" with a TrustedRoot JSON' },
    );
  }
}

function memo<T>(f: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= f();
    return p;
  };
}

/**
 * Keyless verification always needs the root, so it is loaded now and an offline runner learns it
 * once. In key mode a root is only needed for bundles that carry log entries or timestamps, so TUF is
 * contacted lazily: key-signed material verifies offline.
 */
export async function loadTrust(opts: { trustedRootPath?: string; keyPem?: string }, io: Io): Promise<Trust> {
  const key = opts.keyPem === undefined ? undefined : parsePublicKey(opts.keyPem);
  const path = opts.trustedRootPath;
  const source = path ?? 'public-good (TUF)';
  const root = memo(() =>
    path ? readTrustedRoot(isAbsolute(path) ? path : resolve(io.cwd, path)) : fetchPublicGood(io),
  );
  if (!key || path) await root();
  return key ? { source, key, root } : { source, root };
}
