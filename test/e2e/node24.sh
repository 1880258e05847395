#!/usr/bin/env bash
# Starts every built bundle and the CLI under the Node that RCO_NODE names (CI passes Node 24, the
# runtime the actions declare): each bundle must load and render a verdict, the CLI must rehearse.
set -euo pipefail
cd "$(dirname "$0")/../.."
node=${RCO_NODE:-node}
echo "e2e under $("$node" --version)"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for action in actions/*/; do
  name=$(basename "$action")
  : >"$tmp/out"; : >"$tmp/summary"
  # No inputs: every bundle must load, then render a verdict (whatever it is) through the runtime.
  env -i PATH="$PATH" HOME="$HOME" GITHUB_OUTPUT="$tmp/out" GITHUB_STEP_SUMMARY="$tmp/summary" \
    "$node" "dist/$name/index.js" >"$tmp/log" 2>&1 || true
  if ! grep -q '^outcome<<' "$tmp/out"; then echo "dist/$name did not write an outcome under $node:"; cat "$tmp/log"; exit 1; fi
  echo "dist/$name: outcome $(grep -A1 "^outcome<<" "$tmp/out" | sed -n 2p)"
done
"$node" dist/cli/index.js --help >/dev/null
"$node" dist/cli/index.js rehearse
