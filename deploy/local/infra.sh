#!/usr/bin/env bash
# Local infrastructure for The Playbook without Docker: PostgreSQL, Kafka 3.9.1 (KRaft) and
# Apicurio Registry 3.3.3, on loopback only, data and logs under <repo>/.playbook/.
#
#   npm run infra -- up                 start everything (idempotent), write .playbook/env
#   npm run infra -- down [--purge]     stop what this checkout started; --purge deletes data
#   npm run infra -- reset              = down --purge
#   npm run infra -- status             one line per component
#   npm run infra -- logs [kafka|registry|postgres]   follow logs
#   npm run infra -- env                print .playbook/env
#   npm run infra -- check              exit 0 iff all three components answer (used by with-infra.sh)
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$LOCAL_DIR/lib/postgres.sh"
# shellcheck source=lib/kafka.sh
source "$LOCAL_DIR/lib/kafka.sh"
# shellcheck source=lib/registry.sh
source "$LOCAL_DIR/lib/registry.sh"

usage() {
  sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

write_env() {
  cat >"$ENV_FILE" <<EOF
# Written by \`npm run infra -- up\` (deploy/local/infra.sh). Source it: . .playbook/env
export DATABASE_URL=$(pg_url)
export KAFKA_BROKERS=$HOST:$KAFKA_PORT
export SCHEMA_REGISTRY_URL=$REGISTRY_URL
EOF
}

cmd_up() {
  local start=$SECONDS
  # Check every prerequisite first, so a missing one fails before anything starts.
  require_curl
  require_java
  pg_is_external || pg_healthy || pg_require_binaries
  [[ -f "$KAFKA_LIBS/.complete" && -f "$REGISTRY_HOME/.complete" ]] || require_maven
  ensure_dirs
  pg_up
  kafka_up
  registry_up
  write_env
  log "all up in $((SECONDS - start))s — connection settings in ${ENV_FILE#"$REPO_ROOT"/} (npm run infra -- env)"
}

cmd_down() {
  local purge=0
  [[ "${1:-}" == "--purge" ]] && purge=1
  registry_down
  kafka_down
  pg_down
  if ((purge)); then
    log "purging data: $DATA_DIR, $CONF_DIR, $ENV_FILE"
    pg_purge
    rm -rf "$DATA_DIR" "$CONF_DIR" "$ENV_FILE" "$RUN_DIR/registry.storage"
  fi
}

cmd_status() {
  pg_status
  kafka_status
  registry_status
}

cmd_check() {
  pg_healthy && kafka_healthy && registry_healthy
}

cmd_logs() {
  local -a files=()
  case "${1:-all}" in
    postgres) files=("$PG_LOG") ;;
    kafka) files=("$KAFKA_LOG_DIR/server.log" "$KAFKA_OUT") ;;
    registry) files=("$REGISTRY_LOG") ;;
    all) files=("$PG_LOG" "$KAFKA_LOG_DIR/server.log" "$REGISTRY_LOG") ;;
    *) die "unknown component '$1' (expected kafka, registry or postgres)." ;;
  esac
  exec tail -n 50 -F "${files[@]}"
}

cmd_env() {
  [[ -f "$ENV_FILE" ]] || die "no ${ENV_FILE#"$REPO_ROOT"/} yet — run: npm run infra -- up"
  cat "$ENV_FILE"
}

main() {
  local cmd="${1:-}"
  shift || true
  case "$cmd" in
    up) cmd_up ;;
    down) cmd_down "$@" ;;
    reset) cmd_down --purge ;;
    status) cmd_status ;;
    check) cmd_check ;;
    logs) cmd_logs "$@" ;;
    env) cmd_env ;;
    -h | --help | help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
