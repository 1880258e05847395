// Reads a Trivy JSON report (SchemaVersion 2) in one pass over its bytes: each Result member and each
// finding element is parsed on its own (json-scan.ts, elements.ts), then reduced to the slim model.
// Malformed input is an RcoError of kind "environment" (the gate reports unknown, never pass): a
// truncated or foreign report usually means the scan did not finish, not that the image is clean.
import { readFile } from 'node:fs/promises';
import {
  type Ctx,
  element,
  fail,
  isObj,
  modifiedFinding,
  type Obj,
  opt,
  pickVulnerability,
  ReportError,
  SECTIONS,
  str,
} from './elements.js';
import { forEachElement, forEachMember, JsonScanError, lineOf, parseSlice, skipWs, valueEnd } from './json-scan.js';
import type { ScanFinding, TrivyModified, TrivyReport } from './model.js';

export { ReportError } from './elements.js';

/** One Result: its scalar members are small; its finding arrays are walked element by element. */
function result(ctx: Ctx, start: number, index: number): number {
  const own: ScanFinding[] = [];
  const modified: TrivyModified[] = [];
  const meta: Obj = {};
  const end = forEachMember(ctx.buf, start, (key, at) => {
    // Older Trivy versions wrote `null` for an empty finding array.
    if (ctx.buf[at] === 0x6e && ctx.buf.toString('latin1', at, at + 4) === 'null') return at + 4;
    if (key === 'Vulnerabilities') {
      return forEachElement(ctx.buf, at, (n, el) => {
        const [f, end] = pickVulnerability(ctx, el, `Results[${index}].${key}[${n}]`);
        own.push(f);
        return end;
      });
    }
    const section = SECTIONS[key];
    if (section) {
      const [, read] = section;
      return forEachElement(ctx.buf, at, (n, el) => {
        const where = `Results[${index}].${key}[${n}]`;
        const [v, end] = element(ctx, el, where);
        const f = read(ctx, v, el, where);
        if (f) own.push(f);
        return end;
      });
    }
    if (key === 'ExperimentalModifiedFindings') {
      return forEachElement(ctx.buf, at, (n, el) => {
        const [v, end] = element(ctx, el, `Results[${index}].${key}[${n}]`);
        modified.push(modifiedFinding(v));
        return end;
      });
    }
    if (key === 'Target' || key === 'Class' || key === 'Type') {
      const e = valueEnd(ctx.buf, at);
      meta[key] = parseSlice(ctx.buf, at, e);
      return e;
    }
    return undefined; // Packages, MisconfSummary, ...: skipped without building them
  });
  const target = str(meta['Target']);
  for (const f of own) {
    f.target = target;
    f.resultClass = str(meta['Class']);
    f.resultType = str(meta['Type']);
    ctx.report.findings.push(f);
  }
  for (const m of modified) ctx.report.modified.push({ ...m, target });
  ctx.report.resultsCount++;
  return end;
}

function metadata(ctx: Ctx, m: unknown): void {
  if (!isObj(m)) return;
  if (opt(m['ImageID'])) ctx.report.imageId = str(m['ImageID']);
  if (Array.isArray(m['RepoDigests'])) ctx.report.repoDigests = m['RepoDigests'].filter((d) => typeof d === 'string');
}

function topLevel(ctx: Ctx, key: string, at: number): number | undefined {
  const { buf, report } = ctx;
  if (key === 'Results') {
    if (buf.toString('latin1', at, at + 4) === 'null') return at + 4;
    if (buf[at] !== 0x5b) fail(ctx, at, '"Results" is not an array');
    return forEachElement(buf, at, (n, el) => {
      if (buf[el] !== 0x7b) fail(ctx, el, `Results[${n}] is not an object`);
      return result(ctx, el, n);
    });
  }
  if (key === 'Packages') return undefined;
  const end = valueEnd(buf, at);
  const v = parseSlice(buf, at, end);
  if (key === 'SchemaVersion') report.schemaVersion = typeof v === 'number' ? v : Number.NaN;
  else if (key === 'ArtifactName') report.artifactName = str(v);
  else if (key === 'ArtifactType') report.artifactType = str(v);
  else if (key === 'CreatedAt' && opt(v)) report.createdAt = str(v);
  else if (key === 'Trivy' && isObj(v) && opt(v['Version'])) report.trivyVersion = str(v['Version']);
  else if (key === 'Metadata') metadata(ctx, v);
  return end;
}

function emptyReport(file: string): TrivyReport {
  return {
    file,
    schemaVersion: Number.NaN,
    artifactName: '',
    artifactType: '',
    repoDigests: [],
    findings: [],
    modified: [],
    ruleText: new Map(),
    resultsCount: 0,
  };
}

/** Parses the bytes of a report. `file` names it in messages. */
export function parseReport(buf: Buffer, file: string): TrivyReport {
  const ctx: Ctx = { file, buf, report: emptyReport(file) };
  let i = skipWs(buf, buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0);
  if (i >= buf.length) {
    throw new ReportError(
      'REPORT_EMPTY',
      `${file} is empty: the scan wrote no report.`,
      file,
      undefined,
      'rerun the scan',
    );
  }
  if (buf[i] === 0x5b) {
    throw new ReportError(
      'REPORT_SCHEMA_UNSUPPORTED',
      `${file} is a SchemaVersion 1 report (a top-level array).`,
      file,
      1,
      'scan with Trivy 0.20 or later, which writes SchemaVersion 2',
    );
  }
  if (buf[i] !== 0x7b) {
    throw new ReportError(
      'REPORT_NOT_JSON',
      `${file} is not a JSON report.`,
      file,
      lineOf(buf, i),
      'give the file Trivy wrote with --format json',
    );
  }
  try {
    i = skipWs(
      buf,
      forEachMember(buf, i, (key, at) => topLevel(ctx, key, at)),
    );
    if (i < buf.length) throw new JsonScanError('unexpected data after the report', i);
  } catch (e) {
    if (e instanceof JsonScanError) {
      throw new ReportError(
        'REPORT_INVALID_JSON',
        `${file} is not valid JSON: ${e.message}.`,
        file,
        lineOf(buf, e.offset),
        'the scan may have been cut short; rerun it',
      );
    }
    throw e;
  }
  const sv = ctx.report.schemaVersion;
  if (sv !== 2) {
    const got = Number.isNaN(sv) ? 'no SchemaVersion' : `SchemaVersion ${sv}`;
    throw new ReportError(
      'REPORT_SCHEMA_UNSUPPORTED',
      `${file} has ${got}; scan-gate reads Trivy JSON SchemaVersion 2.`,
      file,
      1,
    );
  }
  return ctx.report;
}

export async function readReport(path: string, shownAs = path): Promise<TrivyReport> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ReportError(
      'REPORT_MISSING',
      `Cannot read the Trivy report ${shownAs}: ${code === 'ENOENT' ? 'no such file' : (e as Error).message}.`,
      shownAs,
    );
  }
  return parseReport(buf, shownAs);
}
