// Who may have signed: the certificate subject and OIDC issuer (exact, or a regexp that must match the
// whole value), and the GitHub Actions claims Fulcio writes into extensions 1.3.6.1.4.1.57264.1.*.
import type { X509Certificate } from '@sigstore/core';
import { userError } from '../verdict/errors.js';
import type { IdentityPolicy } from './types.js';

// Fulcio's OID arc (public registry: sigstore/fulcio docs/oid-info.md).
const OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  repositoryV1: '1.3.6.1.4.1.57264.1.5',
  refV1: '1.3.6.1.4.1.57264.1.6',
  otherNameSan: '1.3.6.1.4.1.57264.1.7',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
} as const;

export interface CertIdentity {
  subject?: string;
  issuer?: string;
  repository?: string;
  ref?: string;
  /** Build config URI: https://github.com/OWNER/REPO/.github/workflows/FILE@REF */
  workflow?: string;
}

/** The v1 extensions hold raw strings; from .8 on they are DER UTF8Strings. */
function extString(cert: X509Certificate, oid: string, der: boolean): string | undefined {
  const ext = cert.extension(oid);
  if (!ext) return undefined;
  if (!der) return ext.value.toString('utf8');
  const inner = ext.valueObj.subs[0];
  return inner ? inner.value.toString('utf8') : ext.valueObj.value.toString('utf8');
}

export function certIdentity(cert: X509Certificate): CertIdentity {
  const san = cert.extSubjectAltName;
  const id: CertIdentity = {};
  const subject = san?.uri ?? san?.rfc822Name ?? san?.otherName(OID.otherNameSan);
  if (subject) id.subject = subject;
  const issuer = extString(cert, OID.issuerV2, true) ?? extString(cert, OID.issuerV1, false);
  if (issuer) id.issuer = issuer;
  const repoUri = extString(cert, OID.sourceRepositoryUri, true);
  const repository = repoUri ? repoUri.replace(/^https:\/\/[^/]+\//, '') : extString(cert, OID.repositoryV1, false);
  if (repository) id.repository = repository;
  const ref = extString(cert, OID.sourceRepositoryRef, true) ?? extString(cert, OID.refV1, false);
  if (ref) id.ref = ref;
  const workflow = extString(cert, OID.buildConfigUri, true);
  if (workflow) id.workflow = workflow;
  return id;
}

/** A regexp input matches the whole value, as cosign's --certificate-identity-regexp users expect. */
function fullMatch(re: string, value: string): boolean {
  return new RegExp(`^(?:${re})$`, 'u').test(value);
}

/** `.github/workflows/x.yml`, `owner/repo/.github/workflows/x.yml` or either with `@ref`. */
function workflowMatches(want: string, buildConfigUri: string, repository: string | undefined): boolean {
  const path = buildConfigUri.replace(/^https:\/\/[^/]+\//, '');
  const [full = '', ref] = path.split('@');
  const [w = '', wantRef] = want.split('@');
  if (wantRef !== undefined && wantRef !== ref) return false;
  if (w === full) return true;
  return repository !== undefined && full === `${repository}/${w.replace(/^\//, '')}`;
}

/** Every mismatch in one error, so the user fixes the policy in one go. */
export function checkIdentity(cert: X509Certificate, policy: IdentityPolicy): CertIdentity {
  const got = certIdentity(cert);
  const problems: { code: string; text: string }[] = [];
  const show = (v: string | undefined) => (v === undefined ? 'none' : `"${v}"`);
  if (policy.subject !== undefined && got.subject !== policy.subject) {
    problems.push({
      code: 'SIGNATURE_IDENTITY_MISMATCH',
      text: `certificate identity is ${show(got.subject)}, expected "${policy.subject}"`,
    });
  }
  if (
    policy.subjectRegexp !== undefined &&
    (got.subject === undefined || !fullMatch(policy.subjectRegexp, got.subject))
  ) {
    problems.push({
      code: 'SIGNATURE_IDENTITY_MISMATCH',
      text: `certificate identity ${show(got.subject)} does not match /^(?:${policy.subjectRegexp})$/`,
    });
  }
  if (policy.issuer !== undefined && got.issuer !== policy.issuer) {
    problems.push({
      code: 'SIGNATURE_ISSUER_MISMATCH',
      text: `OIDC issuer is ${show(got.issuer)}, expected "${policy.issuer}"`,
    });
  }
  if (policy.issuerRegexp !== undefined && (got.issuer === undefined || !fullMatch(policy.issuerRegexp, got.issuer))) {
    problems.push({
      code: 'SIGNATURE_ISSUER_MISMATCH',
      text: `OIDC issuer ${show(got.issuer)} does not match /^(?:${policy.issuerRegexp})$/`,
    });
  }
  const gh = policy.github ?? {};
  if (gh.repository !== undefined && got.repository !== gh.repository.replace(/^https:\/\/[^/]+\//, '')) {
    problems.push({
      code: 'SIGNATURE_GITHUB_MISMATCH',
      text: `certificate GitHub repository is ${show(got.repository)}, expected "${gh.repository}"`,
    });
  }
  if (gh.ref !== undefined && got.ref !== gh.ref) {
    problems.push({
      code: 'SIGNATURE_GITHUB_MISMATCH',
      text: `certificate GitHub ref is ${show(got.ref)}, expected "${gh.ref}"`,
    });
  }
  if (
    gh.workflow !== undefined &&
    (got.workflow === undefined || !workflowMatches(gh.workflow, got.workflow, got.repository))
  ) {
    problems.push({
      code: 'SIGNATURE_GITHUB_MISMATCH',
      text: `certificate GitHub workflow is ${show(got.workflow)}, expected "${gh.workflow}"`,
    });
  }
  const first = problems[0];
  if (first) {
    throw userError(
      first.code,
      `Signed by someone the policy does not allow: ${problems.map((p) => p.text).join('; ')}.`,
    );
  }
  return got;
}
