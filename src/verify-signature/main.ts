// The Actions entry of verify-signature.
import { runAction } from '../runtime/action.js';
import { gate } from './gate.js';

void runAction(gate);
