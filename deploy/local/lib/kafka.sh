# shellcheck shell=bash
# Apache Kafka 4.4.0 in KRaft mode on loopback: one combined broker+controller on 127.0.0.1:29092
# (controller 29093) by default, or with `up --brokers 3` three combined nodes (29092/29093,
# 29094/29095, 29096/29097) with replication factor 3 and min.insync.replicas=2 as the defaults
# for every topic (the project's topics are created with the broker defaults).
# Jars come from Maven Central via deploy/local/kafka/pom.xml (no tarball, no Docker); kafkajs
# 2.2.4 negotiates protocol versions with the broker, and everything it is used for works on 4.x.

KAFKA_VERSION=4.4.0
KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_LOG_DIR="$LOG_DIR/kafka"
KAFKA_OUT="$KAFKA_LOG_DIR/kafka.out"        # stdout/stderr of node 1's JVM
KAFKA_NODES_FILE="$RUN_DIR/kafka.nodes"     # how many nodes the running cluster has
KAFKA_NODES=1                               # set by kafka_choose_nodes
MAVEN_DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

# shellcheck source=kafka-nodes.sh
source "$LOCAL_DIR/lib/kafka-nodes.sh"

kafka_fetch_jars() {
  [[ -f "$KAFKA_LIBS/.complete" ]] && return 0
  require_maven
  log "kafka: resolving kafka_2.13:$KAFKA_VERSION jars from Maven Central into $KAFKA_LIBS"
  local tmp="$KAFKA_LIBS.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  "$MVN_BIN" -q -B -Dstyle.color=never -f "$LOCAL_DIR/kafka/pom.xml" "$MAVEN_DEPENDENCY_PLUGIN:copy-dependencies" \
    -DoutputDirectory="$tmp" -DincludeScope=runtime ||
    { rm -rf "$tmp"; die "kafka: Maven could not resolve the Kafka jars (is Maven Central reachable?)."; }
  touch "$tmp/.complete"
  rm -rf "$KAFKA_LIBS"
  mv "$tmp" "$KAFKA_LIBS"
}

