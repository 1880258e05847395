// The Actions entry of validate-evidence.
import { runAction } from '../runtime/action.js';
import { gate } from './gate.js';

void runAction(gate);
