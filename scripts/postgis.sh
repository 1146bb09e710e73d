#!/usr/bin/env bash
# A private PostGIS cluster for tests and local runs: installed from Debian if missing, run as the
# postgres user, listening only on 127.0.0.1 on its own port.
# Usage: scripts/postgis.sh start|stop|status|url|pgpass
# Authentication: a random password (SCRAM) for every connection; no one is trusted.
# The password is kept in a pgpass file (`pgpass` prints its path): psql, MapServer and the JDBC
# driver read it through PGPASSFILE, and `url` puts it in the JDBC URL.
set -euo pipefail
PGPORT=${PLANVAKT_PG_PORT:-55433}
BASE=${PLANVAKT_RUN_DIR:-/tmp/planvakt-run-$PGPORT}
DB=${PLANVAKT_PG_DB:-planvakt}
PGDATA=$BASE/pg/data
PGPASS=$BASE/pgpass
export PGPASSFILE=$PGPASS
export DEBIAN_FRONTEND=noninteractive

pgbin() {
  local v
  for v in 17 16 15; do [ -x /usr/lib/postgresql/$v/bin/initdb ] && { echo /usr/lib/postgresql/$v/bin; return; }; done
  return 1
}

install_pkgs() {
  # pgRouting too: the service measures network distances with it.
  if { dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1 || ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; } \
      && ls /usr/share/postgresql/*/extension/pgrouting.control >/dev/null 2>&1; then
    return
  fi
  echo "postgis.sh: installing PostgreSQL + PostGIS from Debian packages" >&2
  # Keep Debian from creating and starting its default cluster: we run our own.
  mkdir -p /etc/postgresql-common/createcluster.d
  echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/00-planvakt-no-main.conf
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql-15 postgresql-15-postgis-3 postgresql-15-postgis-3-scripts postgresql-15-pgrouting >/dev/null
}

as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

password() {
  [ -f "$PGPASS" ] || return 0
  sed -n 's/^[^:]*:[^:]*:[^:]*:postgres://p' "$PGPASS" | head -1
}

# The password file for libpq and the JDBC driver: host:port:database:user:password, mode 600.
write_pgpass() {
  (umask 077; echo "127.0.0.1:$PGPORT:*:postgres:$1" > "$PGPASS")
}

# SCRAM for everyone, over TCP and on the socket.
write_hba() {
  as_pg tee "$PGDATA/pg_hba.conf" >/dev/null <<HBA
# Written by scripts/postgis.sh: no trust authentication.
local all all scram-sha-256
host  all all 127.0.0.1/32 scram-sha-256
HBA
}

start() {
  install_pkgs
  local bin; bin=$(pgbin)
  mkdir -p "$BASE/pg" "$BASE/sock"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$BASE/pg" "$BASE/sock"; fi
  chmod 700 "$BASE/pg"
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    local pw pwfile
    pw=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    pwfile="$BASE/pg/initdb.pw"
    (umask 077; echo "$pw" > "$pwfile")
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$pwfile"; fi
    as_pg "$bin/initdb" -D "$PGDATA" -U postgres --pwfile="$pwfile" -A scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    write_pgpass "$pw"
    write_hba
  fi
  if ! as_pg "$bin/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
    as_pg "$bin/pg_ctl" -D "$PGDATA" -l "$BASE/pg/server.log" -w -t 60 -o \
      "-c listen_addresses=127.0.0.1 -c port=$PGPORT -c unix_socket_directories=$BASE/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
      start >/dev/null
  fi
  # A cluster made by an earlier version of this script trusted everyone: give it a password and stop trusting.
  if grep -q '^[^#]*trust' "$PGDATA/pg_hba.conf" || [ -z "$(password)" ]; then
    local pw; pw=$(password)
    [ -n "$pw" ] || pw=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
    as_pg psql -X -q -h "$BASE/sock" -p "$PGPORT" -U postgres -d postgres -c "ALTER ROLE postgres PASSWORD '$pw'" >/dev/null
    write_pgpass "$pw"
    write_hba
    as_pg "$bin/pg_ctl" -D "$PGDATA" reload >/dev/null
  fi
  psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1 \
    || psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d postgres -c "CREATE DATABASE $DB"
  psql -X -q -h 127.0.0.1 -p "$PGPORT" -U postgres -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS postgis" 2>&1 | grep -v NOTICE || true
  echo "postgis.sh: PostGIS on 127.0.0.1:$PGPORT, database $DB" >&2
}

stop() {
  local bin; bin=$(pgbin) || return 0
  if [ -s "$PGDATA/postmaster.pid" ]; then
    as_pg "$bin/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) as_pg "$(pgbin)/pg_ctl" -D "$PGDATA" status ;;
  url) echo "jdbc:postgresql://127.0.0.1:$PGPORT/$DB?user=postgres&password=$(password)" ;;
  pgpass) echo "$PGPASS" ;;
  *) echo "usage: $0 start|stop|status|url|pgpass" >&2; exit 2 ;;
esac
