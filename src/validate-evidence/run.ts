import type { Io } from '../lib/io/io.js';
import { type Verdict, verdict } from '../lib/verdict/types.js';
import type { Inputs } from './inputs.js';

export async function run(_inputs: Inputs, _io: Io): Promise<Verdict> {
  return verdict('validate-evidence', [], { outputs: {} });
}
