// mode local: the tag as the checkout holds it, verified by git against the trust the inputs give.
import { existsSync } from 'node:fs';
import { resolveLocalTag } from '../lib/git/tag.js';
import { verifyTagLocally } from '../lib/git/verify.js';
import type { Io } from '../lib/io/io.js';
import type { Finding } from '../lib/verdict/types.js';
import { describeSigner, emptyEvidence, finding as f, type TagEvidence } from './evidence.js';
import type { Inputs } from './inputs.js';

/** Every trust file named in the inputs must exist; a typo must not read as "no trust of this kind". */
function trustFindings(inputs: Inputs): Finding[] {
  const files: [input: string, file: string][] = inputs.gpgKeys.map((k) => ['gpg-keys', k]);
  if (inputs.allowedSigners) files.unshift(['allowed-signers', inputs.allowedSigners]);
  return files
    .filter(([, file]) => !existsSync(file))
    .map(([input, file]) =>
      f('TAG_TRUST_FILE_MISSING', 'fail', `The ${input} file ${file} does not exist: fix the input "${input}".`),
    );
}

export async function checkLocal(inputs: Inputs, io: Io): Promise<TagEvidence> {
  const missing = trustFindings(inputs);
  const ev = await inspect(inputs, io, missing);
  // Trust files are checked on the signature path; any other path still reports a typo in them, so
  // one run shows every problem.
  return ev.signatureType || !missing.length ? ev : { ...ev, findings: [...ev.findings, ...missing] };
}

async function inspect(inputs: Inputs, io: Io, missing: Finding[]): Promise<TagEvidence> {
  const { tag, path } = inputs;
  const t = existsSync(path) ? await resolveLocalTag(io, path, tag) : ({ kind: 'not-a-repo' } as const);
  if (t.kind === 'not-a-repo') {
    return emptyEvidence('local', 'not a git repository', [
      f(
        'TAG_REPO_NOT_GIT',
        'unknown',
        `${path} is not a git repository: check out the repository (with its tags) before this step, or fix "path".`,
      ),
    ]);
  }
  if (t.kind === 'missing') {
    return emptyEvidence('local', 'no such tag', [
      f(
        'TAG_NOT_FOUND',
        'fail',
        `Tag ${tag} does not exist in ${path}: push the tag, or fetch tags (actions/checkout with fetch-tags: true).`,
      ),
    ]);
  }
  if (t.kind === 'lightweight') {
    return {
      ...emptyEvidence('local', `lightweight tag on ${t.commit.slice(0, 12)}`, [
        f(
          'TAG_LIGHTWEIGHT',
          'fail',
          `Tag ${tag} is a lightweight tag, which cannot carry a signature: delete it and create a signed annotated tag (git tag -s ${tag}).`,
        ),
      ]),
      commit: t.commit,
    };
  }
  if (t.kind === 'malformed') {
    return emptyEvidence('local', t.reason, [
      f('TAG_MALFORMED', 'fail', `Tag ${tag}: ${t.reason}. Re-create the tag on the release commit.`),
    ]);
  }
  const base: TagEvidence = {
    via: 'local',
    annotated: true,
    tagSha: t.sha,
    commit: t.commit,
    verified: false,
    note: '',
    findings: [],
    ...(t.object.tagger ? { taggerEmail: t.object.tagger.email } : {}),
    ...(t.object.tagger?.date ? { taggerDate: t.object.tagger.date } : {}),
  };
  const sig = t.object.signature;
  if (!sig) {
    base.note = 'annotated, unsigned';
    base.findings.push(
      f('TAG_UNSIGNED', 'fail', `Tag ${tag} is not signed: re-create it with git tag -s (SSH or GPG signing key).`),
    );
    return base;
  }
  base.signatureType = sig.type;
  if (missing.length) return { ...base, note: 'trust files missing', findings: missing };
  const v = await verifyTagLocally(io, path, tag, sig.type, {
    ...(inputs.allowedSigners ? { allowedSigners: inputs.allowedSigners } : {}),
    gpgKeys: inputs.gpgKeys,
  });
  if (v.status === 'good') {
    return {
      ...base,
      verified: true,
      signer: v.signer,
      note: `good ${v.type} signature by ${describeSigner(v.signer)}`,
    };
  }
  if (v.status === 'untrusted') {
    const who = describeSigner(v.signer, 'an unknown key');
    const fix =
      v.type === 'ssh'
        ? 'add the key to allowed-signers if it is trusted'
        : 'add the public key to gpg-keys if it is trusted';
    return {
      ...base,
      signer: v.signer,
      note: `${v.type} signature not trusted`,
      findings: [
        f(
          'TAG_SIGNATURE_UNTRUSTED',
          'fail',
          `Tag ${tag} is signed by ${who}, but ${v.detail}: ${fix}, or re-sign the tag with a trusted key.`,
        ),
      ],
    };
  }
  if (v.status === 'no-trust') {
    return {
      ...base,
      note: v.detail,
      findings: [f('TAG_TRUST_MISSING', 'unknown', `Tag ${tag} cannot be verified locally: ${v.detail}.`)],
    };
  }
  return {
    ...base,
    note: `${v.type} signature invalid`,
    findings: [
      f(
        'TAG_SIGNATURE_INVALID',
        'fail',
        `Tag ${tag} has a ${v.type} signature that does not verify (${v.detail}): do not release it; re-create the tag.`,
      ),
    ],
  };
}
