// A gate is `run(inputs, io) -> Verdict` plus the input spec it parses. The Actions entry
// (src/runtime/action.ts) and the CLI (src/cli/) both run gates through runGate below.
import type { InputSpec, RawInputs } from '../inputs/spec.js';
import { resolveInputs } from '../inputs/spec.js';
import type { Io } from '../io/io.js';
import { findingOf, isRcoError } from '../verdict/errors.js';
import { type Verdict, verdict } from '../verdict/types.js';

export interface Gate<I = unknown> {
  name: string;
  spec: InputSpec;
  /** Turns resolved input strings into typed inputs; throws a user RcoError naming the bad input. */
  parse(values: Record<string, string>, io: Io): I;
  run(inputs: I, io: Io): Promise<Verdict>;
}

/** Declares a gate with its input type inferred from parse(). */
export function defineGate<I>(gate: Gate<I>): Gate<I> {
  return gate;
}

/**
 * Parses, masks secrets, runs. An RcoError (bad input, unreachable service) becomes a verdict with one
 * finding; anything else is our bug and propagates with its stack.
 */
export async function runGate<I>(gate: Gate<I>, raw: RawInputs, io: Io): Promise<Verdict> {
  try {
    const values = resolveInputs(gate.spec, raw);
    for (const [name, def] of Object.entries(gate.spec)) {
      if (def.secret && values[name]) io.mask(values[name]);
    }
    return await gate.run(gate.parse(values, io), io);
  } catch (e) {
    if (!isRcoError(e)) throw e;
    return verdict(gate.name, [findingOf(e)], { outputs: {} });
  }
}
