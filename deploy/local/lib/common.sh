# shellcheck shell=bash
# Shared helpers for deploy/local/infra.sh. Sourced, never executed.
#
# Layout (all git-ignored, relative to the repo root, which may be cloned anywhere):
#   .playbook/env          sourceable connection settings (written by `up`)
#   .playbook/run/*.pid    pid files of processes this checkout started
#   .playbook/logs/        component logs
#   .playbook/data/        postgres cluster, kafka log dirs
#   .playbook/conf/        generated config (kafka server.properties, cluster id)
# Downloaded jars/distributions live outside the repo so fresh clones reuse them:
#   ${PLAYBOOK_CACHE:-$HOME/.cache/playbook}   (plus Maven's own ~/.m2)

LOCAL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"   # deploy/local
REPO_ROOT="$(cd "$LOCAL_DIR/../.." && pwd)"
# PLAYBOOK_STATE_DIR moves it, so a second copy (the chaos test's) can run beside this checkout's own.
PB_DIR="${PLAYBOOK_STATE_DIR:-$REPO_ROOT/.playbook}"
RUN_DIR="$PB_DIR/run"
LOG_DIR="$PB_DIR/logs"
DATA_DIR="$PB_DIR/data"
CONF_DIR="$PB_DIR/conf"
ENV_FILE="$PB_DIR/env"
CACHE_DIR="${PLAYBOOK_CACHE:-$HOME/.cache/playbook}"

# Loopback ports, shared with docker-compose.yml so .playbook/env works for both. Each can be
# moved by the environment, so a second checkout can run its own copy beside the first.
# All lie below Linux's ephemeral range (32768–60999): a port inside it can be the local end of an
# outgoing connection (in a CI-like run Prometheus failed to bind 59090, "address already in use",
# with nothing listening there), so a server (re)starting on it may find it taken.
# Brokers 2 and 3 of a three-broker cluster take the next ports: broker n listens on
# KAFKA_PORT + 2(n-1), its controller on KAFKA_CONTROLLER_PORT + 2(n-1) (29094/29095, 29096/29097).
HOST=127.0.0.1
PG_PORT="${PLAYBOOK_PG_PORT:-25432}"
KAFKA_PORT="${PLAYBOOK_KAFKA_PORT:-29092}"
KAFKA_CONTROLLER_PORT="${PLAYBOOK_KAFKA_CONTROLLER_PORT:-29093}"
REGISTRY_PORT="${PLAYBOOK_REGISTRY_PORT:-28081}"
REGISTRY_MANAGEMENT_PORT="${PLAYBOOK_REGISTRY_MANAGEMENT_PORT:-28082}"   # Quarkus /q/health, /q/metrics
ZIPKIN_PORT="${PLAYBOOK_ZIPKIN_PORT:-29411}"             # trace viewer (UI + /api/v2)
PROMETHEUS_PORT="${PLAYBOOK_PROMETHEUS_PORT:-29090}"     # metrics (UI + /api/v1)

# Overridable binaries (handy for testing the prerequisite checks: JAVA_BIN=/nonexistent).
JAVA_BIN="${JAVA_BIN:-}"                    # Kafka's java (17+); empty = search (see java_find)
REGISTRY_JAVA_BIN="${REGISTRY_JAVA_BIN:-}"  # Apicurio's java (21+); empty = search
MVN_BIN="${MVN_BIN:-mvn}"
KAFKA_JAVA=""      # resolved by require_java
REGISTRY_JAVA=""
CURL_BIN="${CURL_BIN:-curl}"

log()  { printf '[infra] %s\n' "$*"; }
warn() { printf '[infra] WARNING: %s\n' "$*" >&2; }
die()  { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

ensure_dirs() {
  mkdir -p "$RUN_DIR" "$LOG_DIR" "$DATA_DIR" "$CONF_DIR" "$CACHE_DIR"
}

# ---------------------------------------------------------------- prerequisites
require_cmd() { # require_cmd <binary> <human name + hint>
  command -v "$1" >/dev/null 2>&1 || die "$2"
}

java_major() { # java_major <java binary> → prints e.g. 17
  "$1" -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\).*/\1/p' | head -n1
}

# Prints the first Java with major version >= <min>. An explicit binary, when given, is the only
# candidate; otherwise JAVA_BIN, JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm.
java_find() { # java_find <min-major> [explicit-binary]
  local -a candidates=()
  local c v
  if [[ -n "${2:-}" ]]; then
    candidates=("$2")
  else
    [[ -n "$JAVA_BIN" ]] && candidates+=("$JAVA_BIN")
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
    command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
    for c in $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -V); do candidates+=("$c"); done
  fi
  for c in "${candidates[@]}"; do
    [[ -x "$c" ]] || c="$(command -v "$c" 2>/dev/null)" || continue
    v="$(java_major "$c")"
    [[ -n "$v" && "$v" -ge "$1" ]] && { echo "$c"; return 0; }
  done
  return 1
}

