// Every invariant the policy file can switch on, by its top-level key.
import type { Invariant } from './types.js';

export const INVARIANTS: Invariant<any>[] = [];
