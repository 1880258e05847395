import type { RehearsalStep } from '../cli/rehearse.js';
import { runGate } from '../lib/gate/gate.js';
import { gate } from './gate.js';

export const step: RehearsalStep = {
  title: 'Release evidence approved',
  run: (repo, io) => runGate(gate, { path: repo }, io),
};
