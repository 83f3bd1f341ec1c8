#!/usr/bin/env bash
# `npm start`: installs what is missing, starts the local infrastructure (with Zipkin and
# Prometheus), registers the schemas, then starts every module in one process (the modulith
# launcher) with demo data, its traces going to Zipkin. Arguments go to the launcher:
#   npm start -- --promote spend,approvals   those two in their own processes, the rest in one
#   npm start -- --mode processes            every module in its own process
# The infrastructure keeps running afterwards; stop it with `npm run infra -- down`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$HERE/../.." && pwd)"

bash "$HERE/bootstrap.sh"
bash "$HERE/infra.sh" up
set -a
# shellcheck source=/dev/null
source "$REPO_ROOT/.playbook/env"
set +a
(cd "$REPO_ROOT" && npm run schemas:register)
export OTEL_EXPORTER_ZIPKIN_ENDPOINT="${OTEL_EXPORTER_ZIPKIN_ENDPOINT:-$PLAYBOOK_ZIPKIN_URL/api/v2/spans}"

launcher="$REPO_ROOT/services/launcher/src/index.ts"
if [[ -f "$launcher" ]]; then
  exec "$REPO_ROOT/node_modules/.bin/node" "$launcher" --demo "$@"
fi
cat <<MSG

The platform is up: Kafka ($KAFKA_BROKERS), schema registry ($SCHEMA_REGISTRY_URL) and
PostgreSQL ($DATABASE_URL), with every event schema registered.
No domain module exists yet (the first vertical slice is the next piece of work), so there is
no service to start and no demo data to seed. Status: npm run infra -- status; stop: npm run infra -- down.
MSG
