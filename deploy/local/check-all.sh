#!/usr/bin/env bash
# The whole check, run by `npm test` with the infrastructure up: every package's typecheck (in
# parallel), Biome's lint, then every package's tests in two lanes side by side — the system-level
# suites (tests/: slices, harnesses, platform; tools/chaos, on a broker and database of its own) in
# one, every other package one at a time in the other; the two take about as long and most of their
# time is spent waiting on the broker — and a closing verdict (deploy/local/verdict.ts): every failure
# named — failed tests, failed files (setup/teardown hooks, imports), unhandled errors, failed steps —
# then `tests: N passed, M failed`, whose M is 0 exactly when this script exits 0.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="$(mktemp)"
system_log="$(mktemp)"
packages_log="$(mktemp)"
trap 'rm -f "$log" "$system_log" "$packages_log"' EXIT

turbo run typecheck --output-logs=errors-only
typecheck=$?
biome check .
lint=$?

SYSTEM=(--filter=@playbook/tests --filter=@playbook/chaos)
PACKAGES=(--filter='!@playbook/tests' --filter='!@playbook/chaos')
(
  turbo run test --concurrency=1 --continue "${SYSTEM[@]}" 2>&1 | tee "$system_log"
  exit "${PIPESTATUS[0]}"
) &
system_lane=$!
turbo run test --concurrency=1 --continue "${PACKAGES[@]}" 2>&1 | tee "$packages_log"
packages=${PIPESTATUS[0]}
wait "$system_lane"
system=$?
cat "$packages_log" "$system_log" >"$log"
tests=$((packages > system ? packages : system))

node "$HERE/verdict.ts" --log "$log" --tests "$tests" --typecheck "$typecheck" --lint "$lint"
