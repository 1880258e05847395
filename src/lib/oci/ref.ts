// Image references, parsed with the rules docker and cosign use (distribution/reference grammar):
// [registry[:port]/]path[:tag][@sha256:hex]. A first component is a registry only when it has a dot,
// a port or is "localhost"; otherwise the image is on Docker Hub, where one-component names live
// under library/.
import { userError } from '../verdict/errors.js';
import { isDigest } from './digest.js';

export interface ImageRef {
  /** Registry as written in credentials and messages: docker.io for Docker Hub. */
  registry: string;
  /** Repository path, e.g. library/alpine. */
  repository: string;
  tag?: string;
  digest?: string;
  /** The reference as the user wrote it, for messages. */
  original: string;
}

const DOCKER_HUB = 'docker.io';
const HUB_ALIASES = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io']);
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const HOST =
  /^(?:\[[0-9a-fA-F:]+\]|[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*)(?::\d{1,5})?$/;

function bad(ref: string, why: string): never {
  throw userError('IMAGE_REF_INVALID', `Image reference "${ref}" is invalid: ${why}.`, {
    hint: 'write [registry/]repository@sha256:<64 hex>, e.g. ghcr.io/org/app@sha256:…',
  });
}

function looksLikeRegistry(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}

export function parseImageRef(input: string): ImageRef {
  const ref = input.trim();
  if (!ref) bad(input, 'it is empty');
  if (/\s/.test(ref)) bad(ref, 'it contains whitespace');
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!isDigest(digest)) bad(ref, `"${digest}" is not a sha256 digest (sha256:<64 lowercase hex>)`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) bad(ref, `"${tag}" is not a valid tag`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && looksLikeRegistry(parts[0] as string)) {
    registry = parts.shift() as string;
    if (!HOST.test(registry)) bad(ref, `"${registry}" is not a valid registry host`);
    if (HUB_ALIASES.has(registry.toLowerCase())) registry = DOCKER_HUB;
  }
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  for (const p of parts) {
    if (!COMPONENT.test(p)) bad(ref, `path component "${p}" must be lowercase letters, digits and separators . _ __ -`);
  }
  const repository = parts.join('/');
  if (repository.length > 255) bad(ref, 'the repository name is longer than 255 characters');
  const out: ImageRef = { registry, repository, original: ref };
  if (tag !== undefined) out.tag = tag;
  if (digest !== undefined) out.digest = digest;
  return out;
}

/** The host the Distribution API is served from: Docker Hub's API is not on docker.io itself. */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? 'registry-1.docker.io' : registry;
}

/** Plain http is allowed only to this machine; everything else must be https. */
export function isLoopback(host: string): boolean {
  const h = host
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

export function baseUrl(registry: string): string {
  const host = apiHost(registry);
  return `${isLoopback(host) ? 'http' : 'https'}://${host}`;
}

/** The canonical form, with a digest when known: what reports show. */
export function formatRef(r: { registry: string; repository: string; tag?: string; digest?: string }): string {
  const name = `${r.registry}/${r.repository}`;
  if (r.digest) return `${name}@${r.digest}`;
  return r.tag ? `${name}:${r.tag}` : name;
}
