// The rehearsal step: the gate over the report and suppressions the example repository ships.
import { join } from 'node:path';
import type { RehearsalStep } from '../cli/rehearse.js';
import { runGate } from '../lib/gate/gate.js';
import { gate } from './gate.js';

export const step: RehearsalStep = {
  title: 'No CRITICAL/HIGH vulnerabilities without a reviewed suppression',
  run: (repo, io) =>
    runGate(
      gate,
      {
        report: join(repo, 'security', 'trivy-report.json'),
        'ignore-files': join(repo, 'security', '.trivyignore'),
        'fail-on': 'CRITICAL,HIGH',
      },
      io,
    ),
};
