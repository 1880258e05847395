// signed-tag-check: release only from a signed, annotated, well-formed tag whose version agrees
// with the project. Every check runs; every problem is one finding.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Io } from '../lib/io/io.js';
import { checkReleaseMetadata, parseReleaseMetadataPolicy, type ReleaseMetadata } from '../lib/release/metadata.js';
import type { ReleaseMetadataPolicy } from '../lib/release/types.js';
import { findingOf, isRcoError, userError } from '../lib/verdict/errors.js';
import { type Finding, type Verdict, verdict } from '../lib/verdict/types.js';
import { describeSigner, emptyEvidence, type TagEvidence } from './evidence.js';
import { checkGitHub } from './github.js';
import type { Inputs } from './inputs.js';
import { checkLocal } from './local.js';
import { checkPolicy, checkTagName } from './policy.js';

const ACTION = 'signed-tag-check';

/** One path's failure to run (network, missing tool) is that path's unknown, never a crash of the others. */
async function guarded(via: TagEvidence['via'], fn: () => Promise<TagEvidence>): Promise<TagEvidence> {
  try {
    return await fn();
  } catch (e) {
    if (!isRcoError(e)) throw e;
    return emptyEvidence(via, e.message, [findingOf(e)]);
  }
}

/** The `release-metadata` key of the policy file, when the file exists. */
async function metadataPolicy(inputs: Inputs): Promise<ReleaseMetadataPolicy> {
  let text: string;
  try {
    text = await readFile(join(inputs.path, inputs.policy), 'utf8');
  } catch {
    return {};
  }
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (e) {
    throw userError('POLICY_INVALID', `${inputs.policy} is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const raw = doc && typeof doc === 'object' ? (doc as Record<string, unknown>)['release-metadata'] : undefined;
  return parseReleaseMetadataPolicy(raw, `${inputs.policy}: release-metadata`);
}

async function metadata(inputs: Inputs, version: string | undefined): Promise<ReleaseMetadata | Finding[]> {
  try {
    const policy = await metadataPolicy(inputs);
    // A tag outside the pattern is already reported; the module then compares the other sources only.
    return await checkReleaseMetadata(inputs.path, policy, {
      ...(version !== undefined ? { tag: inputs.tag, tagPattern: inputs.tagPattern } : {}),
      requireNotes: true,
    });
  } catch (e) {
    if (!isRcoError(e)) throw e;
    return [{ ...findingOf(e), file: inputs.policy }];
  }
}

function table(inputs: Inputs, evidence: TagEvidence[], meta: ReleaseMetadata | Finding[] | undefined) {
  const rows: string[][] = [['tag', inputs.tag, `mode ${inputs.mode}`]];
  for (const e of evidence) {
    rows.push([`signature (${e.via})`, e.verified ? 'verified' : 'NOT verified', e.note]);
  }
  const commit = evidence.find((e) => e.commit)?.commit;
  rows.push([
    'commit',
    commit ?? 'unknown',
    inputs.expectedCommit ? `expected ${inputs.expectedCommit.sha.slice(0, 12)} (${inputs.expectedCommit.from})` : '',
  ]);
  if (meta && !Array.isArray(meta)) {
    rows.push(['version', meta.version ?? 'unknown', meta.sources.map((s) => `${s.source} ${s.version}`).join(', ')]);
  }
  return { headers: ['check', 'result', 'detail'], rows };
}

export async function run(inputs: Inputs, io: Io): Promise<Verdict> {
  const findings: Finding[] = [];
  const name = checkTagName(inputs);
  findings.push(...name.findings);
  const paths: Promise<TagEvidence>[] = [];
  if (inputs.mode !== 'local') paths.push(guarded('github', () => checkGitHub(inputs, io)));
  if (inputs.mode !== 'github') paths.push(guarded('local', () => checkLocal(inputs, io)));
  const evidence = await Promise.all(paths);
  for (const e of evidence) findings.push(...e.findings);
  findings.push(...(await checkPolicy(inputs, evidence, io)));
  const meta = inputs.releaseMetadata ? await metadata(inputs, name.version) : undefined;
  if (Array.isArray(meta)) findings.push(...meta);
  else if (meta) findings.push(...meta.findings);
  // Outputs describe the best evidence: the local one carries the key fingerprint, GitHub's the account.
  const best = [...evidence].reverse().find((e) => e.verified) ?? evidence.find((e) => e.annotated) ?? evidence[0];
  const commit = evidence.find((e) => e.commit)?.commit ?? '';
  const outputs: Record<string, string> = {
    tag: inputs.tag,
    version: (meta && !Array.isArray(meta) ? meta.version : undefined) ?? name.version ?? '',
    commit,
    signer: describeSigner(best?.signer),
    'signature-type': best?.signatureType ?? '',
    'verified-by': evidence
      .filter((e) => e.verified)
      .map((e) => e.via)
      .join(','),
  };
  return verdict(ACTION, findings, { outputs, table: table(inputs, evidence, meta) });
}
