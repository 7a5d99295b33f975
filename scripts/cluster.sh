#!/usr/bin/env bash
# A private PolicyArchive cluster on this machine, to try and to test the deployment shape of deploy/:
# a PostgreSQL server from Debian's packages (a temporary data folder, 127.0.0.1, a free port), three app nodes, each with
# its own data folder and index, and nginx in front of them (deploy/nginx.conf).
#
#   scripts/cluster.sh up [NODES]       start everything (default 3 nodes); prints the address and the node ports
#   scripts/cluster.sh down             stop everything and remove the cluster's folder
#   scripts/cluster.sh postgres-up DIR  only a PostgreSQL server in DIR; prints its connection string (used by scripts/test.sh)
#   scripts/cluster.sh postgres-down DIR
#   scripts/cluster.sh postgres-stop DIR | postgres-start DIR   (the tests restart the server under running nodes)
#
# The folder is $CLUSTER_DIR (default /tmp/policyarchive-cluster). An administrator is created when ARCHIVE_ADMIN_EMAIL and
# ARCHIVE_ADMIN_PASSWORD are set (no default credentials). Needs root (or sudo) the first time to install the packages.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
dir="${CLUSTER_DIR:-/tmp/policyarchive-cluster}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local need=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || need+=(postgresql)
  [ "${1:-}" = nginx ] && ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ] && need+=(nginx)
  if [ ${#need[@]} -gt 0 ]; then
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

# PostgreSQL refuses to run as root: the server runs as the postgres user in a folder it owns.
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

postgres_up() {
  local pgdir="$1/pg" port
  install_missing
  mkdir -p "$pgdir"
  chmod 755 "$1"
  [ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
  port=$(free_port)
  as_postgres "$(pg_bin)/initdb" -D "$pgdir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  echo "$port" > "$1/pg.port"
  postgres_start "$1"
  echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
}

# Trust on 127.0.0.1 only: a private server for trying and testing. A real deployment uses passwords (docs/operations.md).
postgres_start() {
  local pgdir="$1/pg"
  as_postgres "$(pg_bin)/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $(cat "$1/pg.port") -k $pgdir -c max_connections=300 -c fsync=off" start >/dev/null
}

postgres_down() {
  local pgdir="$1/pg"
  [ -d "$pgdir/data" ] && as_postgres "$(pg_bin)/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1 || true
}

app_dll() {
  local dll="${ARCHIVE_APP_DLL:-$repo/src/PolicyArchive.Web/bin/Debug/net10.0/PolicyArchive.Web.dll}"
  [ -f "$dll" ] || dotnet build "$repo/src/PolicyArchive.Web" --nologo -v q >&2
  echo "$dll"
}

# Each node names itself in X-Archive-Node and believes X-Forwarded-For from the nginx on this machine (rate limits per client).
node_env() { # node number, base port
  echo "ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS=http://127.0.0.1:$(( $2 + $1 )) ASPNETCORE_CONTENTROOT=$repo/src/PolicyArchive.Web" \
       "Archive__Store=PostgreSQL Archive__DataDirectory=$dir/node$1 Archive__SeedsDirectory=$repo/seeds" \
       "Archive__NodeName=node$1 Archive__KnownProxies__0=127.0.0.1"
}

up() {
  local nodes="${1:-3}" base port conn dll
  [ -e "$dir" ] && { echo "$dir exists: run '$0 down' first" >&2; exit 1; }
  mkdir -p "$dir"
  install_missing nginx
  conn="$(postgres_up "$dir" | sed 's/Database=postgres/Database=archive/')"
  as_postgres "$(pg_bin)/createdb" -h 127.0.0.1 -p "$(cat "$dir/pg.port")" -U postgres archive
  echo "$conn" > "$dir/connection"
  dll="$(app_dll)"
  # Migrations once, before any node serves (nodes starting together would take turns on the same lock anyway).
  ASPNETCORE_CONTENTROOT="$repo/src/PolicyArchive.Web" ConnectionStrings__Archive="$conn" Archive__Store=PostgreSQL \
    Archive__DataDirectory="$dir/migrate" dotnet "$dll" migrate
  base=$(( $(free_port) % 20000 + 20000 ))
  echo "$base" > "$dir/base.port"
  for i in $(seq 1 "$nodes"); do
    mkdir -p "$dir/node$i"
    env $(node_env "$i" "$base") ConnectionStrings__Archive="$conn" \
      ${ARCHIVE_ADMIN_EMAIL:+Archive__Admin__Email="$ARCHIVE_ADMIN_EMAIL"} ${ARCHIVE_ADMIN_PASSWORD:+Archive__Admin__Password="$ARCHIVE_ADMIN_PASSWORD"} \
      nohup dotnet "$dll" --no-launch-profile > "$dir/node$i.log" 2>&1 &
    echo $! > "$dir/node$i.pid"
  done
  port=$(free_port)
  { echo "pid $dir/nginx.pid; error_log $dir/nginx-error.log; worker_processes 1;"
    echo "events { worker_connections 512; }"
    echo "http { access_log $dir/nginx-access.log;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "${t}_temp_path $dir/nginx-$t;"; done
    sed -e '/^\s*server 127.0.0.1:51/d' -e "s/listen 127.0.0.1:8080;/listen 127.0.0.1:$port;/" \
        -e "s/^upstream policyarchive_nodes {/upstream policyarchive_nodes {\n$(for i in $(seq 1 "$nodes"); do printf '    server 127.0.0.1:%s max_fails=2 fail_timeout=5s;\\n' $(( base + i )); done)/" \
        "$repo/deploy/nginx.conf"
    echo "}"; } > "$dir/nginx.conf"
  local nginx; nginx="$(command -v nginx || echo /usr/sbin/nginx)"
  "$nginx" -c "$dir/nginx.conf" -p "$dir" -e "$dir/nginx-error.log"
  echo "$port" > "$dir/nginx.port"
  for i in $(seq 1 "$nodes"); do
    for _ in $(seq 1 240); do
      curl -fs "http://127.0.0.1:$(( base + i ))/healthz" >/dev/null && break
      sleep 0.5
    done
    echo "node $i: http://127.0.0.1:$(( base + i )) ($(curl -s "http://127.0.0.1:$(( base + i ))/healthz"))"
  done
  echo "cluster: http://127.0.0.1:$port (nginx in front of $nodes nodes); store: $conn; folder: $dir"
}

down() {
  local pids=()
  for pidfile in "$dir"/node*.pid "$dir/nginx.pid"; do
    [ -f "$pidfile" ] && pids+=("$(cat "$pidfile")")
  done
  [ ${#pids[@]} -gt 0 ] && kill "${pids[@]}" 2>/dev/null || true
  # Nodes close their indexes on SIGTERM: their folders go only once they have exited.
  for _ in $(seq 1 60); do
    alive=0
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" -eq 0 ] && break
    sleep 0.5
  done
  postgres_down "$dir"
  rm -rf "$dir"
}

case "${1:-}" in
  up) up "${2:-3}" ;;
  down) down ;;
  postgres-up) mkdir -p "$2"; postgres_up "$2" ;;
  postgres-down) postgres_down "$2"; rm -rf "$2" ;;
  postgres-stop) postgres_down "$2" ;;
  postgres-start) postgres_start "$2" ;;
  *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
