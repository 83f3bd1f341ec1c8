# shellcheck shell=bash
# Schema registry: Apicurio Registry 3.3.3 (Quarkus), Confluent-compatible API at
# http://127.0.0.1:28081/apis/ccompat/v7 (PLAYBOOK_REGISTRY_PORT), SQL storage on our PostgreSQL (database `apicurio`)
# so registered schemas survive restarts. The runnable distribution is fetched from Maven
# Central (io.apicurio:apicurio-registry-app:3.3.3:tar.gz:all) and extracted once into the cache.

REGISTRY_VERSION=3.3.3
REGISTRY_ARTIFACT="io.apicurio:apicurio-registry-app:$REGISTRY_VERSION:tar.gz:all"
REGISTRY_HOME="$CACHE_DIR/apicurio-registry-$REGISTRY_VERSION"
REGISTRY_LOG="$LOG_DIR/registry.log"
REGISTRY_URL="http://$HOST:$REGISTRY_PORT/apis/ccompat/v7"
REGISTRY_COMPATIBILITY="${REGISTRY_COMPATIBILITY:-BACKWARD_TRANSITIVE}"

registry_fetch() {
  [[ -f "$REGISTRY_HOME/.complete" ]] && return 0
  require_maven
  log "registry: fetching $REGISTRY_ARTIFACT from Maven Central"
  local dl="$CACHE_DIR/downloads" tmp="$REGISTRY_HOME.tmp.$$" tgz
  mkdir -p "$dl"
  # Run outside any project (dependency:copy needs no pom).
  (cd "$dl" && "$MVN_BIN" -q -B -Dstyle.color=never "$MAVEN_DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$REGISTRY_ARTIFACT" -DoutputDirectory="$dl") ||
    die "registry: Maven could not fetch $REGISTRY_ARTIFACT (is Maven Central reachable?)."
  tgz="$dl/apicurio-registry-app-$REGISTRY_VERSION-all.tar.gz"
  [[ -f "$tgz" ]] || die "registry: expected $tgz after the Maven download."
  rm -rf "$tmp"
  mkdir -p "$tmp"
  tar -xzf "$tgz" -C "$tmp" || { rm -rf "$tmp"; die "registry: could not extract $tgz."; }
  touch "$tmp/.complete"
  rm -rf "$REGISTRY_HOME"
  mv "$tmp" "$REGISTRY_HOME"
  rm -f "$tgz"
}

registry_jar() {
  find "$REGISTRY_HOME" -name quarkus-run.jar -print -quit
}

registry_ready() {
  "$CURL_BIN" -fsS -o /dev/null --max-time 3 "$REGISTRY_URL/subjects" 2>/dev/null
}

