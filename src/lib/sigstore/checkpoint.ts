// Private Sigstore instances name their checkpoints after the log shard (e.g.
// "rekor-00001-deployment-…"), not after the log's URL. @sigstore/verify 3 only tries a log key whose
// baseURL contains the checkpoint signer's name, so such a checkpoint finds no key and the bundle is
// rejected although its signature verifies under the trusted log key. In Sigstore's checkpoints the
// signer is identified by the key hint (the log ID prefix), not by the name, so for the logs a hint
// names we present a baseURL that also carries the name: the key and the signature check stay the
// library's, only the cosmetic name comparison is satisfied.
import type { Bundle } from '@sigstore/bundle';
import type { TrustMaterial } from '@sigstore/verify';

// "— <name> <base64 of key hint + signature>" lines of a signed note.
const SIGNATURE_LINE = /\u2014 (\S+) (\S+)\n/g;

function signers(bundle: Bundle): { name: string; hint: Buffer }[] {
  const out: { name: string; hint: Buffer }[] = [];
  for (const entry of bundle.verificationMaterial.tlogEntries) {
    const envelope = entry.inclusionProof?.checkpoint?.envelope;
    if (!envelope) continue;
    const sep = envelope.indexOf('\n\n');
    if (sep < 0) continue;
    for (const m of envelope.slice(sep + 2).matchAll(SIGNATURE_LINE)) {
      const hint = Buffer.from(m[2] as string, 'base64').subarray(0, 4);
      if (hint.length === 4) out.push({ name: m[1] as string, hint });
    }
  }
  return out;
}

function nameMatches(baseURL: string, name: string): boolean {
  try {
    return baseURL.match(name) !== null;
  } catch {
    return false;
  }
}

export function alignCheckpointNames(material: TrustMaterial, bundle: Bundle): TrustMaterial {
  const wanted = signers(bundle);
  if (!wanted.length) return material;
  let changed = false;
  const tlogs = material.tlogs.map((t) => {
    const extra = wanted
      .filter((s) => t.logID.subarray(0, 4).equals(s.hint) && !nameMatches(t.baseURL, s.name))
      .map((s) => s.name);
    if (!extra.length) return t;
    changed = true;
    return { ...t, baseURL: [t.baseURL, ...extra].join(' ') };
  });
  return changed ? { ...material, tlogs } : material;
}
