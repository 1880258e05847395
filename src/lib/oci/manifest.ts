// Parses manifest bytes (already checked against their digest) into the shapes we read, with a clear
// error for anything else: registries and layouts are untrusted input.
import { describe, userError } from '../verdict/errors.js';
import { isDigest } from './digest.js';
import { type Descriptor, type ImageIndex, type ImageManifest, MEDIA } from './types.js';

function invalid(where: string, why: string): never {
  throw userError('OCI_MANIFEST_INVALID', `${where} is not a valid OCI or Docker manifest: ${why}.`);
}

function descriptor(d: unknown, where: string, field: string): Descriptor {
  if (!d || typeof d !== 'object') invalid(where, `${field} is not an object`);
  const o = d as Record<string, unknown>;
  if (typeof o['mediaType'] !== 'string') invalid(where, `${field}.mediaType is missing`);
  if (typeof o['digest'] !== 'string' || !isDigest(o['digest']))
    invalid(where, `${field}.digest is not a sha256 digest`);
  if (typeof o['size'] !== 'number' || !Number.isSafeInteger(o['size']) || o['size'] < 0) {
    invalid(where, `${field}.size is not a non-negative integer`);
  }
  if (o['annotations'] !== undefined) {
    const a = o['annotations'];
    if (!a || typeof a !== 'object' || Object.values(a).some((v) => typeof v !== 'string')) {
      invalid(where, `${field}.annotations must map strings to strings`);
    }
  }
  return o as unknown as Descriptor;
}

export function parseManifest(bytes: Uint8Array, where: string): ImageManifest | ImageIndex {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (e) {
    invalid(where, `not JSON (${describe(e)})`);
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) invalid(where, 'not a JSON object');
  const m = json as Record<string, unknown>;
  if (m['schemaVersion'] !== 2) {
    invalid(where, `schemaVersion is ${JSON.stringify(m['schemaVersion'])}; only schema 2 (OCI, Docker v2) is read`);
  }
  if (m['subject'] !== undefined) descriptor(m['subject'], where, 'subject');
  if (Array.isArray(m['manifests'])) {
    m['manifests'].forEach((d, i) => {
      descriptor(d, where, `manifests[${i}]`);
    });
    return m as unknown as ImageIndex;
  }
  descriptor(m['config'], where, 'config');
  if (!Array.isArray(m['layers'])) invalid(where, 'it has neither "manifests" nor "layers"');
  m['layers'].forEach((d, i) => {
    descriptor(d, where, `layers[${i}]`);
  });
  return m as unknown as ImageManifest;
}

/** The media type a manifest declares, else the one the server sent, else OCI by shape. */
export function manifestMediaType(m: ImageManifest | ImageIndex, served?: string | null): string {
  if (typeof m.mediaType === 'string') return m.mediaType;
  const s = served?.split(';')[0]?.trim();
  if (s) return s;
  return Array.isArray((m as ImageIndex).manifests) ? MEDIA.ociIndex : MEDIA.ociManifest;
}
