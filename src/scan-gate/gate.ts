import { defineGate } from '../lib/gate/gate.js';
import { parseInputs, spec } from './inputs.js';
import { run } from './run.js';

export const gate = defineGate({ name: 'scan-gate', spec, parse: parseInputs, run });