# Runs a Kafka class (tool) with the cached jars and quiet logging, bounded by KAFKA_TOOL_TIMEOUT.
kafka_class() { # kafka_class <main-class> args...
  timeout "${KAFKA_TOOL_TIMEOUT:-120}" "$KAFKA_JAVA" -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$LOCAL_DIR/kafka/tools-log4j2.properties" \
    -cp "$KAFKA_LIBS/*" "$@"
}

# Ready = every node of the cluster answers an ApiVersions request as a registered, unfenced
# broker (BrokerApiVersionsCommand prints one "(id: N rack: … isFenced: false)" line per broker
# the metadata knows). An open port alone is not enough: a node that has not joined the quorum
# accepts connections but cannot serve a consumer group's first rebalance.
kafka_cluster_ready() { # kafka_cluster_ready <nodes>
  local n=$1 out
  port_open "$(kafka_node_port 1)" || return 1
  out="$(KAFKA_TOOL_TIMEOUT=30 kafka_class org.apache.kafka.tools.BrokerApiVersionsCommand \
    --bootstrap-server "$(kafka_bootstrap "$n")" 2>/dev/null)" || return 1
  [[ "$(grep -cE '\(id: [0-9]+ .*isFenced: false\)' <<<"$out")" -ge "$n" ]] || return 1
  # …and the controller answers a metadata round trip (topic list) through the brokers.
  KAFKA_TOOL_TIMEOUT=30 kafka_class org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$(kafka_bootstrap "$n")" --list >/dev/null 2>&1
}

# The group coordinator answers: a DescribeGroups of a group nobody uses comes back "not found"
# from a coordinator. On a new cluster the first FindCoordinator creates __consumer_offsets, and
# until its partitions are loaded the broker answers COORDINATOR_NOT_AVAILABLE, which kafkajs
# reports as a non-retriable GroupCoordinatorNotFound (modules died of it on a cold CI broker).
kafka_coordinator_ready() { # kafka_coordinator_ready <nodes>
  KAFKA_TOOL_TIMEOUT=60 kafka_class org.apache.kafka.tools.consumer.group.ConsumerGroupCommand \
    --bootstrap-server "$(kafka_bootstrap "$1")" --describe --group playbook-infra-readiness 2>&1 |
    grep -qE 'GroupIdNotFoundException|does not exist'
}

# Broker count: --brokers N wins (refused if a cluster of another size runs); else the running
# cluster's; else one.
kafka_choose_nodes() { # kafka_choose_nodes [requested]
  local requested=${1:-} current=""
  kafka_any_live && current="$(cat "$KAFKA_NODES_FILE" 2>/dev/null || echo 1)"
  if [[ -n "$requested" ]]; then
    [[ "$requested" == 1 || "$requested" == 3 ]] || die "kafka: --brokers must be 1 or 3, not '$requested'."
    [[ -z "$current" || "$current" == "$requested" ]] ||
      die "kafka: a $current-broker cluster of this checkout is running; stop it first (npm run infra -- down), then up --brokers $requested."
    KAFKA_NODES=$requested
  else
    KAFKA_NODES=${current:-1}
  fi
}

kafka_start() {
  local i
  kafka_fetch_jars
  for ((i = 1; i <= KAFKA_NODES; i++)); do
    kafka_write_config "$i" "$KAFKA_NODES"
    kafka_format_storage "$i" "$KAFKA_NODES"
  done
  echo "$KAFKA_NODES" >"$KAFKA_NODES_FILE"
  for ((i = 1; i <= KAFKA_NODES; i++)); do kafka_node_start "$i" "$KAFKA_NODES"; done
  kafka_wait_ready
}

kafka_wait_ready() {
  wait_for "kafka ($KAFKA_NODES node(s) registered and answering)" 120 "$(live_pid kafka)" \
    "$(kafka_node_logs 1 "$KAFKA_NODES")/server.log" kafka_cluster_ready "$KAFKA_NODES"
  wait_for "kafka (group coordinator answering)" 120 "$(live_pid kafka)" \
    "$(kafka_node_logs 1 "$KAFKA_NODES")/server.log" kafka_coordinator_ready "$KAFKA_NODES"
}

kafka_up() { # kafka_up [requested-broker-count]
  [[ -n "$KAFKA_JAVA" ]] || require_java
  kafka_choose_nodes "${1:-}"
  if kafka_any_live; then
    kafka_fetch_jars
    local i
    # Restart nodes of ours that were stopped (e.g. by `infra broker stop 2`).
    for ((i = 1; i <= KAFKA_NODES; i++)); do
      live_pid "$(kafka_component "$i")" >/dev/null && continue
      kafka_write_config "$i" "$KAFKA_NODES"
      kafka_node_start "$i" "$KAFKA_NODES"
    done
    kafka_wait_ready
    log "kafka: running ($KAFKA_NODES node(s)) on $(kafka_bootstrap "$KAFKA_NODES")"
  elif port_open "$KAFKA_PORT"; then
    ((KAFKA_NODES == 1)) || die "kafka: port $KAFKA_PORT is taken by a broker this checkout did not start; cannot start $KAFKA_NODES brokers."
    kafka_fetch_jars
    kafka_cluster_ready 1 ||
      die "kafka: port $KAFKA_PORT is taken by something that does not answer Kafka metadata requests."
    log "kafka: a healthy broker already answers on $HOST:$KAFKA_PORT (not started by this checkout) — reusing it"
  else
    kafka_start
  fi
}

kafka_down() {
  local i pids=()
  if kafka_any_live; then
    # All at once: a node stopped after the others lost the controller quorum could not finish
    # its controlled shutdown and would wait for the SIGKILL.
    for i in 3 2 1; do
      live_pid "$(kafka_component "$i")" >/dev/null || continue
      stop_pid "$(kafka_component "$i")" 30 &
      pids+=($!)
    done
    wait "${pids[@]}"
  elif port_open "$KAFKA_PORT"; then
    log "kafka: running on $KAFKA_PORT but not started by this checkout — leaving it"
  else
    log "kafka: not running"
  fi
  rm -f "$(pid_file kafka)" "$(pid_file kafka-2)" "$(pid_file kafka-3)" "$KAFKA_NODES_FILE"
}

kafka_status() {
  local nodes i
  nodes="$(cat "$KAFKA_NODES_FILE" 2>/dev/null || echo 1)"
  for ((i = 1; i <= nodes; i++)); do print_status "$(kafka_component "$i")" "$(kafka_node_port "$i")"; done
}

kafka_healthy() { port_open "$KAFKA_PORT"; }

# The bootstrap list for .playbook/env: every node of the running (or chosen) cluster.
kafka_env_brokers() { kafka_bootstrap "$KAFKA_NODES"; }
