// The Actions entry of signed-tag-check.
import { runAction } from '../runtime/action.js';
import { gate } from './gate.js';

void runAction(gate);
