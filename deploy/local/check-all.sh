#!/usr/bin/env bash
# The whole check, run by `npm test` with the infrastructure up: the typecheck of every workspace
# in one TypeScript program (the root tsconfig.json), Biome's lint, then every package's tests in
# two lanes side by side — the system-level suites (tests/: slices, harnesses, platform) and the bus's
# own (bus-kafka) in one, every other package one at a time in the other; the two take about as
# long —, then the short chaos run (tools/chaos) alone: it starts a broker and a database of its own, thirteen
# module processes, and kills and restarts them, which starves whatever runs beside it on two
# cores (a CI run where it overlapped them failed two timing-bound package tests and itself) —
# and a closing verdict (deploy/local/verdict.ts): every failure
# named — failed tests, failed files (setup/teardown hooks, imports), unhandled errors, failed steps —
# then `tests: N passed, M failed`, whose M is 0 exactly when this script exits 0.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log="$(mktemp)"
system_log="$(mktemp)"
packages_log="$(mktemp)"
chaos_log="$(mktemp)"
trap 'rm -f "$log" "$system_log" "$packages_log" "$chaos_log"' EXIT

# How long each step took, on stderr, so a slow CI run says where its time went.
step_started=$SECONDS
took() { printf '[check] %s took %d s\n' "$1" $((SECONDS - step_started)) >&2; step_started=$SECONDS; }

(cd "$HERE/../.." && tsc -p tsconfig.json)
typecheck=$?
took typecheck
biome check .
lint=$?
took lint

# The lanes are balanced by measured time (two cores, one broker): the system suites (~10 min) with the
# bus's own crash and replay tests (~5 min), every other package (~14 min) in the other.
SYSTEM=(--filter=@playbook/tests --filter=@playbook/bus-kafka)
PACKAGES=(--filter='!@playbook/tests' --filter='!@playbook/bus-kafka' --filter='!@playbook/chaos')
(
  turbo run test --concurrency=1 --continue "${SYSTEM[@]}" 2>&1 | tee "$system_log"
  exit "${PIPESTATUS[0]}"
) &
system_lane=$!
turbo run test --concurrency=1 --continue "${PACKAGES[@]}" 2>&1 | tee "$packages_log"
packages=${PIPESTATUS[0]}
took 'the packages lane'
wait "$system_lane"
system=$?
took 'the system lane (after the packages lane)'
turbo run test --filter=@playbook/chaos 2>&1 | tee "$chaos_log"
chaos=${PIPESTATUS[0]}
took 'the short chaos run'
cat "$packages_log" "$system_log" "$chaos_log" >"$log"
tests=$((packages > system ? packages : system))
tests=$((chaos > tests ? chaos : tests))

node "$HERE/verdict.ts" --log "$log" --tests "$tests" --typecheck "$typecheck" --lint "$lint"
