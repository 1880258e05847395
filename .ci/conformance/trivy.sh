#!/usr/bin/env bash
# Conformance of `rco scan-gate` over real Trivy reports: drives the built CLI through the shared
# runner (../shared/conformance/run-trivy.mjs), prints its output and closing "N passed, M failed"
# line, and exits non-zero on any disagreement or when the runner cannot run.
# usage: bash .ci/conformance/trivy.sh /path/to/shared/conformance
set -uo pipefail
conf=${1:?usage: trivy.sh /path/to/shared/conformance}
cd "$(dirname "$0")/../.."
if [ ! -f "$conf/run-trivy.mjs" ]; then
  echo "trivy conformance: $conf/run-trivy.mjs not found"; echo "0 passed, 1 failed"; exit 1
fi
if [ ! -f dist/cli/index.js ]; then
  echo "trivy conformance: dist/cli/index.js missing (run npm run build)"; echo "0 passed, 1 failed"; exit 1
fi
out=$(node "$conf/run-trivy.mjs" -- node dist/cli/index.js scan-gate 2>&1); rc=$?
echo "$out"
last=$(echo "$out" | grep -E '^[0-9]+ passed, [0-9]+ failed$' | tail -1)
if [ -z "$last" ]; then echo "trivy conformance: the runner printed no result line"; echo "0 passed, 1 failed"; exit 1; fi
# Trust the count as well as the exit status: either one reporting a disagreement fails.
[ "$rc" -eq 0 ] && [ "$(echo "$last" | awk '{print $3}')" = 0 ]
