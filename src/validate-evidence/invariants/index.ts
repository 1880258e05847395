// Every invariant the policy file can switch on, by its top-level key.
import { deploymentOrder } from './deployment-order.js';
import { docLinks } from './doc-links.js';
import { images } from './images.js';
import { releaseMetadata } from './release-metadata.js';
import type { Invariant } from './types.js';

// biome-ignore lint/suspicious/noExplicitAny: each invariant has its own config type; the policy loader pairs them by key
export const INVARIANTS: Invariant<any>[] = [releaseMetadata, deploymentOrder, images, docLinks];
