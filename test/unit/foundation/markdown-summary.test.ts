import { describe, expect, it } from 'vitest';
import { cell, renderSummary } from '../../../src/lib/report/markdown.js';
import { verdict } from '../../../src/lib/verdict/types.js';

describe('renderSummary', () => {
  it('renders one section: heading, table, then the findings folded open when blocking', () => {
    const v = verdict(
      'scan-gate',
      [{ rule: 'VULN_BLOCKING', level: 'fail', message: 'CVE-1 in openssl', file: 'r.json', line: 4 }],
      {
        outputs: {},
        table: { headers: ['Severity', 'Count'], rows: [['CRITICAL', '1']] },
      },
    );
    const md = renderSummary(v);
    expect(md).toMatch(/^## scan-gate: ❌ FAIL\n/);
    expect(md).toContain('| Severity | Count |\n| --- | --- |\n| CRITICAL | 1 |');
    expect(md).toContain('<details open><summary>Findings: 1 (1 blocking)</summary>');
    expect(md).toContain('| fail | VULN_BLOCKING | r.json:4 | CVE-1 in openssl |');
  });

  it('escapes cell content that would break the table', () => {
    expect(cell('a|b\nc')).toBe('a\\|b<br>c');
  });
});
