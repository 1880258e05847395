// The release policy around a verified tag: who may sign, which commit, when, and from which branch.
import { reachableFrom } from '../lib/git/tag.js';
import type { Signer } from '../lib/git/verify.js';
import { onBranch } from '../lib/github/git-tags.js';
import type { Io } from '../lib/io/io.js';
import { isPrerelease, versionOfTag } from '../lib/release/semver.js';
import { findingOf, isRcoError } from '../lib/verdict/errors.js';
import type { Finding } from '../lib/verdict/types.js';
import { describeSigner, finding as f, type TagEvidence } from './evidence.js';
import { githubClient } from './github.js';
import type { Inputs } from './inputs.js';

/** Clocks on laptops and runners drift; a tag a few minutes "ahead" is skew, not a forged date. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const hex = (s: string) => s.replace(/\s+/g, '').toUpperCase();

/** The tag's version, or the findings saying why the name is not a release tag. */
export function checkTagName(inputs: Inputs): { version?: string; findings: Finding[] } {
  const version = versionOfTag(inputs.tag, inputs.tagPattern);
  if (version === undefined) {
    const want = inputs.tagPattern.source;
    return {
      findings: [
        f(
          'TAG_NAME_PATTERN',
          'fail',
          `Tag ${inputs.tag} does not match the release tag pattern /${want}/: tag releases as v<major>.<minor>.<patch>, or set tag-pattern.`,
        ),
      ],
    };
  }
  if (isPrerelease(version) && !inputs.allowPrerelease) {
    return {
      version,
      findings: [
        f(
          'TAG_PRERELEASE',
          'fail',
          `Tag ${inputs.tag} is a pre-release (${version}): set allow-prerelease: true to release it, or tag a final version.`,
        ),
      ],
    };
  }
  return { version, findings: [] };
}

/** An allowed-signers entry matches by fingerprint (SSH SHA256:..., GPG hex) or by identity (e-mail, principal). */
function signerAllowed(s: Signer | undefined, allowed: readonly string[]): boolean {
  if (!s) return false;
  return allowed.some((a) => {
    if (/^SHA256:/.test(a)) return s.fingerprint === a;
    if (/^[0-9A-Fa-f\s]{40,}$/.test(a))
      return [s.fingerprint, s.primaryFingerprint].some((x) => x && hex(x) === hex(a));
    return !!s.identity && s.identity.toLowerCase() === a.toLowerCase();
  });
}

export async function checkPolicy(inputs: Inputs, evidence: TagEvidence[], io: Io): Promise<Finding[]> {
  const out: Finding[] = [];
  const { tag } = inputs;
  const commits = [...new Set(evidence.map((e) => e.commit).filter(Boolean))];
  if (commits.length > 1) {
    out.push(
      f(
        'TAG_COMMIT_DISAGREES',
        'fail',
        `Tag ${tag} names ${commits.join(' on GitHub but ')} locally: the tag was moved; fetch tags with --force and find out who moved it before releasing.`,
      ),
    );
  }
  for (const e of evidence.filter((x) => x.verified)) {
    if (inputs.signers.length && !signerAllowed(e.signer, inputs.signers)) {
      const who = describeSigner(e.signer, 'an unnamed signer');
      const hint =
        e.via === 'github'
          ? ' (GitHub reports the tagger e-mail only; list it, or use mode local for fingerprints)'
          : '';
      out.push(
        f(
          'TAG_SIGNER_NOT_ALLOWED',
          'fail',
          `Tag ${tag} is signed by ${who}, who is not in signers${hint}: re-sign the tag as an allowed signer, or add the signer to the input "signers".`,
        ),
      );
    }
  }
  const annotated = evidence.find((e) => e.annotated);
  if (annotated) {
    const date = evidence.find((e) => e.taggerDate)?.taggerDate;
    if (!date) {
      out.push(
        f(
          'TAG_TAGGER_MISSING',
          'fail',
          `Tag ${tag} has no tagger date: re-create it with git tag -s, which records the tagger.`,
        ),
      );
    } else if (date.getTime() > io.now().getTime() + CLOCK_SKEW_MS) {
      out.push(
        f(
          'TAG_DATE_IN_FUTURE',
          'fail',
          `Tag ${tag} claims it was made ${date.toISOString()}, in the future: the tagging machine's clock is wrong or the date was forged; re-tag with a correct clock.`,
        ),
      );
    }
  }
  const commit = commits[0];
  const exp = inputs.expectedCommit;
  // GITHUB_SHA on a tag push is the commit; accept the tag object's SHA as well, which some events report.
  if (exp && commit && exp.sha !== commit && !evidence.some((e) => e.tagSha === exp.sha)) {
    out.push(
      f(
        'TAG_COMMIT_MISMATCH',
        'fail',
        `Tag ${tag} names commit ${commit}, but this run is for ${exp.sha} (${exp.from}): the tag was moved after the push; do not release, find out who moved it.`,
      ),
    );
  }
  if (inputs.requireBranch && commit) out.push(...(await branchFindings(inputs, commit, io)));
  return out;
}

/** Local history first (no API call); GitHub's compare when the checkout cannot tell and the mode allows. */
async function reachable(inputs: Inputs, commit: string, io: Io): Promise<boolean | undefined> {
  const branch = inputs.requireBranch as string;
  const local = await reachableFrom(io, inputs.path, commit, branch).catch(() => undefined);
  if (local !== undefined || inputs.mode === 'local' || !inputs.repository) return local;
  return onBranch(githubClient(inputs, io), inputs.repository, commit, branch);
}

async function branchFindings(inputs: Inputs, commit: string, io: Io): Promise<Finding[]> {
  const branch = inputs.requireBranch as string;
  let ok: boolean | undefined;
  try {
    ok = await reachable(inputs, commit, io);
  } catch (e) {
    if (!isRcoError(e)) throw e;
    return [findingOf(e)];
  }
  if (ok === true) return [];
  if (ok === false) {
    return [
      f(
        'TAG_NOT_ON_BRANCH',
        'fail',
        `Tag ${inputs.tag} (commit ${commit.slice(0, 12)}) is not reachable from branch ${branch}: release only commits merged into ${branch}.`,
      ),
    ];
  }
  return [
    f(
      'TAG_BRANCH_UNKNOWN',
      'unknown',
      `Cannot tell whether tag ${inputs.tag} is on branch ${branch}: the branch is unknown here (check its name; in mode local, check out with fetch-depth: 0).`,
    ),
  ];
}
