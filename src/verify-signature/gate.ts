import { defineGate } from '../lib/gate/gate.js';
import { parseInputs, spec } from './inputs.js';
import { run } from './run.js';

export const gate = defineGate({ name: 'verify-signature', spec, parse: parseInputs, run });
