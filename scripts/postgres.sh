#!/usr/bin/env bash
# A private, throwaway PostgreSQL cluster for the repository contract tests.
#
#   scripts/postgres.sh start   installs Debian's postgresql if missing, creates and starts the
#                               cluster (or reuses the running one), and prints the
#                               `export CLUBAIDE_TEST_PG_...=...` lines the tests read
#   scripts/postgres.sh env     prints those lines again
#   scripts/postgres.sh status  says whether the cluster runs
#   scripts/postgres.sh stop    stops the cluster and deletes it
#
# Use:  env_lines=$(scripts/postgres.sh start) && eval "$env_lines"
# Only the export lines go to standard output; progress goes to standard error. No systemd: the
# server runs under pg_ctl, on 127.0.0.1 and a socket directory of its own, never on port 5432.
#
# The default directory is under the top-level target/: `mvn clean` at the top level deletes it,
# so stop the cluster first (or choose another directory with CLUBAIDE_PG_DIR).
#
# Settings (environment):
#   CLUBAIDE_PG_DIR   where the cluster lives (default: target/postgres under the repository);
#                     as root, user postgres must be able to reach it
#   CLUBAIDE_PG_PORT  the first port to try (default 55432); the next free one is taken if busy
#   CLUBAIDE_PG_DURABLE  true keeps PostgreSQL's durable defaults (fsync, synchronous commit,
#                     full page writes), as a production server has them: the benchmarks use it
#                     (scripts/bench-data.sh); by default the throwaway test cluster turns them off
set -euo pipefail

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base_dir=${CLUBAIDE_PG_DIR:-$repo_root/target/postgres}
first_port=${CLUBAIDE_PG_PORT:-55432}
data_dir=$base_dir/data
socket_dir=$base_dir/socket
env_file=$base_dir/env
log_file=$base_dir/postgres.log
db_name=clubaide_test
db_user=clubaide_test
# The cluster's superuser is its owner's login, so that peer authentication on the socket lets
# the owner in: postgres when we run as root, ourselves otherwise.
if [[ $EUID -eq 0 ]]; then superuser=postgres; else superuser=$(id -un); fi

say() { echo "postgres.sh: $*" >&2; }
die() {
  say "$*"
  exit 1
}

# Runs a command as the owner of the cluster: user postgres when we are root (the server refuses
# to run as root), ourselves otherwise.
as_owner() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_bin() {
  local initdb
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n $initdb ]] && dirname "$initdb"
}

install_postgresql() {
  say "PostgreSQL is not installed: installing Debian's postgresql package"
  local -a run
  if [[ $EUID -eq 0 ]]; then
    run=(env DEBIAN_FRONTEND=noninteractive)
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    run=(sudo env DEBIAN_FRONTEND=noninteractive)
  else
    die "PostgreSQL is missing and this user can neither install it (not root, no sudo):" \
      "install the Debian package postgresql, then run this again"
  fi
  { "${run[@]}" apt-get update && "${run[@]}" apt-get install -y postgresql; } >&2 ||
    die "apt-get install postgresql failed"
}

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
  local port=$first_port
  while port_busy "$port"; do
    port=$((port + 1))
    ((port < first_port + 100)) || die "no free port between $first_port and $port"
  done
  echo "$port"
}

running() {
  local bin
  bin=$(pg_bin) || return 1
  [[ -f $data_dir/PG_VERSION ]] && as_owner "$bin/pg_ctl" -D "$data_dir" status >/dev/null 2>&1
}

print_env() {
  [[ -f $env_file ]] || die "no cluster: run scripts/postgres.sh start"
  cat "$env_file"
}

start_server() {
  local bin=$1 port=$2
  local options="-p $port -k $socket_dir -c listen_addresses=127.0.0.1"
  if [[ ${CLUBAIDE_PG_DURABLE:-} == true ]]; then
    say "starting PostgreSQL on 127.0.0.1:$port, durable (log: $log_file)"
  else
    say "starting PostgreSQL on 127.0.0.1:$port (log: $log_file)"
    # A throwaway test cluster: durability settings off, so tests do not wait for the disk.
    options+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  # The server outlives this script: it must not inherit our open files beyond the standard
  # three (a lock held by whoever called us, such as `flock`, would otherwise stay held for as
  # long as the server runs).
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      if ((fd > 2)); then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    as_owner "$bin/pg_ctl" -D "$data_dir" -l "$log_file" -w -t 60 -o "$options" start >&2
  ) </dev/null || die "PostgreSQL did not start; see $log_file"
}

create_cluster() {
  local bin=$1 port password
  rm -rf "$base_dir"
  mkdir -p "$base_dir"
  if [[ $EUID -eq 0 ]]; then
    chown postgres: "$base_dir"
    runuser -u postgres -- test -w "$base_dir" ||
      die "user postgres cannot write to $base_dir: set CLUBAIDE_PG_DIR to a directory it can reach"
  fi
  as_owner mkdir -m 700 "$socket_dir"
  say "creating a cluster in $data_dir"
  as_owner "$bin/initdb" -D "$data_dir" -U "$superuser" -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >"$base_dir/initdb.log" 2>&1 ||
    die "initdb failed; see $base_dir/initdb.log"
  port=$(free_port)
  start_server "$bin" "$port"
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  as_owner "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket_dir" -p "$port" -U "$superuser" -d postgres \
    -c "CREATE ROLE $db_user LOGIN PASSWORD '$password'" \
    -c "CREATE DATABASE $db_name OWNER $db_user" >&2 || die "could not create role and database"
  (
    umask 077
    cat >"$env_file" <<EOF
export CLUBAIDE_TEST_PG_HOST=127.0.0.1
export CLUBAIDE_TEST_PG_PORT=$port
export CLUBAIDE_TEST_PG_DB=$db_name
export CLUBAIDE_TEST_PG_USER=$db_user
export CLUBAIDE_TEST_PG_PASSWORD=$password
EOF
  )
}

start() {
  local bin port
  bin=$(pg_bin) || { install_postgresql && bin=$(pg_bin); } ||
    die "initdb is still missing after installing postgresql"
  if running && [[ -f $env_file ]]; then
    say "reusing the running cluster in $data_dir"
  elif [[ -f $data_dir/PG_VERSION && -f $env_file ]]; then
    # Left stopped (a reboot, a killed server): start it again, on its port if still free.
    port=$(sed -n 's/^export CLUBAIDE_TEST_PG_PORT=//p' "$env_file")
    if port_busy "$port"; then
      port=$(free_port)
      sed -i "s/^export CLUBAIDE_TEST_PG_PORT=.*/export CLUBAIDE_TEST_PG_PORT=$port/" "$env_file"
    fi
    start_server "$bin" "$port"
  else
    create_cluster "$bin"
  fi
  print_env
}

stop() {
  local bin
  if running; then
    bin=$(pg_bin)
    say "stopping PostgreSQL"
    as_owner "$bin/pg_ctl" -D "$data_dir" -m fast -w stop >&2
  fi
  rm -rf "$base_dir"
  say "removed $base_dir"
}

case ${1:-} in
  start) start ;;
  stop) stop ;;
  env) print_env ;;
  status)
    if running; then
      say "running ($data_dir)"
    else
      say "not running"
      exit 3
    fi
    ;;
  *)
    echo "usage: $0 start|env|status|stop" >&2
    exit 2
    ;;
esac
