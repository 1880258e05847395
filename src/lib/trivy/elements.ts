// Reading the elements of a Trivy report's finding arrays into the slim model (model.ts). The reader
// (reader.ts) walks the file; this module turns one element into one finding.
import { RcoError } from '../verdict/errors.js';
import { KeySet, lineOf, parseSlice, pickMembers, valueEnd } from './json-scan.js';
import type { Kind, ScanFinding, TrivyModified, TrivyReport } from './model.js';
import { severityOf } from './model.js';

/** A report that cannot be read; carries the line so the finding points at it. */
export class ReportError extends RcoError {
  constructor(
    code: string,
    message: string,
    readonly file: string,
    readonly line?: number,
    hint?: string,
  ) {
    super('environment', code, message, hint ? { hint } : {});
  }
}

export type Obj = Record<string, unknown>;
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');
export const opt = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The vendor score Trivy's own SARIF uses: the severity source's CVSS v3, else its v2. */
function scoreOf(v: Obj): number | undefined {
  const cvss = v['CVSS'];
  if (!isObj(cvss)) return undefined;
  const pick = (src: unknown): number | undefined => {
    if (!isObj(src)) return undefined;
    const s = src['V3Score'] ?? src['V40Score'] ?? src['V2Score'];
    return typeof s === 'number' && s > 0 ? s : undefined;
  };
  return pick(cvss[str(v['SeveritySource'])]) ?? pick(cvss['nvd']);
}

export interface Ctx {
  file: string;
  buf: Buffer;
  report: TrivyReport;
}

function keepRuleText(ctx: Ctx, id: string, title: string, description: string): void {
  // Descriptions repeat for every package an advisory hits; keep one, trimmed, per id.
  if (!ctx.report.ruleText.has(id)) ctx.report.ruleText.set(id, { title, description: description.slice(0, 2000) });
}

export function fail(ctx: Ctx, offset: number, what: string): never {
  throw new ReportError('REPORT_INVALID', `${ctx.file}: ${what}.`, ctx.file, lineOf(ctx.buf, offset));
}

/** Parses one array element; returns it with the index after it. */
export function element(ctx: Ctx, start: number, what: string): [Obj, number] {
  const end = valueEnd(ctx.buf, start);
  const v = parseSlice(ctx.buf, start, end);
  if (!isObj(v)) fail(ctx, start, `${what} is not an object`);
  return [v, end];
}

/** The members of a vulnerability the gate reads; the rest (References, long texts) are skipped unbuilt. */
const VULN_KEYS = new KeySet([
  'VulnerabilityID',
  'PkgID',
  'PkgName',
  'PkgPath',
  'PkgIdentifier',
  'InstalledVersion',
  'FixedVersion',
  'Status',
  'SeveritySource',
  'PrimaryURL',
  'Title',
  'Severity',
  'CVSS',
  'Description',
]);
const DESCRIPTION = VULN_KEYS.names.indexOf('Description');
const ranges = new Int32Array(VULN_KEYS.names.length * 2);

/**
 * Vulnerabilities are nearly all of a big report, so they are not JSON.parse'd whole: only the members
 * above are decoded, the others are skipped by the scanner (checked for structure, not built). The
 * Description is decoded once per id, for the SARIF rule. Returns the finding and the index after it.
 */
export function pickVulnerability(ctx: Ctx, start: number, where: string): [ScanFinding, number] {
  const { buf } = ctx;
  if (buf[start] !== 0x7b) fail(ctx, start, `${where} is not an object`);
  const end = pickMembers(buf, start, VULN_KEYS, ranges);
  const v: Obj = {};
  const names = VULN_KEYS.names;
  for (let slot = 0; slot < names.length; slot++) {
    const a = ranges[2 * slot] as number;
    if (a >= 0 && slot !== DESCRIPTION) v[names[slot] as string] = parseSlice(buf, a, ranges[2 * slot + 1] as number);
  }
  const f = vulnerability(ctx, v, start, where);
  const d = ranges[2 * DESCRIPTION] as number;
  if (d >= 0 && !ctx.report.ruleText.has(f.id)) {
    keepRuleText(ctx, f.id, str(v['Title']), str(parseSlice(buf, d, ranges[2 * DESCRIPTION + 1] as number)));
  }
  return [f, end];
}

