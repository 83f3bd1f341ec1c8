#!/usr/bin/env bash
# Runs a command with the local infrastructure up:
#   1. `infra up` (remembering whether everything was already running),
#   2. sources .playbook/env (DATABASE_URL, KAFKA_BROKERS, SCHEMA_REGISTRY_URL),
#   3. `npm run schemas:register --if-present`,
#   4. runs "$@",
#   5. `infra down` only if this script started the infrastructure itself.
# Exits with the command's exit code.
#
#   bash deploy/local/with-infra.sh turbo run test --concurrency=1
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"
INFRA="$HERE/infra.sh"

say() { printf '[with-infra] %s\n' "$*"; }

[[ $# -gt 0 ]] || { echo "usage: $0 <command> [args...]" >&2; exit 2; }

bash "$HERE/bootstrap.sh"

started_here=0
if bash "$INFRA" check >/dev/null 2>&1; then
  say "infrastructure already running — using it and leaving it running afterwards"
else
  say "starting the local infrastructure (it will be stopped again afterwards)"
  started_here=1
fi

stop_if_started() {
  if ((started_here)); then
    say "stopping the infrastructure this run started (data kept)"
    bash "$INFRA" down || say "WARNING: infra down failed"
    started_here=0
  fi
}
trap 'stop_if_started' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

bash "$INFRA" up

set -a
# shellcheck source=/dev/null
source "$REPO_ROOT/.playbook/env"
set +a
say "DATABASE_URL=$DATABASE_URL KAFKA_BROKERS=$KAFKA_BROKERS SCHEMA_REGISTRY_URL=$SCHEMA_REGISTRY_URL"

say "registering schemas (npm run schemas:register --if-present)"
(cd "$REPO_ROOT" && npm run schemas:register --if-present)

say "running: $*"
set +e
"$@"
rc=$?
set -e
say "command exited with code $rc"
exit "$rc"
