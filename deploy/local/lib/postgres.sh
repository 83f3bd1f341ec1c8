# shellcheck shell=bash
# PostgreSQL: a private cluster on 127.0.0.1:25432 (PLAYBOOK_PG_PORT) built from the machine's server binaries,
# or — when DATABASE_URL is already set to something else — that external server.
# Superuser postgres/playbook, scram-sha-256 on host connections, database `playbook`.
# Apicurio gets its own role + database `apicurio` for its SQL storage.

PG_DATA="$DATA_DIR/postgres"
PG_LOG="$LOG_DIR/postgres.log"
# When running as root and the repo sits where the postgres OS user cannot reach it (e.g. under
# /root, mode 700), the cluster lives in postgres' home instead, keyed by the repo path, and
# .playbook/data/postgres + .playbook/logs/postgres.log become symlinks to it.
PG_FALLBACK_DIR="/var/lib/postgresql/playbook/$(printf '%s' "${PLAYBOOK_STATE_DIR:-$REPO_ROOT}" | sha1sum | cut -c1-12)"
PG_SUPERUSER=postgres
PG_PASSWORD=playbook
PG_DB=playbook
PG_PRIVATE_URL="postgres://$PG_SUPERUSER:$PG_PASSWORD@$HOST:$PG_PORT/$PG_DB"

REGISTRY_DB=apicurio
REGISTRY_DB_USER=apicurio
REGISTRY_DB_PASS=apicurio
REGISTRY_JDBC_URL=""        # set by pg_prepare_registry_db; empty = use in-memory storage

# An inherited DATABASE_URL pointing at our own private cluster (e.g. after sourcing
# .playbook/env) is not "external".
pg_is_external() {
  [[ -n "${DATABASE_URL:-}" && "$DATABASE_URL" != "$PG_PRIVATE_URL" ]]
}

pg_url() {
  if pg_is_external; then echo "$DATABASE_URL"; else echo "$PG_PRIVATE_URL"; fi
}

# Same server, other database: replaces the path of a postgres:// URL.
pg_url_with_db() { # pg_url_with_db <url> <db>
  sed -E "s#^(postgres(ql)?://[^/?]*)(/[^?]*)?#\\1/$2#" <<<"$1"
}

# Finds the server binaries: the version the data dir was created with, else the newest.
pg_bindir() {
  local d ver
  if [[ -n "${PG_BIN:-}" ]]; then echo "$PG_BIN"; return; fi
  if [[ -f "$PG_DATA/PG_VERSION" ]]; then
    ver="$(cat "$PG_DATA/PG_VERSION")"
    [[ -x "/usr/lib/postgresql/$ver/bin/initdb" ]] && { echo "/usr/lib/postgresql/$ver/bin"; return; }
  fi
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r b; do
        [[ -x "$b/initdb" ]] && echo "$b"; done | tail -n1)"
  if [[ -z "$d" ]] && command -v initdb >/dev/null 2>&1; then d="$(dirname "$(command -v initdb)")"; fi
  echo "$d"
}

pg_require_binaries() {
  PGBIN="$(pg_bindir)"
  [[ -n "$PGBIN" && -x "$PGBIN/initdb" && -x "$PGBIN/pg_ctl" ]] ||
    die "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/<version>/bin (install e.g. postgresql-15, set PG_BIN, or set DATABASE_URL to use an existing server)."
}

# psql is needed even for an external server; any installed client will do.
pg_psql() {
  local bin="${PGBIN:-$(pg_bindir)}"
  if [[ -n "$bin" && -x "$bin/psql" ]]; then "$bin/psql" "$@"; else psql "$@"; fi
}

