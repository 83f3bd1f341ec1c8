#!/usr/bin/env bash
# Installs the npm dependencies (and with them Node 24, from the node@24 package) when they are
# missing or older than package-lock.json. Sourced by with-infra.sh and start.sh, so a fresh
# clone needs nothing but `npm test` or `npm start`.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
marker="$REPO_ROOT/node_modules/.package-lock.json"
if [[ ! -x "$REPO_ROOT/node_modules/.bin/node" || ! -f "$marker" || "$REPO_ROOT/package-lock.json" -nt "$marker" ]]; then
  # `npm install`, not `npm ci`: npm leaves other platforms' optional packages (turbo's, esbuild's)
  # out of a lock file written on Linux, and `npm ci` then refuses the lock as out of sync.
  printf '[bootstrap] installing npm dependencies (npm install)\n'
  (cd "$REPO_ROOT" && npm install --no-audit --no-fund --prefer-offline)
fi
"$REPO_ROOT/node_modules/.bin/node" -e 'const [major] = process.versions.node.split(".").map(Number); if (major < 24) { console.error(`[bootstrap] node_modules/.bin/node is ${process.version}; Node 24 is needed`); process.exit(1) }'
