// The rehearsal step of validate-evidence. The example repository's evidence is static while time
// passes, so the step audits it as of the example's release date: max-age-days 30 keeps meaning
// "fresh at release time" instead of failing a month after the example was written.
import type { RehearsalStep } from '../cli/rehearse.js';
import { runGate } from '../lib/gate/gate.js';
import { gate } from './gate.js';

const EXAMPLE_RELEASE_DATE = '2026-11-16';

export const step: RehearsalStep = {
  title: 'Release evidence approved',
  run: (repo, io) => runGate(gate, { path: repo, 'as-of': EXAMPLE_RELEASE_DATE }, io),
};
