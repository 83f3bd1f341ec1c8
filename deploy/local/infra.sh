#!/usr/bin/env bash
# Local infrastructure for The Playbook without Docker: PostgreSQL, Kafka 4.4.0 (KRaft),
# Apicurio Registry 3.3.3, Zipkin 3.6.1 (traces) and Prometheus (metrics), on loopback only, data
# and logs under <repo>/.playbook/.
#
#   npm run infra -- up [--brokers 3] [--only kafka,postgres]
#                                       start everything (idempotent), write .playbook/env;
#                                       --brokers 3: a three-node Kafka cluster (RF 3, min ISR 2);
#                                       --only: just those components (the chaos test's copy)
#   npm run infra -- down [--purge]     stop what this checkout started; --purge deletes data
#   npm run infra -- reset              = down --purge
#   npm run infra -- status             one line per component
#   npm run infra -- logs [kafka|kafka-2|kafka-3|registry|postgres|zipkin|prometheus]   follow logs
#   npm run infra -- env                print .playbook/env
#   npm run infra -- check              exit 0 iff every component answers (used by with-infra.sh)
#   npm run infra -- broker stop|start N   stop or restart node N of a three-broker cluster
#   npm run infra -- restart kafka|postgres   stop and start one component (fault injection: npm run chaos)
# Ports: PLAYBOOK_PG_PORT, PLAYBOOK_KAFKA_PORT, PLAYBOOK_KAFKA_CONTROLLER_PORT,
# PLAYBOOK_REGISTRY_PORT, PLAYBOOK_REGISTRY_MANAGEMENT_PORT, PLAYBOOK_ZIPKIN_PORT,
# PLAYBOOK_PROMETHEUS_PORT (see lib/common.sh); PLAYBOOK_STATE_DIR moves .playbook/ (a second copy).
set -euo pipefail

# shellcheck source=lib/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
# shellcheck source=lib/postgres.sh
source "$LOCAL_DIR/lib/postgres.sh"
# shellcheck source=lib/kafka.sh
source "$LOCAL_DIR/lib/kafka.sh"
# shellcheck source=lib/registry.sh
source "$LOCAL_DIR/lib/registry.sh"
# shellcheck source=lib/zipkin.sh
source "$LOCAL_DIR/lib/zipkin.sh"
# shellcheck source=lib/prometheus.sh
source "$LOCAL_DIR/lib/prometheus.sh"

usage() {
  sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

write_env() {
  cat >"$ENV_FILE" <<EOF
# Written by \`npm run infra -- up\` (deploy/local/infra.sh). Source it: . .playbook/env
export DATABASE_URL=$(pg_url)
export KAFKA_BROKERS=$(kafka_env_brokers)
export SCHEMA_REGISTRY_URL=$REGISTRY_URL
export PLAYBOOK_ZIPKIN_URL=$ZIPKIN_URL
export PLAYBOOK_PROMETHEUS_URL=$PROMETHEUS_URL
EOF
}

cmd_up() {
  local start=$SECONDS brokers="" only="postgres,kafka,registry,zipkin,prometheus"
  while (($#)); do
    case "$1" in
      --only) only="${2:-}"; shift 2 || die "--only needs a list, e.g. kafka,postgres" ;;
      --only=*) only="${1#--only=}"; shift ;;
      --brokers) brokers="${2:-}"; shift 2 || die "--brokers needs a count (1 or 3)." ;;
      --brokers=*) brokers="${1#--brokers=}"; shift ;;
      *) die "unknown option for up: '$1' (expected --brokers 1|3 or --only kafka,postgres)." ;;
    esac
  done
  # Check every prerequisite first, so a missing one fails before anything starts.
  wants() { [[ ",$only," == *",$1,"* ]]; }
  require_curl
  require_java
  if wants postgres; then pg_is_external || pg_healthy || pg_require_binaries; fi
  [[ -f "$KAFKA_LIBS/.complete" && -f "$REGISTRY_HOME/.complete" && -s "$ZIPKIN_JAR" ]] || require_maven
  ensure_dirs
  if wants prometheus; then prometheus_ready || prometheus_install; fi
  if wants postgres; then pg_up; fi
  if wants kafka; then kafka_up "$brokers"; fi
  if wants registry; then registry_up; fi
  if wants zipkin; then zipkin_up; fi
  if wants prometheus; then prometheus_up; fi
  write_env
  log "all up in $((SECONDS - start))s — connection settings in ${ENV_FILE#"$REPO_ROOT"/} (npm run infra -- env)"
}

cmd_down() {
  local purge=0
  [[ "${1:-}" == "--purge" ]] && purge=1
  prometheus_down
  zipkin_down
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
  zipkin_status
  prometheus_status
}

cmd_check() {
  pg_healthy && kafka_healthy && registry_healthy && zipkin_healthy && prometheus_healthy
}

cmd_logs() {
  local -a files=()
  case "${1:-all}" in
    postgres) files=("$PG_LOG") ;;
    kafka) files=("$KAFKA_LOG_DIR/server.log" "$KAFKA_OUT" "$LOG_DIR"/kafka-3/node-1/server.log) ;;
    kafka-2 | kafka-3) files=("$LOG_DIR/kafka-3/node-${1#kafka-}/server.log") ;;
    registry) files=("$REGISTRY_LOG") ;;
    zipkin) files=("$ZIPKIN_LOG") ;;
    prometheus) files=("$PROMETHEUS_LOG") ;;
    all) files=("$PG_LOG" "$KAFKA_LOG_DIR/server.log" "$REGISTRY_LOG" "$ZIPKIN_LOG" "$PROMETHEUS_LOG") ;;
    *) die "unknown component '$1' (expected kafka, registry, postgres, zipkin or prometheus)." ;;
  esac
  exec tail -n 50 -F "${files[@]}"
}

cmd_broker() { # cmd_broker stop|start <n>
  local action=${1:-} n=${2:-}
  [[ "$n" =~ ^[1-3]$ ]] || die "usage: infra broker stop|start <1-3>"
  require_java
  kafka_choose_nodes
  ((KAFKA_NODES > 1)) || die "broker $action: no three-broker cluster of this checkout is running (up --brokers 3)."
  case "$action" in
    stop) kafka_node_stop "$n" ;;
    start)
      live_pid "$(kafka_component "$n")" >/dev/null && { log "kafka: node $n already running"; return 0; }
      kafka_write_config "$n" "$KAFKA_NODES"
      kafka_node_start "$n" "$KAFKA_NODES"
      kafka_wait_ready
      ;;
    *) die "usage: infra broker stop|start <1-3>" ;;
  esac
}

cmd_restart() { # cmd_restart kafka|postgres
  case "${1:-}" in
    kafka) kafka_down; kafka_up ;;
    postgres) pg_down; pg_up ;;
    *) die "usage: infra restart kafka|postgres" ;;
  esac
}

cmd_env() {
  [[ -f "$ENV_FILE" ]] || die "no ${ENV_FILE#"$REPO_ROOT"/} yet — run: npm run infra -- up"
  cat "$ENV_FILE"
}

main() {
  local cmd="${1:-}"
  shift || true
  case "$cmd" in
    up) cmd_up "$@" ;;
    broker) cmd_broker "$@" ;;
    restart) cmd_restart "$@" ;;
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
