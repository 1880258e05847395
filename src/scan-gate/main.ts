// The Actions entry of scan-gate.
import { runAction } from '../runtime/action.js';
import { gate } from './gate.js';

void runAction(gate);
