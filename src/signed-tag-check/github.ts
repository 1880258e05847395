// mode github: the tag as GitHub holds it, with GitHub's own signature verification.
import { signatureTypeOf } from '../lib/git/tag-object.js';
import { GitHubClient } from '../lib/github/client.js';
import { getTagObject, getTagRef } from '../lib/github/git-tags.js';
import { adviceFor, REASONS } from '../lib/github/reasons.js';
import type { Io } from '../lib/io/io.js';
import { emptyEvidence, finding as f, type TagEvidence } from './evidence.js';
import type { Inputs } from './inputs.js';

/** The client both GitHub calls of this action use (tag lookup, branch comparison). */
export function githubClient(inputs: Inputs, io: Io): GitHubClient {
  return new GitHubClient(io, inputs.token ? { token: inputs.token } : {});
}

/** A stable rule id per documented reason; any other reason shares one id. */
function reasonRule(reason: string): string {
  return reason in REASONS ? `TAG_GITHUB_${reason.toUpperCase()}` : 'TAG_GITHUB_REASON_UNRECOGNISED';
}

export async function checkGitHub(inputs: Inputs, io: Io): Promise<TagEvidence> {
  const { tag } = inputs;
  const repository = inputs.repository as string; // parseInputs requires it outside mode local
  const gh = githubClient(inputs, io);
  const ref = await getTagRef(gh, repository, tag);
  if (!ref) {
    return emptyEvidence('github', 'no such tag', [
      f(
        'TAG_NOT_FOUND',
        'fail',
        `Tag ${tag} does not exist in ${repository} on GitHub: push the tag (git push origin ${tag}).`,
      ),
    ]);
  }
  if (ref.object.type === 'commit') {
    return {
      ...emptyEvidence('github', `lightweight tag on ${ref.object.sha.slice(0, 12)}`, [
        f(
          'TAG_LIGHTWEIGHT',
          'fail',
          `Tag ${tag} is a lightweight tag, which cannot carry a signature: delete it and push a signed annotated tag (git tag -s ${tag}).`,
        ),
      ]),
      commit: ref.object.sha,
    };
  }
  if (ref.object.type !== 'tag') {
    return emptyEvidence('github', `points at a ${ref.object.type}`, [
      f(
        'TAG_MALFORMED',
        'fail',
        `Tag ${tag} points at a ${ref.object.type}, not a commit: re-create it on the release commit.`,
      ),
    ]);
  }
  const obj = await getTagObject(gh, repository, ref.object.sha);
  if (!obj) {
    return emptyEvidence('github', 'tag object missing', [
      f(
        'TAG_NOT_FOUND',
        'unknown',
        `GitHub lists tag ${tag} but not its tag object ${ref.object.sha}: re-run the job; if it persists, re-push the tag.`,
      ),
    ]);
  }
  const date = obj.tagger ? new Date(obj.tagger.date) : undefined;
  const ev: TagEvidence = {
    via: 'github',
    annotated: true,
    tagSha: obj.sha,
    verified: false,
    note: '',
    findings: [],
    ...(obj.object.type === 'commit' ? { commit: obj.object.sha } : {}),
    ...(obj.tagger ? { taggerEmail: obj.tagger.email } : {}),
    ...(date && !Number.isNaN(date.getTime()) ? { taggerDate: date } : {}),
  };
  if (obj.object.type !== 'commit') {
    ev.findings.push(
      f(
        'TAG_MALFORMED',
        'fail',
        `Tag ${tag} points at a ${obj.object.type}, not a commit: re-create it on the release commit.`,
      ),
    );
  }
  const sigType = obj.verification?.signature ? signatureTypeOf(obj.verification.signature) : undefined;
  if (sigType) ev.signatureType = sigType;
  const v = obj.verification;
  if (!v) {
    ev.note = 'no verification object';
    ev.findings.push(
      f(
        'TAG_GITHUB_NO_VERIFICATION',
        'unknown',
        `GitHub returned tag ${tag} without a verification object: re-run the job, or use mode local.`,
      ),
    );
    return ev;
  }
  if (v.verified && v.reason === 'valid') {
    ev.verified = true;
    // GitHub vouches that the key belongs to the account with this verified e-mail.
    if (obj.tagger) ev.signer = { identity: obj.tagger.email };
    ev.note = `verified by GitHub (${sigType ?? 'signature'} by ${obj.tagger?.email ?? 'unknown tagger'})`;
    return ev;
  }
  // verified with another reason, or not verified: never a pass.
  const advice = v.verified
    ? {
        level: 'fail' as const,
        message: `GitHub marks the tag verified but with reason "${v.reason}": check the tag by hand or with mode local.`,
      }
    : adviceFor(v.reason);
  ev.note = `not verified (${v.reason})`;
  ev.findings.push(
    f(
      v.verified ? 'TAG_GITHUB_REASON_UNRECOGNISED' : reasonRule(v.reason),
      advice.level,
      `Tag ${tag}: ${advice.message}`,
    ),
  );
  return ev;
}