# Kafka 4.4 brokers and tools run on Java 17+; Apicurio Registry 3.3.x is compiled for Java 21 (class file 65).
require_java() {
  KAFKA_JAVA="$(java_find 17 "$JAVA_BIN")" ||
    die "Java 17+ is required for Kafka but none was found (looked at ${JAVA_BIN:-JAVA_HOME, java on PATH and /usr/lib/jvm/*}); install e.g. openjdk-17-jre-headless or set JAVA_BIN."
  REGISTRY_JAVA="$(java_find 21 "$REGISTRY_JAVA_BIN")" ||
    die "Java 21+ is required for Apicurio Registry $REGISTRY_VERSION but none was found (looked at ${REGISTRY_JAVA_BIN:-JAVA_BIN, JAVA_HOME, java on PATH and /usr/lib/jvm/*}); install e.g. a Temurin 21+ JDK or set REGISTRY_JAVA_BIN."
}

require_maven() {
  require_cmd "$MVN_BIN" "Maven is required to fetch the Kafka/Apicurio jars from Maven Central but '$MVN_BIN' was not found on PATH (install the 'maven' package, or set MVN_BIN)."
}

require_curl() {
  require_cmd "$CURL_BIN" "curl is required but '$CURL_BIN' was not found on PATH (install the 'curl' package)."
}

# ---------------------------------------------------------------- processes
# print_status <component> <port> [extra]: one `status` line — running (ours, with pid), running
# (someone else's instance on our port), or stopped.
print_status() {
  local name=$1 port=$2 extra=${3:-} pid
  if pid="$(live_pid "$name")"; then
    printf '%-10s %-8s %-22s pid %s%s\n' "$name" running "$HOST:$port" "$pid" "${extra:+  $extra}"
  elif port_open "$port"; then
    printf '%-10s %-8s %-22s %s\n' "$name" running "$HOST:$port" "(not started by this checkout)"
  else
    printf '%-10s %-8s %-22s\n' "$name" stopped "$HOST:$port"
  fi
}

port_open() { # port_open <port>
  timeout 1 bash -c "exec 3<>/dev/tcp/$HOST/$1" 2>/dev/null
}

pid_file() { echo "$RUN_DIR/$1.pid"; }

# What the command line of a process this checkout started contains: its .playbook directory
# (Kafka's config path, the registry's -Dplaybook.home) or, for PostgreSQL, its resolved data
# directory (which may live outside .playbook, see PG_FALLBACK_DIR).
owner_marker() { # owner_marker <component>
  if [[ "$1" == postgres ]]; then readlink -f "$PG_DATA"; else echo "$PB_DIR"; fi
}

# True if <pid> is alive and its command line names this checkout (so a stale pid file whose
# pid was reused, e.g. by another checkout's broker, never gets that process stopped).
owned_by_us() { # owned_by_us <component> <pid>
  local marker cmdline
  kill -0 "$2" 2>/dev/null || return 1
  marker="$(owner_marker "$1")"
  cmdline="$(tr '\0' ' ' <"/proc/$2/cmdline" 2>/dev/null)" || return 1
  [[ -n "$marker" && "$cmdline" == *"$marker"* ]]
}

# Prints the pid recorded for a component if that process is still alive and ours.
live_pid() { # live_pid <component>
  local f pid
  f="$(pid_file "$1")"
  [[ -f "$f" ]] || return 1
  pid="$(cat "$f" 2>/dev/null || true)"
  [[ -n "$pid" ]] && owned_by_us "$1" "$pid" || return 1
  echo "$pid"
}

# Starts a command detached from this shell (own session, no stdin), so it survives
# the script exiting; records its pid.
start_detached() { # start_detached <component> <logfile> <workdir> cmd...
  local name="$1" logfile="$2" workdir="$3"
  shift 3
  (
    cd "$workdir" || exit 1
    setsid nohup "$@" >>"$logfile" 2>&1 </dev/null &
    echo $! >"$(pid_file "$name")"
  )
}

# SIGTERM, wait up to <timeout> seconds, then SIGKILL.
stop_pid() { # stop_pid <component> <timeout>
  local name="$1" timeout="$2" pid i
  if ! pid="$(live_pid "$name")"; then
    rm -f "$(pid_file "$name")"
    return 0
  fi
  log "$name: stopping pid $pid (SIGTERM)"
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    warn "$name: still running after ${timeout}s, sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$(pid_file "$name")"
}

# wait_for <description> <timeout-seconds> <pid-or-empty> <logfile> cmd...
# Polls cmd until it succeeds; fails early if the watched pid dies.
wait_for() {
  local what="$1" timeout="$2" pid="$3" logfile="$4" start=$SECONDS
  shift 4
  until "$@" >/dev/null 2>&1; do
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      tail -n 30 "$logfile" >&2 2>/dev/null || true
      die "$what: the process exited during startup (log: $logfile)."
    fi
    if ((SECONDS - start >= timeout)); then
      tail -n 30 "$logfile" >&2 2>/dev/null || true
      die "$what: not ready after ${timeout}s (log: $logfile)."
    fi
    sleep 1
  done
}