function vulnerability(ctx: Ctx, v: Obj, at: number, where: string): ScanFinding {
  const id = str(v['VulnerabilityID']);
  if (!id) fail(ctx, at, `${where} has no VulnerabilityID`);
  const ident = isObj(v['PkgIdentifier']) ? v['PkgIdentifier'] : {};
  const f: ScanFinding = {
    kind: 'vulnerability',
    id,
    severity: severityOf(v['Severity']),
    target: '',
    resultClass: '',
    resultType: '',
    pkgName: str(v['PkgName']),
    installed: str(v['InstalledVersion']),
    fixed: str(v['FixedVersion']),
  };
  // Optional members stay absent rather than empty (one assignment each: this runs per entry of a big report).
  const pkgId = opt(v['PkgID']);
  if (pkgId) f.pkgId = pkgId;
  const pkgPath = opt(v['PkgPath']);
  if (pkgPath) f.pkgPath = pkgPath;
  const purl = opt(ident['PURL']);
  if (purl) f.purl = purl;
  const status = opt(v['Status']);
  if (status) f.status = status;
  const title = opt(v['Title']);
  if (title) f.title = title;
  const url = opt(v['PrimaryURL']);
  if (url) f.url = url;
  const score = scoreOf(v);
  if (score !== undefined) f.score = score;
  return f;
}

function misconfiguration(ctx: Ctx, m: Obj, at: number, where: string): ScanFinding | undefined {
  const id = str(m['ID']) || str(m['AVDID']);
  if (!id) fail(ctx, at, `${where} has no ID`);
  // Trivy lists passed checks only with --include-non-failures; they are not problems.
  const status = str(m['Status']) || 'FAIL';
  if (status !== 'FAIL') return undefined;
  keepRuleText(ctx, id, str(m['Title']), str(m['Description']) || str(m['Message']));
  const cause = isObj(m['CauseMetadata']) ? m['CauseMetadata'] : {};
  const f: ScanFinding = { kind: 'misconfiguration', id, severity: severityOf(m['Severity']), ...blank() };
  if (opt(m['AVDID']) && m['AVDID'] !== id) f.aliasId = str(m['AVDID']);
  if (opt(m['Title'])) f.title = str(m['Title']);
  if (opt(m['PrimaryURL'])) f.url = str(m['PrimaryURL']);
  if (typeof cause['StartLine'] === 'number' && cause['StartLine'] > 0) f.line = cause['StartLine'];
  return f;
}

function secret(ctx: Ctx, s: Obj, at: number, where: string): ScanFinding {
  const id = str(s['RuleID']);
  if (!id) fail(ctx, at, `${where} has no RuleID`);
  keepRuleText(ctx, id, str(s['Title']), str(s['Title']));
  const f: ScanFinding = { kind: 'secret', id, severity: severityOf(s['Severity']), ...blank() };
  if (opt(s['Title'])) f.title = str(s['Title']);
  if (typeof s['StartLine'] === 'number' && s['StartLine'] > 0) f.line = s['StartLine'];
  return f;
}

function license(ctx: Ctx, l: Obj, at: number, where: string): ScanFinding {
  const id = str(l['Name']);
  if (!id) fail(ctx, at, `${where} has no Name`);
  keepRuleText(ctx, id, `License ${id}`, `License ${id} (${str(l['Category'])})`);
  const f: ScanFinding = { kind: 'license', id, severity: severityOf(l['Severity']), ...blank() };
  if (opt(l['PkgName'])) f.pkgName = str(l['PkgName']);
  if (opt(l['FilePath'])) f.filePath = str(l['FilePath']);
  if (opt(l['Link'])) f.url = str(l['Link']);
  return f;
}

const blank = () => ({ target: '', resultClass: '', resultType: '' });

export const SECTIONS: Record<string, [Kind, typeof misconfiguration]> = {
  Misconfigurations: ['misconfiguration', misconfiguration],
  Secrets: ['secret', secret],
  Licenses: ['license', license],
};

export function modifiedFinding(m: Obj): TrivyModified {
  const f = isObj(m['Finding']) ? m['Finding'] : {};
  return {
    kind: str(m['Type']),
    id: str(f['VulnerabilityID']) || str(f['ID']) || str(f['RuleID']) || str(f['Name']),
    status: str(m['Status']),
    statement: str(m['Statement']),
    source: str(m['Source']),
    target: '',
  };
}
