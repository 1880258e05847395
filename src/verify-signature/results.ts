// What verifying the targets (images or a blob) yields, whichever path found them. Blob mode
// (blob.ts) and image mode (images.ts, `verifyImages(inputs, trust, io)`) both return a
// VerifyOutcome; run.ts turns it into the verdict, the summary table and the outputs.
import type { Verified } from '../lib/sigstore/index.js';
import type { Finding } from '../lib/verdict/types.js';

export interface TargetResult {
  /** The image reference or the artifact path, as the user wrote it. */
  ref: string;
  /** The digest that was verified, `sha256:<hex>`; empty when it could not be determined. */
  digest: string;
  /** The platform of an index entry (os/arch[/variant]). */
  platform?: string;
  /** Where the signature was found: referrers-api, referrers-tag, legacy-tag, oci-layout, bundle, signature. */
  foundIn?: string;
  /** Set when the signature verified under the policy. */
  verified?: Verified;
  /** Why this target did not verify (the first blocking finding's message). */
  error?: string;
  /** Set when that problem is one of the environment (registry down, tool missing): the check
   * could not be made, so the row reads "unknown", not "rejected". */
  undecided?: boolean;
}

export interface VerifyOutcome {
  results: TargetResult[];
  /** Every problem of every target. */
  findings: Finding[];
}
