#!/usr/bin/env bash
# Conformance of `rco verify-signature` over real Sigstore bundles: drives the built CLI through the
# shared runner (../shared/conformance/run-sigstore.mjs), prints its output and closing
# "N passed, M failed" line, and exits non-zero on any disagreement, above all on any false accept
# (a bundle that must be rejected but verified).
# usage: bash .ci/conformance/sigstore.sh /path/to/shared/conformance
set -uo pipefail
conf=${1:?usage: sigstore.sh /path/to/shared/conformance}
cd "$(dirname "$0")/../.."
if [ ! -f "$conf/run-sigstore.mjs" ]; then
  echo "sigstore conformance: $conf/run-sigstore.mjs not found"; echo "0 passed, 1 failed"; exit 1
fi
if [ ! -f dist/cli/index.js ]; then
  echo "sigstore conformance: dist/cli/index.js missing (run npm run build)"; echo "0 passed, 1 failed"; exit 1
fi
out=$(node "$conf/run-sigstore.mjs" -- node dist/cli/index.js verify-signature 2>&1); rc=$?
echo "$out"
last=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
if [ -z "$last" ]; then echo "sigstore conformance: the runner printed no result line"; echo "0 passed, 1 failed"; exit 1; fi
accepts=$(echo "$out" | sed -n 's/^false accepts: \([0-9]*\),.*/\1/p' | tail -1)
if [ -z "$accepts" ]; then echo "sigstore conformance: the runner printed no false-accept tally"; exit 1; fi
if [ "$accepts" != 0 ]; then echo "sigstore conformance: $accepts FALSE ACCEPT(S): a signature that must be rejected was verified"; exit 1; fi
# Trust the count as well as the exit status: either one reporting a disagreement fails.
[ "$rc" -eq 0 ] && [ "$(echo "$last" | awk '{print $3}')" = 0 ]