# initdb/pg_ctl refuse to run as root: run them as the postgres OS user then.
# (Callers pass resolved paths: .playbook/data/postgres may be a symlink, see PG_FALLBACK_DIR.)
pg_as_owner() {
  if [[ "$(id -u)" == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

pg_ready() {
  local bin="${PGBIN:-$(pg_bindir)}"
  [[ -x "$bin/pg_isready" ]] && "$bin/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 2
}

# Decides where the cluster lives (see PG_FALLBACK_DIR) before it is created.
pg_place_data_dir() {
  [[ -e "$PG_DATA" || -L "$PG_DATA" ]] && return 0
  [[ "$(id -u)" == 0 ]] || return 0
  id postgres >/dev/null 2>&1 || die "postgres: running as root needs the 'postgres' OS user (initdb refuses to run as root)."
  if ! runuser -u postgres -- test -x "$DATA_DIR"; then
    warn "postgres: the postgres OS user cannot reach $PB_DIR; keeping the cluster in $PG_FALLBACK_DIR (symlinked from .playbook)"
    mkdir -p "$PG_FALLBACK_DIR/data"
    chown -R postgres: "$(dirname "$PG_FALLBACK_DIR")"
    chmod 700 "$PG_FALLBACK_DIR/data"
    ln -sfn "$PG_FALLBACK_DIR/data" "$PG_DATA"
    touch "$PG_FALLBACK_DIR/postgres.log"
    ln -sfn "$PG_FALLBACK_DIR/postgres.log" "$PG_LOG"
  fi
}

pg_init_cluster() {
  [[ -f "$PG_DATA/PG_VERSION" ]] && return 0
  pg_place_data_dir
  log "postgres: initialising a private cluster in $PG_DATA ($PGBIN)"
  mkdir -p "$PG_DATA/"
  chmod 700 "$PG_DATA/"
  local pwfile
  pwfile="$(mktemp "${TMPDIR:-/tmp}/playbook-pgpass.XXXXXX")"
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  if [[ "$(id -u)" == 0 ]]; then
    chown -R postgres: "$PG_DATA/" "$pwfile"
  fi
  pg_as_owner "$PGBIN/initdb" -D "$(readlink -f "$PG_DATA")" -U "$PG_SUPERUSER" --pwfile="$pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 \
    >>"$PG_LOG" 2>&1 || { rm -f "$pwfile"; tail -n 20 "$PG_LOG" >&2; die "postgres: initdb failed (log: $PG_LOG)."; }
  rm -f "$pwfile"
  # Loopback only, no unix socket (so we never collide with the machine's own cluster).
  cat >>"$PG_DATA/postgresql.conf" <<EOF

# --- The Playbook local dev cluster (deploy/local/lib/postgres.sh) ---
listen_addresses = '$HOST'
port = $PG_PORT
unix_socket_directories = ''
password_encryption = 'scram-sha-256'
max_connections = 300
EOF
}

pg_start_private() {
  pg_require_binaries
  pg_init_cluster
  touch "$PG_LOG"
  [[ "$(id -u)" == 0 ]] && chown -h postgres: "$PG_LOG" && chown postgres: "$PG_LOG"
  log "postgres: starting on $HOST:$PG_PORT"
  # pg_ctl detaches the postmaster itself; setsid keeps it out of our session too.
  # The port is given on the command line: a cluster initialised under an earlier default keeps
  # that port in its postgresql.conf, and the command line wins over it.
  pg_as_owner setsid "$PGBIN/pg_ctl" -D "$(readlink -f "$PG_DATA")" -l "$(readlink -f "$PG_LOG")" \
    -o "-p $PG_PORT" -w -t 60 start >/dev/null ||
    { tail -n 20 "$PG_LOG" >&2; die "postgres: pg_ctl start failed (log: $PG_LOG)."; }
  head -n1 "$PG_DATA/postmaster.pid" >"$(pid_file postgres)"
  wait_for "postgres" 30 "" "$PG_LOG" pg_ready
}

pg_up() {
  if pg_is_external; then
    log "postgres: DATABASE_URL is set — using that server, not starting a private cluster"
    pg_psql "$(pg_url_with_db "$DATABASE_URL" postgres)" -qtAc 'select 1' >/dev/null 2>&1 ||
      pg_psql "$DATABASE_URL" -qtAc 'select 1' >/dev/null 2>&1 ||
      die "postgres: cannot connect to DATABASE_URL ($DATABASE_URL)."
  else
    PGBIN="$(pg_bindir)"
    if [[ -n "$PGBIN" ]] && live_pid postgres >/dev/null; then
      wait_for "postgres" 30 "$(live_pid postgres)" "$PG_LOG" pg_ready
      log "postgres: already running (pid $(live_pid postgres)) on $HOST:$PG_PORT"
    elif [[ -n "$PGBIN" ]] && ! live_pid postgres >/dev/null && pg_ready; then
      log "postgres: something healthy already answers on $HOST:$PG_PORT (not started by this checkout) — reusing it"
    elif port_open "$PG_PORT" && ! live_pid postgres >/dev/null; then
      die "postgres: port $PG_PORT is taken by something that is not a ready PostgreSQL server."
    else
      pg_start_private
    fi
  fi
  pg_ensure_databases
}

pg_sql() { # pg_sql <db> <sql>   (as the configured superuser/owner)
  pg_psql "$(pg_url_with_db "$(pg_url)" "$1")" -v ON_ERROR_STOP=1 -qtAc "$2"
}

pg_ensure_databases() {
  local target
  target="$(sed -E 's#^postgres(ql)?://[^/]*/?([^?]*).*#\2#' <<<"$(pg_url)")"
  target="${target:-$PG_DB}"
  if [[ "$(pg_sql postgres "select 1 from pg_database where datname = '$target'" 2>/dev/null)" != 1 ]]; then
    if pg_sql postgres "create database \"$target\"" >/dev/null 2>&1; then
      log "postgres: created database $target"
    else
      warn "postgres: could not check/create database '$target' (continuing)"
    fi
  fi
  pg_prepare_registry_db
}

# Role + database for Apicurio's SQL storage; leaves REGISTRY_JDBC_URL empty on failure.
pg_prepare_registry_db() {
  local hostport
  if pg_is_external; then
    # postgres://user:pass@host:port/db → reuse the same credentials for database `apicurio`
    if [[ "$DATABASE_URL" =~ ^postgres(ql)?://([^:@/]+)(:([^@]*))?@([^/?]+) ]]; then
      REGISTRY_DB_USER="${BASH_REMATCH[2]}"
      REGISTRY_DB_PASS="${BASH_REMATCH[4]}"
      hostport="${BASH_REMATCH[5]}"
    else
      warn "registry: cannot parse DATABASE_URL for credentials; the registry will use in-memory storage"
      return 0
    fi
  else
    hostport="$HOST:$PG_PORT"
    pg_sql postgres "do \$\$ begin
        if not exists (select from pg_roles where rolname = '$REGISTRY_DB_USER') then
          create role $REGISTRY_DB_USER login password '$REGISTRY_DB_PASS';
        end if; end \$\$" >/dev/null 2>&1 ||
      { warn "registry: could not create role $REGISTRY_DB_USER; using in-memory storage"; return 0; }
  fi
  if [[ "$(pg_sql postgres "select 1 from pg_database where datname = '$REGISTRY_DB'" 2>/dev/null)" != 1 ]]; then
    local owner=""
    pg_is_external || owner=" owner $REGISTRY_DB_USER"
    pg_sql postgres "create database $REGISTRY_DB$owner" >/dev/null 2>&1 ||
      { warn "registry: could not create database $REGISTRY_DB; using in-memory storage"; return 0; }
    log "postgres: created database $REGISTRY_DB for the schema registry"
  fi
  REGISTRY_JDBC_URL="jdbc:postgresql://$hostport/$REGISTRY_DB"
}

pg_down() {
  if ! live_pid postgres >/dev/null; then
    rm -f "$(pid_file postgres)"
    if pg_is_external; then log "postgres: external (DATABASE_URL) — nothing to stop"
    elif port_open "$PG_PORT"; then log "postgres: running on $PG_PORT but not started by this checkout — leaving it"
    else log "postgres: not running"; fi
    return 0
  fi
  PGBIN="$(pg_bindir)"
  log "postgres: stopping (pg_ctl stop -m fast)"
  pg_as_owner "$PGBIN/pg_ctl" -D "$(readlink -f "$PG_DATA")" -m fast -w -t 60 stop >/dev/null ||
    stop_pid postgres 10
  rm -f "$(pid_file postgres)"
}

pg_status() {
  if pg_is_external; then
    printf '%-9s %-8s %-22s %s\n' postgres external "${DATABASE_URL#*@}" "(DATABASE_URL)"
  else
    print_status postgres "$PG_PORT"
  fi
}

pg_healthy() {
  if pg_is_external; then pg_psql "$DATABASE_URL" -qtAc 'select 1' >/dev/null 2>&1
  else PGBIN="$(pg_bindir)"; [[ -n "$PGBIN" ]] && pg_ready; fi
}

# For `down --purge`: the cluster may live outside the repo (see PG_FALLBACK_DIR).
pg_purge() {
  if [[ -L "$PG_DATA" ]]; then
    rm -rf "$(readlink -f "$PG_DATA")" "$PG_FALLBACK_DIR"
  fi
  rm -rf "$PG_DATA"
}
