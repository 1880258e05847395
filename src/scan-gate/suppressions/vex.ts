// OpenVEX documents (--vex): statements whose status is not_affected or fixed suppress the finding
// for the products (and subcomponents) they name. Trivy applies CycloneDX VEX only to SBOM scans and
// we apply no CSAF: such a document is refused loudly rather than silently doing nothing.
import { type Purl, parsePurl } from '../../lib/trivy/purl.js';
import type { Finding } from '../../lib/verdict/types.js';
import type { VexStatement } from './model.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ParsedVex {
  statements: VexStatement[];
  problems: Finding[];
}

function lineOfText(text: string, needle: string): number | undefined {
  const i = text.indexOf(needle);
  return i < 0 ? undefined : text.slice(0, i).split('\n').length;
}

function productPurls(products: unknown): Purl[] {
  const out: Purl[] = [];
  const add = (p: unknown) => {
    const id =
      typeof p === 'string'
        ? p
        : isObj(p)
          ? (p['@id'] ?? (isObj(p['identifiers']) ? p['identifiers']['purl'] : undefined))
          : undefined;
    const parsed = typeof id === 'string' ? parsePurl(id) : undefined;
    if (parsed) out.push(parsed);
    if (isObj(p) && Array.isArray(p['subcomponents'])) for (const s of p['subcomponents']) add(s);
  };
  if (Array.isArray(products)) for (const p of products) add(p);
  return out;
}

function idsOf(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (!isObj(v)) return [];
  const ids = [v['name'], v['@id'], ...(Array.isArray(v['aliases']) ? v['aliases'] : [])];
  return ids.filter((x): x is string => typeof x === 'string' && x !== '');
}

export function parseVex(text: string, file: string): ParsedVex {
  const problems: Finding[] = [];
  const statements: VexStatement[] = [];
  const fail = (rule: string, message: string, line?: number) => {
    problems.push({ rule, level: 'fail', message, file, ...(line ? { line } : {}) });
    return { statements, problems };
  };
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return fail('VEX_INVALID', `Not valid JSON: ${(e as Error).message}.`);
  }
  if (!isObj(doc)) return fail('VEX_INVALID', 'A VEX document must be a JSON object.');
  if (doc['bomFormat'] === 'CycloneDX' || isObj(doc['document'])) {
    return fail(
      'VEX_UNSUPPORTED',
      'Only OpenVEX documents are applied to image reports; convert this CycloneDX/CSAF VEX to OpenVEX.',
    );
  }
  const context = String(doc['@context'] ?? '');
  if (!context.includes('openvex') || !Array.isArray(doc['statements'])) {
    return fail(
      'VEX_INVALID',
      'Not an OpenVEX document (needs "@context": "https://openvex.dev/ns/..." and "statements").',
    );
  }
  const docTime = Date.parse(String(doc['timestamp'] ?? '')) || 0;
  for (const [order, s] of (doc['statements'] as unknown[]).entries()) {
    const st = statementOf(s, order, text, file, docTime);
    if ('problem' in st) fail('VEX_INVALID', st.problem, st.line);
    else statements.push(st);
  }
  return { statements, problems };
}

type Problem = { problem: string; line?: number };

/** One statement, or what is wrong with it. */
function statementOf(s: unknown, order: number, text: string, file: string, docTime: number): VexStatement | Problem {
  if (!isObj(s)) return { problem: `statements[${order}] is not an object.` };
  const ids = idsOf(s['vulnerability']);
  const line = ids[0] ? lineOfText(text, JSON.stringify(ids[0])) : undefined;
  const status = String(s['status'] ?? '');
  if (!ids.length) return { problem: `statements[${order}] names no vulnerability.`, ...(line ? { line } : {}) };
  if (!['not_affected', 'affected', 'fixed', 'under_investigation'].includes(status)) {
    return {
      problem: `statements[${order}] has status "${status}"; OpenVEX knows not_affected, affected, fixed, under_investigation.`,
      ...(line ? { line } : {}),
    };
  }
  const products = productPurls(s['products']);
  if (!products.length)
    return { problem: `statements[${order}] names no product by package URL.`, ...(line ? { line } : {}) };
  return {
    file,
    ...(line ? { line } : {}),
    ids,
    products,
    status,
    justification: String(s['justification'] ?? s['impact_statement'] ?? ''),
    time: Date.parse(String(s['timestamp'] ?? '')) || docTime,
    order,
    matched: 0,
  };
}
