#!/usr/bin/env bash
# The whole check, run by `npm test` with the infrastructure up: every package's typecheck (in
# parallel), Biome's lint, then every package's tests (one package at a time: they share one broker and two
# cores), and a closing line that counts the tests of every package together.
set -uo pipefail
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

turbo run typecheck --output-logs=errors-only
typecheck=$?
biome check .
lint=$?

turbo run test --concurrency=1 --continue 2>&1 | tee "$log"
tests=${PIPESTATUS[0]}

# vitest prints "Tests  12 passed | 1 failed (13)" per package; add them up.
summary=$(sed -E 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^\S+:test:\s+Tests\s' | awk '
  { for (i = 1; i <= NF; i++) { if ($i == "passed") p += $(i-1); if ($i == "failed") f += $(i-1); if ($i == "skipped") s += $(i-1) } }
  END { printf "%d passed, %d failed", p, f; if (s) printf ", %d skipped", s }')
echo
echo "typecheck: $([[ $typecheck -eq 0 ]] && echo ok || echo FAILED)"
echo "lint: $([[ $lint -eq 0 ]] && echo ok || echo FAILED)"
echo "tests: $summary"
exit $(( typecheck != 0 || lint != 0 || tests != 0 ))
