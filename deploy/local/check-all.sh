#!/usr/bin/env bash
# The whole check, run by `npm test` with the infrastructure up: every package's typecheck (in
# parallel), Biome's lint, then every package's tests (one package at a time: they share one broker and two
# cores), and a closing verdict (deploy/local/verdict.ts): every failure named — failed tests, failed
# files (setup/teardown hooks, imports), unhandled errors, failed steps — then
# `tests: N passed, M failed`, whose M is 0 exactly when this script exits 0.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

turbo run typecheck --output-logs=errors-only
typecheck=$?
biome check .
lint=$?

turbo run test --concurrency=1 --continue 2>&1 | tee "$log"
tests=${PIPESTATUS[0]}

node "$HERE/verdict.ts" --log "$log" --tests "$tests" --typecheck "$typecheck" --lint "$lint"
