// Release metadata: the version file, the changelog's newest entry, version constants and the tag name
// one version. The reading and comparing is the shared module signed-tag-check uses too; this adapts
// it to the invariant contract and adds the two switches only validate-evidence offers.
import {
  checkReleaseMetadata,
  parseReleaseMetadataPolicy,
  type ReleaseMetadataPolicy,
} from '../../lib/release/metadata.js';
import { rowVerdict } from '../summary.js';
import { asBool, invalid, regex } from './config.js';
import type { Invariant, InvariantContext, InvariantResult } from './types.js';

export interface ReleaseMetadataConfig {
  policy: ReleaseMetadataPolicy;
  tagPattern?: RegExp;
  requireNotes: boolean;
}

/** Keys this wrapper handles itself; the rest belong to the shared module's policy. */
const OWN_KEYS = ['tag-pattern', 'require-notes'];

export const releaseMetadata: Invariant<ReleaseMetadataConfig> = {
  key: 'release-metadata',
  parse(raw, at) {
    // `release-metadata: true` switches the check on with auto-detected files.
    if (raw === true || raw === null) return { policy: {}, requireNotes: false };
    if (typeof raw !== 'object' || Array.isArray(raw)) throw invalid(at, 'a mapping (or true)', raw);
    const o = raw as Record<string, unknown>;
    const shared = Object.fromEntries(Object.entries(o).filter(([k]) => !OWN_KEYS.includes(k)));
    return {
      policy: parseReleaseMetadataPolicy(shared, at),
      tagPattern: regex(o, 'tag-pattern', at),
      requireNotes: asBool(o, 'require-notes', at) ?? false,
    };
  },
  check: checkRelease,
};

async function checkRelease(config: ReleaseMetadataConfig, ctx: InvariantContext): Promise<InvariantResult> {
  const opts = {
    requireNotes: config.requireNotes,
    ...(ctx.tag !== undefined ? { tag: ctx.tag } : {}),
    ...(config.tagPattern ? { tagPattern: config.tagPattern } : {}),
  };
  const meta = await checkReleaseMetadata(ctx.repo, config.policy, opts);
  const name = (src: { source: string; file: string }) => (src.source === 'tag' ? `tag ${src.file}` : src.file);
  const versions = new Set(meta.sources.map((src) => src.version));
  // When the sources disagree, the row shows each one's version: the reader sees the odd one out.
  const value =
    versions.size > 1
      ? meta.sources.map((src) => `${name(src)}: ${src.version ?? '?'}`).join('; ')
      : meta.version
        ? `${meta.version} (${meta.sources.map(name).join(', ')})`
        : 'not found';
  return { findings: meta.findings, rows: [['Release version', value, '', rowVerdict(meta.findings)]] };
}
