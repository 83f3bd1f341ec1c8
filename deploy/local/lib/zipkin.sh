# shellcheck shell=bash
# Trace viewer: Zipkin server 3.6.1 (io.zipkin:zipkin-server:3.6.1:exec from Maven Central), Java 17+,
# in-memory storage, UI and API on http://127.0.0.1:29411 (PLAYBOOK_ZIPKIN_PORT). It accepts Zipkin v2
# JSON at /api/v2/spans (not OTLP): services export to it with the OpenTelemetry Zipkin exporter when
# OTEL_EXPORTER_ZIPKIN_ENDPOINT is set (npm start sets it from PLAYBOOK_ZIPKIN_URL in .playbook/env).

ZIPKIN_VERSION=3.6.1
ZIPKIN_ARTIFACT="io.zipkin:zipkin-server:$ZIPKIN_VERSION:jar:exec"
ZIPKIN_JAR="$CACHE_DIR/zipkin-server-$ZIPKIN_VERSION-exec.jar"
ZIPKIN_LOG="$LOG_DIR/zipkin.log"
ZIPKIN_URL="http://$HOST:$ZIPKIN_PORT"

zipkin_fetch() {
  [[ -s "$ZIPKIN_JAR" ]] && return 0
  require_maven
  log "zipkin: fetching $ZIPKIN_ARTIFACT from Maven Central"
  local dl="$CACHE_DIR/downloads"
  mkdir -p "$dl"
  (cd "$dl" && "$MVN_BIN" -q -B -Dstyle.color=never "$MAVEN_DEPENDENCY_PLUGIN:copy" \
    -Dartifact="$ZIPKIN_ARTIFACT" -DoutputDirectory="$dl") ||
    die "zipkin: Maven could not fetch $ZIPKIN_ARTIFACT (is Maven Central reachable?)."
  [[ -s "$dl/zipkin-server-$ZIPKIN_VERSION-exec.jar" ]] || die "zipkin: the Maven download left no jar in $dl."
  mv "$dl/zipkin-server-$ZIPKIN_VERSION-exec.jar" "$ZIPKIN_JAR"
}

zipkin_ready() {
  "$CURL_BIN" -fsS -o /dev/null --max-time 3 "$ZIPKIN_URL/health" 2>/dev/null
}

zipkin_start() {
  [[ -n "$KAFKA_JAVA" ]] || require_java
  zipkin_fetch
  log "zipkin: starting Zipkin $ZIPKIN_VERSION (in-memory) on $ZIPKIN_URL"
  # -Dplaybook.home names this checkout on the command line, so `down` stops only its own Zipkin.
  STORAGE_TYPE=mem QUERY_PORT="$ZIPKIN_PORT" ARMERIA_PORTS_0_IP="$HOST" ARMERIA_PORTS_0_PORT="$ZIPKIN_PORT" \
    start_detached zipkin "$ZIPKIN_LOG" "$PB_DIR" \
    "$KAFKA_JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dplaybook.home="$PB_DIR" \
    -Darmeria.ports[0].ip="$HOST" -Darmeria.ports[0].port="$ZIPKIN_PORT" -Darmeria.ports[0].protocols=http \
    -jar "$ZIPKIN_JAR" --zipkin.storage.type=mem --zipkin.storage.mem.max-spans=200000
  wait_for "zipkin ($ZIPKIN_URL/health)" 120 "$(live_pid zipkin)" "$ZIPKIN_LOG" zipkin_ready
}

zipkin_up() {
  local pid
  if pid="$(live_pid zipkin)"; then
    wait_for "zipkin ($ZIPKIN_URL/health)" 120 "$pid" "$ZIPKIN_LOG" zipkin_ready
    log "zipkin: already running (pid $pid) at $ZIPKIN_URL"
  elif zipkin_ready; then
    log "zipkin: a Zipkin already answers at $ZIPKIN_URL (not started by this checkout) — reusing it"
  elif port_open "$ZIPKIN_PORT"; then
    die "zipkin: port $ZIPKIN_PORT is taken by something that does not answer $ZIPKIN_URL/health."
  else
    zipkin_start
  fi
}

zipkin_down() {
  if live_pid zipkin >/dev/null; then stop_pid zipkin 20; else rm -f "$(pid_file zipkin)"; fi
}

zipkin_status() { print_status zipkin "$ZIPKIN_PORT"; }
zipkin_healthy() { zipkin_ready; }
