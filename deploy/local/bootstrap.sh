#!/usr/bin/env bash
# Installs the npm dependencies (and with them Node 24, from the node@24 package) when they are
# missing or older than package-lock.json. Sourced by with-infra.sh and start.sh, so a fresh
# clone needs nothing but `npm test` or `npm start`.
set -euo pipefail
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
marker="$REPO_ROOT/node_modules/.package-lock.json"
if [[ ! -x "$REPO_ROOT/node_modules/.bin/node" || ! -f "$marker" || "$REPO_ROOT/package-lock.json" -nt "$marker" ]]; then
  # `npm ci`: it installs exactly the committed package-lock.json and never rewrites it, so a fresh
  # clone's `npm test` leaves `git status` clean. The committed lock is the one npm itself writes
  # (every platform's optional packages of turbo, esbuild and Biome included), which `npm ci`
  # accepts; after changing a package.json, run `npm install` and commit the lock it writes
  # (`npm ci` stops, naming the mismatch, if the two disagree).
  printf '[bootstrap] installing npm dependencies (npm ci)\n'
  (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --prefer-offline)
fi
"$REPO_ROOT/node_modules/.bin/node" -e 'const [major] = process.versions.node.split(".").map(Number); if (major < 24) { console.error(`[bootstrap] node_modules/.bin/node is ${process.version}; Node 24 is needed`); process.exit(1) }'
