#!/usr/bin/env bash
# Starts the built bundles and the CLI under the Node that RCO_NODE names (CI passes Node 24, the
# runtime the actions declare): every bundle must load and render a verdict through the runner
# protocol, two must pass on the example repository, and the CLI must rehearse the whole release.
set -euo pipefail
cd "$(dirname "$0")/../.."
node=${RCO_NODE:-node}
echo "e2e under $("$node" --version)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
example=examples/release-repo

run_action() { # run_action NAME [VAR=VALUE...]: prints the outcome the bundle wrote
  local name=$1; shift
  : >"$tmp/out"; : >"$tmp/summary"
  env -i PATH="$PATH" HOME="$HOME" GITHUB_OUTPUT="$tmp/out" GITHUB_STEP_SUMMARY="$tmp/summary" "$@" \
    "$node" "dist/$name/index.js" >"$tmp/log" 2>&1 || true
  if ! grep -q '^outcome<<' "$tmp/out"; then echo "dist/$name wrote no outcome under $node:" >&2; cat "$tmp/log" >&2; return 1; fi
  grep -A1 '^outcome<<' "$tmp/out" | sed -n 2p
}

for action in actions/*/; do
  name=$(basename "$action")
  echo "dist/$name without inputs: $(run_action "$name")"
done

outcome=$(run_action validate-evidence INPUT_PATH="$example" INPUT_AS-OF=2026-11-16)
[ "$outcome" = pass ] || { echo "validate-evidence on the example: $outcome"; cat "$tmp/log"; exit 1; }
grep -q '^## validate-evidence' "$tmp/summary" || { echo "validate-evidence wrote no summary"; exit 1; }
outcome=$(run_action scan-gate INPUT_REPORT="$example/security/trivy-report.json" INPUT_IGNORE-FILES="$example/security/.trivyignore")
[ "$outcome" = pass ] || { echo "scan-gate on the example report: $outcome"; cat "$tmp/log"; exit 1; }
echo "validate-evidence and scan-gate pass on the example under $("$node" --version)"

"$node" dist/cli/index.js --help >/dev/null
"$node" dist/cli/index.js rehearse
