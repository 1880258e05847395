// Blob mode: one artifact (a file, or sha256:/sha512: digest) with a Sigstore bundle, a cosign bundle
// file (`cosign sign-blob --bundle`), or a signature plus certificate or key.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Io } from '../lib/io/io.js';
import type { ArtifactRef, SignaturePolicy, Trust } from '../lib/sigstore/index.js';
import { describe, findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import type { Finding } from '../lib/verdict/types.js';
import { inWorkspace, pemInput, readInputFile } from './files.js';
import type { Inputs } from './inputs.js';
import type { TargetResult, VerifyOutcome } from './results.js';

/** Artifacts can be large: cap what is held in memory; above it, the digests are streamed. */
const MAX_ARTIFACT_IN_MEMORY = 256 * 1024 * 1024;

interface Artifact {
  ref: ArtifactRef;
  sha256: Buffer;
}

export async function readArtifact(io: Io, value: string): Promise<Artifact> {
  const m = /^(sha256|sha512):(.*)$/i.exec(value.trim());
  if (m) {
    const algorithm = (m[1] as string).toLowerCase() as 'sha256' | 'sha512';
    const hex = (m[2] as string).toLowerCase();
    if (!new RegExp(`^[0-9a-f]{${algorithm === 'sha256' ? 64 : 128}}$`).test(hex)) {
      throw userError('INPUT_INVALID', `Input "artifact": "${value}" is not a valid ${algorithm} digest.`);
    }
    return {
      ref: { digest: { algorithm, hex } },
      sha256: algorithm === 'sha256' ? Buffer.from(hex, 'hex') : Buffer.alloc(0),
    };
  }
  const bytes = await readInputFile(io, 'artifact', value, MAX_ARTIFACT_IN_MEMORY).catch(async (e) => {
    if (!isRcoError(e) || !/larger than/.test(e.message)) throw e;
    return undefined;
  });
  if (bytes) return { ref: { bytes }, sha256: createHash('sha256').update(bytes).digest() };
  return streamDigest(inWorkspace(io, value));
}

/** A huge artifact is identified by its sha256, computed in one pass without holding it. */
async function streamDigest(path: string): Promise<Artifact> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  const sha256 = h.digest();
  return { ref: { digest: { algorithm: 'sha256', hex: sha256.toString('hex') } }, sha256 };
}

function parseJsonFile(text: Buffer, path: string): unknown {
  try {
    return JSON.parse(text.toString('utf8'));
  } catch (e) {
    throw userError('SIGNATURE_BUNDLE_MALFORMED', `The bundle ${path} is not JSON: ${describe(e)}.`);
  }
}

/** `cosign sign-blob --bundle` wrote {base64Signature, cert (base64 PEM), rekorBundle} before v3. */
async function fromCosignBundle(doc: Record<string, unknown>, sha256: Buffer): Promise<unknown> {
  const { cosignPartsToBundle } = await import('../lib/sigstore/index.js');
  const cert = typeof doc['cert'] === 'string' ? (doc['cert'] as string) : undefined;
  const pem = cert && !cert.includes('-----BEGIN') ? Buffer.from(cert, 'base64').toString('utf8') : cert;
  return cosignPartsToBundle(sha256, {
    signature: String(doc['base64Signature'] ?? ''),
    ...(pem ? { certificatePem: pem } : {}),
    ...(doc['rekorBundle'] ? { rekorBundle: JSON.stringify(doc['rekorBundle']) } : {}),
  });
}

function needSha256(a: Artifact): void {
  if (a.sha256.length === 0) {
    throw userError(
      'SIGNATURE_ARTIFACT_MISMATCH',
      'cosign signatures sign a sha256 digest: give the file or its sha256.',
    );
  }
}

async function bundleFor(
  inputs: Inputs,
  a: Artifact,
  io: Io,
): Promise<{ json: unknown; foundIn: 'bundle' | 'signature' }> {
  if (inputs.bundle !== undefined) {
    const json = parseJsonFile(await readInputFile(io, 'bundle', inputs.bundle), inputs.bundle);
    if (json && typeof json === 'object' && 'base64Signature' in json) {
      needSha256(a);
      return { json: await fromCosignBundle(json as Record<string, unknown>, a.sha256), foundIn: 'bundle' };
    }
    return { json, foundIn: 'bundle' };
  }
  needSha256(a);
  const { cosignPartsToBundle } = await import('../lib/sigstore/index.js');
  const signature = (await readInputFile(io, 'signature', inputs.signature as string)).toString('utf8');
  const certificatePem = inputs.certificate ? await pemInput(io, 'certificate', inputs.certificate) : undefined;
  return {
    json: cosignPartsToBundle(a.sha256, { signature, ...(certificatePem ? { certificatePem } : {}) }),
    foundIn: 'signature',
  };
}

export async function verifyBlob(
  inputs: Inputs,
  policy: SignaturePolicy,
  trust: Trust,
  io: Io,
): Promise<VerifyOutcome> {
  const ref = inputs.artifact as string;
  const result: TargetResult = { ref, digest: '' };
  const findings: Finding[] = [];
  const file = inputs.bundle ?? inputs.signature;
  try {
    const a = await readArtifact(io, ref);
    result.digest = a.sha256.length ? `sha256:${a.sha256.toString('hex')}` : ref.toLowerCase();
    const { json, foundIn } = await bundleFor(inputs, a, io);
    result.foundIn = foundIn;
    const sig = await import('../lib/sigstore/index.js');
    result.verified = inputs.attestationType
      ? await sig.verifyAttestation(json, result.digest, inputs.attestationType, policy, trust)
      : await sig.verifyBundle(json, a.ref, policy, trust);
  } catch (e) {
    if (!isRcoError(e)) throw e;
    // A problem of the signature is annotated on its file; an unreadable input (the artifact, or a
    // file that is not there) already names itself and has no line to show.
    const onSignature = e.code.startsWith('SIGNATURE_') && e.code !== 'SIGNATURE_INPUT_UNREADABLE';
    const where = onSignature && file ? { file } : {};
    const f = findingOf(e, where);
    findings.push(f);
    result.error = f.message;
    if (f.level === 'unknown') result.undecided = true;
  }
  return { results: [result], findings };
}
