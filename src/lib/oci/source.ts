// Where images and their signatures are read from: a registry repository or an OCI layout on disk.
// Signature discovery is written once against this interface.
import type { RegistryClient, Repo } from './client.js';
import type { Descriptor, FetchedManifest } from './types.js';

export interface ImageSource {
  /** For messages: registry/repository, or the layout directory. */
  readonly name: string;
  /** By digest or tag; undefined when there is no such manifest. */
  manifest(reference: string): Promise<FetchedManifest | undefined>;
  blob(desc: Descriptor): Promise<Uint8Array>;
  /** The referrers of a digest, or undefined when the source cannot list them (no referrers API). */
  referrers(digest: string, artifactType?: string): Promise<Descriptor[] | undefined>;
}

export function registrySource(client: RegistryClient, repo: Repo): ImageSource {
  return {
    name: `${repo.registry}/${repo.repository}`,
    manifest: (reference) => client.manifest(repo, reference),
    blob: (desc) => client.blob(repo, desc),
    referrers: (digest, artifactType) => client.referrers(repo, digest, artifactType),
  };
}
