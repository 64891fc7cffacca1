#!/usr/bin/env bash
# Starts the topology of docker-compose.cluster.yml as local processes on loopback: one private
# PostgreSQL server (Debian's binaries) and three `sloth node run` processes reading the same
# config files (cluster-config/node1.json, node2.json, node3.json). Only the PostgreSQL connection
# string differs from compose; every node gets it in SLOTH_POSTGRES (as in compose).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"

# The files, database and user this script shares with docker-compose.cluster.yml
# (tests/SlothActors.Integration.Tests/Cluster/ComposeConfigTests.cs checks they agree).
NODE_CONFIGS=(node1.json node2.json node3.json)
PG_USER=sloth
PG_DB=sloth

HEALTH_DEADLINE_SECONDS=90
STOP_DEADLINE_SECONDS=45

usage() {
  cat <<EOF
Usage: cluster-config/run-local-cluster.sh [start] [options]
       cluster-config/run-local-cluster.sh stop [--data-dir DIR]
       cluster-config/run-local-cluster.sh status [--data-dir DIR]

Starts a 3-node SlothActors cluster on 127.0.0.1: a private PostgreSQL server (installed from
Debian with apt-get when missing) and one node per config file in cluster-config/
(${NODE_CONFIGS[*]}), then waits until every node answers /health.

Options:
  --data-dir DIR     where the database, node logs and pid files live
                     (default: \${TMPDIR:-/tmp}/sloth-local-cluster-\$(id -u)); kept between runs
  --pg-port PORT     port of the private PostgreSQL server (default: the last one used, else a free one)
  --pg CONNSTRING    use this PostgreSQL instead of starting one (e.g. "Host=db;Username=sloth;Database=sloth;Password=...")
  --port-offset N    add N to each node's Port and RemotePort from its config file, and to
                     the seeds' ports (to run beside another cluster)
  --sloth DLL        run this sloth.dll instead of building src/SlothActors.Cli
  --foreground       stay attached; Ctrl-C stops everything (the default)
  --background       return once the cluster is up; pids in DIR/*.pid; stop with 'stop'
  -h, --help         this text

Environment: SLOTH_SECRET_KEY (base64, 32 bytes) is the key every node encrypts secrets with;
when unset one is made once and kept in DIR/secret.key. SLOTH_TOKEN, when set, is required by
every node and sent by the CLI.
EOF
}

log() { printf '==> %s\n' "$*"; }
die() { printf 'run-local-cluster.sh: %s\n' "$*" >&2; exit 1; }

command_name=start
data_dir="${TMPDIR:-/tmp}/sloth-local-cluster-$(id -u)"
pg_port=""
pg_conn=""
port_offset=0
sloth_dll=""
foreground=1

while [ $# -gt 0 ]; do
  case "$1" in
    --data-dir) data_dir="${2:?--data-dir needs a directory}"; shift 2 ;;
    --pg-port) pg_port="${2:?--pg-port needs a port}"; shift 2 ;;
    --pg) pg_conn="${2:?--pg needs a connection string}"; shift 2 ;;
    --port-offset) port_offset="${2:?--port-offset needs a number}"; shift 2 ;;
    --sloth) sloth_dll="${2:?--sloth needs the path of sloth.dll}"; shift 2 ;;
    --foreground) foreground=1; shift ;;
    --background) foreground=0; shift ;;
    -h|--help) usage; exit 0 ;;
    start|stop|status) command_name="$1"; shift ;;
    -*) usage >&2; die "unknown option '$1'" ;;
    *) usage >&2; die "unknown command '$1'" ;;
  esac
done
[[ "$pg_port" =~ ^[0-9]*$ ]] || die "--pg-port must be a number, not '$pg_port'"
[[ "$port_offset" =~ ^[0-9]+$ ]] || die "--port-offset must be a number, not '$port_offset'"
mkdir -p "$data_dir"
data_dir="$(cd "$data_dir" && pwd)"
pg_dir="$data_dir/pg"

# --- PostgreSQL ----------------------------------------------------------------------------
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

# initdb refuses to run as root: when we are root, the server runs as the postgres user.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for port in $(seq 15432 15532); do
    if port_free "$port"; then echo "$port"; return 0; fi
  done
  die "no free port in 15432-15532 for PostgreSQL; pass --pg-port"
}

start_postgres() {
  "$ROOT/tests/install-postgres.sh"
  local bin; bin="$(pg_bin)"
  [ -n "$bin" ] || die "no /usr/lib/postgresql/*/bin after installing PostgreSQL"
  if [ -z "$pg_port" ]; then
    pg_port="$(cat "$data_dir/pg-port" 2>/dev/null || free_port)"
  fi
  echo "$pg_port" > "$data_dir/pg-port"
  if [ ! -s "$data_dir/pg-password" ]; then
    (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$data_dir/pg-password")
  fi
  if [ ! -f "$pg_dir/PG_VERSION" ]; then
    log "initdb $pg_dir (user $PG_USER, password in $data_dir/pg-password)"
    mkdir -p "$pg_dir"
    chmod 755 "$data_dir"
    local pwfile="$pg_dir.pwfile"
    (umask 077; cp "$data_dir/pg-password" "$pwfile")
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir" "$pwfile"; fi
    as_pg "$bin/initdb" -D "$pg_dir" -U "$PG_USER" --auth=scram-sha-256 --pwfile="$pwfile" >/dev/null
    rm -f "$pwfile"
  fi
  if as_pg "$bin/pg_ctl" -D "$pg_dir" status >/dev/null 2>&1; then
    log "PostgreSQL already running in $pg_dir"
  else
    log "PostgreSQL on 127.0.0.1:$pg_port"
    as_pg "$bin/pg_ctl" -D "$pg_dir" -l "$pg_dir/server.log" -w -t 60 \
      -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1" start >/dev/null \
      || die "PostgreSQL did not start; see $pg_dir/server.log"
  fi
  local password; password="$(cat "$data_dir/pg-password")"
  if ! PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$pg_port" -U "$PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$PG_DB'" | grep -q 1; then
    PGPASSWORD="$password" "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U "$PG_USER" "$PG_DB"
  fi
  pg_conn="Host=127.0.0.1;Port=$pg_port;Username=$PG_USER;Password=$password;Database=$PG_DB"
}

stop_postgres() {
  local bin; bin="$(pg_bin)"
  if [ -n "$bin" ] && [ -f "$pg_dir/postmaster.pid" ]; then
    log "stopping PostgreSQL"
    as_pg "$bin/pg_ctl" -D "$pg_dir" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

# --- nodes ---------------------------------------------------------------------------------
config_port() { sed -n 's/^ *"Port": *\([0-9][0-9]*\).*/\1/p' "$HERE/$1" | head -n 1; }
config_remote_port() { sed -n 's/^ *"RemotePort": *\([0-9][0-9]*\).*/\1/p' "$HERE/$1" | head -n 1; }
# The seeds with their ports moved by the offset, as one comma list for --seed.
offset_seeds() {
  local seeds=() seed
  for seed in $(sed -n 's/^ *"\(akka\.tcp:\/\/[^"]*\)",\{0,1\} *$/\1/p' "$HERE/$1"); do
    seeds+=("${seed%:*}:$(( ${seed##*:} + port_offset ))")
  done
  (IFS=,; echo "${seeds[*]}")
}
node_id() { basename "$1" .json; }

healthy() {
  local reply
  reply="$(timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && head -n 1 <&3" 2>/dev/null)" || return 1
  [[ "$reply" == *" 200 "* ]]
}

build_cli() {
  if [ -n "$sloth_dll" ]; then
    [ -f "$sloth_dll" ] || die "--sloth $sloth_dll: no such file"
    sloth_dll="$(cd "$(dirname "$sloth_dll")" && pwd)/$(basename "$sloth_dll")"
    return
  fi
  log "building the CLI (dotnet publish src/SlothActors.Cli -> $data_dir/bin)"
  dotnet publish "$ROOT/src/SlothActors.Cli/SlothActors.Cli.csproj" -c Release -o "$data_dir/bin" -nologo -v:q >/dev/null
  sloth_dll="$data_dir/bin/sloth.dll"
}

start_node() {
  local config="$1" id port pid_file
  id="$(node_id "$config")"
  port=$(( $(config_port "$config") + port_offset ))
  pid_file="$data_dir/$id.pid"
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    die "$id is already running (pid $(cat "$pid_file")); run '$0 stop --data-dir $data_dir' first"
  fi
  port_free "$port" || die "port $port for $id is taken; pass --port-offset N"
  port_free "$(( $(config_remote_port "$config") + port_offset ))" || die "remoting port $(( $(config_remote_port "$config") + port_offset )) for $id is taken; pass --port-offset N"
  mkdir -p "$data_dir/$id"
  # The connection string (it holds the password) goes through the environment, not --pg, so
  # that it never shows in `ps`.
  local args=(node run --config "$HERE/$config" --data-dir "$data_dir/$id")
  if [ "$port_offset" -ne 0 ]; then
    args+=(--port "$port" --advertise-address "http://127.0.0.1:$port")
    args+=(--remote-port "$(( $(config_remote_port "$config") + port_offset ))" --seed "$(offset_seeds "$config")")
  fi
  # The config files are the whole story: SLOTH_* settings of the caller's shell would override them.
  local launcher=()
  if [ "$foreground" -eq 0 ]; then launcher=(setsid); fi
  (cd "$data_dir/$id" && exec env -u SLOTH_PORT -u SLOTH_BIND -u SLOTH_NODE_NAME -u SLOTH_ADVERTISE_ADDRESS \
    -u SLOTH_STORAGE -u SLOTH_DATA_DIR -u SLOTH_ROLES -u SLOTH_HOOKS_DIR -u SLOTH_REMOTE_HOST -u SLOTH_REMOTE_PORT \
    -u SLOTH_ADVERTISE_HOST -u SLOTH_SEEDS -u SLOTH_REMOTE_INSECURE SLOTH_POSTGRES="$pg_conn" \
    "${launcher[@]}" dotnet "$sloth_dll" "${args[@]}" >"$data_dir/$id.log" 2>&1 < /dev/null) &
  echo $! > "$pid_file"
  echo "$port" > "$data_dir/$id.port"
  log "$id: pid $!, http://127.0.0.1:$port, log $data_dir/$id.log"
}

wait_healthy() {
  local config="$1" id port deadline
  id="$(node_id "$config")"
  port="$(cat "$data_dir/$id.port")"
  deadline=$(( $(date +%s) + HEALTH_DEADLINE_SECONDS ))
  until healthy "$port"; do
    if ! kill -0 "$(cat "$data_dir/$id.pid")" 2>/dev/null; then
      tail -n 20 "$data_dir/$id.log" >&2 || true
      die "$id exited during start-up; see $data_dir/$id.log"
    fi
    if [ "$(date +%s)" -ge "$deadline" ]; then
      tail -n 20 "$data_dir/$id.log" >&2 || true
      die "$id did not answer /health on port $port within ${HEALTH_DEADLINE_SECONDS}s"
    fi
    sleep 0.2
  done
}

stop_nodes() {
  local pids=() config pid_file pid
  for config in "${NODE_CONFIGS[@]}"; do
    pid_file="$data_dir/$(node_id "$config").pid"
    if [ -f "$pid_file" ]; then
      pid="$(cat "$pid_file")"
      if kill -0 "$pid" 2>/dev/null; then
        log "stopping $(node_id "$config") (pid $pid)"
        kill -TERM "$pid" 2>/dev/null || true
        pids+=("$pid")
      fi
      rm -f "$pid_file"
    fi
  done
  local deadline=$(( $(date +%s) + STOP_DEADLINE_SECONDS ))
  for pid in "${pids[@]}"; do
    while kill -0 "$pid" 2>/dev/null && [ "$(date +%s)" -lt "$deadline" ]; do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      log "pid $pid did not stop within ${STOP_DEADLINE_SECONDS}s: SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  done
}

stop_all() {
  trap - INT TERM EXIT
  stop_nodes
  stop_postgres
  log "stopped; data kept in $data_dir (delete it for a fresh cluster)"
}

cli_hint() {
  # The CLI talks to a node's command host over Akka remoting, not to its HTTP port.
  local first; first="$(( $(config_remote_port "${NODE_CONFIGS[0]}") + port_offset ))"
  local sloth="dotnet $sloth_dll"
  if [ -x "${sloth_dll%.dll}" ]; then sloth="${sloth_dll%.dll}"; fi
  cat <<EOF

The cluster is up: ${#NODE_CONFIGS[@]} nodes on ${pg_port:+PostgreSQL 127.0.0.1:}${pg_port:-the PostgreSQL given with --pg}.
  $sloth --node 127.0.0.1:$first cluster show
  $sloth --node 127.0.0.1:$first cluster tail
  $sloth --node 127.0.0.1:$first hook add hooks/task_failure_notify.lua
Node logs: $data_dir/node*.log
EOF
}

# --- commands ------------------------------------------------------------------------------
case "$command_name" in
  stop)
    stop_all
    exit 0
    ;;
  status)
    for config in "${NODE_CONFIGS[@]}"; do
      id="$(node_id "$config")"
      port="$(cat "$data_dir/$id.port" 2>/dev/null || echo "?")"
      if [ "$port" != "?" ] && healthy "$port"; then state=healthy; else state="not answering"; fi
      echo "$id: port $port, $state"
    done
    exit 0
    ;;
esac

command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK (dotnet) is required"
if [ -z "${SLOTH_SECRET_KEY:-}" ]; then
  if [ ! -s "$data_dir/secret.key" ]; then
    (umask 077; head -c 32 /dev/urandom | base64 > "$data_dir/secret.key")
  fi
  SLOTH_SECRET_KEY="$(cat "$data_dir/secret.key")"
fi
export SLOTH_SECRET_KEY

trap 'stop_all; exit 130' INT TERM
trap 'status=$?; if [ "$status" -ne 0 ]; then stop_all; fi' EXIT
build_cli
if [ -z "$pg_conn" ]; then
  start_postgres
fi
for config in "${NODE_CONFIGS[@]}"; do
  [ -f "$HERE/$config" ] || die "missing config file $HERE/$config"
  start_node "$config"
done
for config in "${NODE_CONFIGS[@]}"; do
  wait_healthy "$config"
done
cli_hint

if [ "$foreground" -eq 0 ]; then
  trap - INT TERM EXIT
  echo "Running in the background; stop it with: $0 stop --data-dir $data_dir"
  exit 0
fi
echo "Ctrl-C stops the cluster."
# Returns when every node has exited (each after a `cluster leave`, or through 'stop').
wait
stop_all