registry_start() {
  require_curl
  [[ -n "$REGISTRY_JAVA" ]] || require_java
  registry_fetch
  local jar storage
  jar="$(registry_jar)"
  [[ -n "$jar" ]] || die "registry: quarkus-run.jar not found under $REGISTRY_HOME."
  local -a props=(
    # Names this checkout on the command line, so `infra down` stops only its own registry.
    -Dplaybook.home="$PB_DIR"
    -Dquarkus.http.host="$HOST"
    -Dquarkus.http.port="$REGISTRY_PORT"
    # Quarkus' management interface (health, metrics) would otherwise bind *:9000.
    -Dquarkus.management.host="$HOST"
    -Dquarkus.management.port="$REGISTRY_MANAGEMENT_PORT"
    -Dquarkus.log.console.format='%d{yyyy-MM-dd HH:mm:ss} %p [%c{3.}] (%t) %m%n'
    # Local dev: allow deleting subjects/versions through the APIs (tests clean up).
    -Dapicurio.rest.deletion.group.enabled=true
    -Dapicurio.rest.deletion.artifact.enabled=true
    -Dapicurio.rest.deletion.artifact-version.enabled=true
    # GET /subjects is capped at 1000 by default; test runs register many per-run subjects.
    -Dapicurio.ccompat.max-subjects=10000
  )
  if [[ -n "$REGISTRY_JDBC_URL" ]]; then
    storage="sql/postgresql $REGISTRY_JDBC_URL"
    props+=(
      -Dapicurio.storage.kind=sql
      -Dapicurio.storage.sql.kind=postgresql
      -Dapicurio.datasource.url="$REGISTRY_JDBC_URL"
      -Dapicurio.datasource.username="$REGISTRY_DB_USER"
      # small pool: the default keeps 20 idle connections open
      -Dapicurio.datasource.jdbc.initial-size=2
      -Dapicurio.datasource.jdbc.min-size=2
      -Dapicurio.datasource.jdbc.max-size=20
    )
  else
    storage="in-memory (h2) — schemas are lost on restart"
    warn "registry: no PostgreSQL database for the registry; using in-memory storage"
  fi
  echo "$storage" >"$RUN_DIR/registry.storage"
  log "registry: using $REGISTRY_JAVA (Java $(java_major "$REGISTRY_JAVA"))"
  log "registry: starting Apicurio Registry $REGISTRY_VERSION on $HOST:$REGISTRY_PORT (storage: $storage)"
  # The password goes through the environment, not the command line (visible in ps).
  APICURIO_DATASOURCE_PASSWORD="$REGISTRY_DB_PASS" \
    start_detached registry "$REGISTRY_LOG" "$PB_DIR" \
    "$REGISTRY_JAVA" -Xmx512m "${props[@]}" -jar "$jar"
  wait_for "registry ($REGISTRY_URL/subjects)" 120 "$(live_pid registry)" "$REGISTRY_LOG" registry_ready
}

# Global compatibility for the ccompat API (Apicurio's default is no rule = NONE).
registry_configure() {
  local current
  current="$("$CURL_BIN" -fsS --max-time 5 "$REGISTRY_URL/config" 2>/dev/null || true)"
  if [[ "$current" == *"\"$REGISTRY_COMPATIBILITY\""* ]]; then
    return 0
  fi
  if "$CURL_BIN" -fsS -o /dev/null --max-time 10 -X PUT \
    -H 'Content-Type: application/vnd.schemaregistry.v1+json' \
    --data "{\"compatibility\":\"$REGISTRY_COMPATIBILITY\"}" "$REGISTRY_URL/config"; then
    log "registry: global compatibility set to $REGISTRY_COMPATIBILITY (was: ${current:-unknown})"
  else
    warn "registry: could not set global compatibility to $REGISTRY_COMPATIBILITY"
  fi
}

registry_up() {
  local pid
  require_curl
  if pid="$(live_pid registry)"; then
    wait_for "registry ($REGISTRY_URL/subjects)" 120 "$pid" "$REGISTRY_LOG" registry_ready
    log "registry: already running (pid $pid) at $REGISTRY_URL"
  elif registry_ready; then
    log "registry: a healthy registry already answers at $REGISTRY_URL (not started by this checkout) — reusing it"
  elif port_open "$REGISTRY_PORT"; then
    die "registry: port $REGISTRY_PORT is taken by something that does not answer $REGISTRY_URL/subjects."
  else
    registry_start
  fi
  registry_configure
}

registry_down() {
  if live_pid registry >/dev/null; then
    stop_pid registry 30
  elif port_open "$REGISTRY_PORT"; then
    log "registry: running on $REGISTRY_PORT but not started by this checkout — leaving it"
  else
    rm -f "$(pid_file registry)"
    log "registry: not running"
  fi
}

registry_status() {
  local storage=""
  [[ -f "$RUN_DIR/registry.storage" ]] && storage="storage: $(cat "$RUN_DIR/registry.storage")"
  print_status registry "$REGISTRY_PORT" "$storage"
}

registry_healthy() { registry_ready; }
