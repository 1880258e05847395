// What one verification path (GitHub's API or local git) learned about the tag.

import type { SignatureType } from '../lib/git/tag-object.js';
import type { Signer } from '../lib/git/verify.js';
import type { Finding } from '../lib/verdict/types.js';

export type Via = 'github' | 'local';

export interface TagEvidence {
  via: Via;
  /** The tag exists as an annotated tag object. */
  annotated: boolean;
  /** SHA of the tag object. */
  tagSha?: string;
  commit?: string;
  taggerEmail?: string;
  taggerDate?: Date;
  signatureType?: SignatureType;
  signer?: Signer;
  /** The signature verified against the trust of this path. */
  verified: boolean;
  /** One line for the summary table. */
  note: string;
  findings: Finding[];
}

/** One finding without a file: the tag, not a file in the checkout, is what is wrong. */
export const finding = (rule: string, level: Finding['level'], message: string): Finding => ({ rule, level, message });

export function emptyEvidence(via: Via, note: string, findings: Finding[]): TagEvidence {
  return { via, annotated: false, verified: false, note, findings };
}

/** `alice@example.org (SHA256:...)`, or whichever part is known. */
export function describeSigner(s: Signer | undefined, fallback?: string): string {
  if (!s || (!s.identity && !s.fingerprint)) return fallback ?? '';
  if (s.identity && s.fingerprint) return `${s.identity} (${s.fingerprint})`;
  return (s.identity ?? s.fingerprint) as string;
}
