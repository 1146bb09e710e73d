#!/usr/bin/env bash
# Local WMS: MapServer 8 over FastCGI behind lighttpd, on 127.0.0.1 only. The mapfile is generated
# from the layer catalogue by the layers module (no.planvakt.layers.mapserver.WriteMapfile).
# Usage: scripts/mapserver.sh start|stop|status|url|args
#   args: the file holding WriteMapfile's arguments, one per line, so tests (or a loader) can
#   rewrite the mapfile after adding reference layers; MapServer reads it on every request.
# Env: PLANVAKT_WMS_PORT (55480), PLANVAKT_PG_PORT (55433), PLANVAKT_PG_DB (planvakt),
#      PLANVAKT_WMS_PROCS (FastCGI processes, one per core), PLANVAKT_WMS_DIR (/tmp/planvakt-wms-$PORT)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PORT=${PLANVAKT_WMS_PORT:-55480}
PGPORT=${PLANVAKT_PG_PORT:-55433}
DB=${PLANVAKT_PG_DB:-planvakt}
# One FastCGI process per core: more only queue against PostgreSQL for the same two cores (measured, docs/wms.md).
PROCS=${PLANVAKT_WMS_PROCS:-$(nproc)}
BASE=${PLANVAKT_WMS_DIR:-/tmp/planvakt-wms-$PORT}
# The cluster's password (scripts/postgis.sh keeps it in a pgpass file): WriteMapfile's JDBC driver
# and MapServer's libpq both read PGPASSFILE.
export PGPASSFILE=${PGPASSFILE:-$(PLANVAKT_PG_PORT=$PGPORT scripts/postgis.sh pgpass)}
MS=$BASE/ms
HTTP=$BASE/http
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
URL="http://127.0.0.1:$PORT/wms?"

# Builds the layers jar when it is missing or older than its sources, then writes the mapfile.
write_mapfile() {
  local jar cp
  jar=$(ls layers/target/planvakt-layers-*.jar 2>/dev/null | head -1 || true)
  if [ -z "$jar" ] || [ ! -s layers/target/classpath.txt ] || [ -n "$(find layers/src/main sql/src/main base/src/main layers/pom.xml base/pom.xml -newer layers/target/classpath.txt -type f | head -1)" ]; then
    echo "mapserver.sh: building the layers module" >&2
    mvn -q -B -ntp -pl layers -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
    jar=$(ls layers/target/planvakt-layers-*.jar | head -1)
  fi
  cp="$jar:$(cat layers/target/classpath.txt)"
  local args=(--dir "$MS" --db-host 127.0.0.1 --db-port "$PGPORT" --db-name "$DB" --db-user postgres --url "$URL" --font "$FONT")
  printf '%s\n' "${args[@]}" > "$MS/write-mapfile.args"
  java -cp "$cp" no.planvakt.layers.mapserver.WriteMapfile "${args[@]}" >/dev/null
}

write_config() {
  mkdir -p "$MS/tmp" "$HTTP" "$BASE/www/cgi-bin"
  chmod 1777 "$MS/tmp"
  ln -sfn "$MS/sld" "$BASE/www/sld"
  ln -sf "$(command -v mapserv)" "$BASE/www/cgi-bin/mapserv"
  # MapServer 8 reads its own config; MS_MAPFILE makes the mapfile the default, so the WMS URL
  # needs no map= parameter, and MS_MAP_PATTERN refuses any other mapfile a request names.
  cat > "$MS/mapserver.conf" <<CONF
CONFIG
  ENV
    MS_MAPFILE "$MS/planvakt.map"
    MS_MAP_PATTERN "^$MS/planvakt\\.map\$"
    MS_ERRORFILE "$HTTP/mapserver.log"
  END
END
CONF
  cat > "$HTTP/lighttpd.conf" <<CONF
server.modules = ( "mod_setenv", "mod_cgi", "mod_fastcgi", "mod_alias" )
server.bind          = "127.0.0.1"
server.port          = $PORT
server.document-root = "$BASE/www"
server.errorlog      = "$HTTP/error.log"
server.upload-dirs   = ( "$HTTP" )
server.max-request-field-size = 65536
mimetype.assign = ( ".sld" => "application/vnd.ogc.sld+xml", ".xml" => "text/xml" )
setenv.set-environment = ( "MAPSERVER_CONFIG_FILE" => "$MS/mapserver.conf", "PGPASSFILE" => "$PGPASSFILE" )
# Plain CGI (one process per request) stays available as the benchmark's baseline.
\$HTTP["url"] =~ "^/cgi-bin/" { cgi.assign = ( "" => "" ) }
fastcgi.server = ( "/wms" => ((
    "bin-path" => "$(command -v mapserv)", "socket" => "$HTTP/mapserv.sock",
    "check-local" => "disable", "min-procs" => $PROCS, "max-procs" => $PROCS,
    "bin-environment" => ( "MAPSERVER_CONFIG_FILE" => "$MS/mapserver.conf", "PGPASSFILE" => "$PGPASSFILE" ) )) )
CONF
}

running() {
  [ -f "$HTTP/lighttpd.pid" ] && kill -0 "$(cat "$HTTP/lighttpd.pid")" 2>/dev/null
}

start() {
  scripts/ensure-packages.sh cgi-mapserver mapserver-bin lighttpd fonts-dejavu-core curl
  # Debian's lighttpd package may have started its own service on port 80; this script runs its own.
  if [ -x /etc/init.d/lighttpd ] && /etc/init.d/lighttpd status >/dev/null 2>&1; then /etc/init.d/lighttpd stop >/dev/null || true; fi
  running && stop
  write_config
  write_mapfile
  lighttpd -tt -f "$HTTP/lighttpd.conf"
  # Own session and process group, so stop can end lighttpd and its FastCGI children together.
  setsid lighttpd -D -f "$HTTP/lighttpd.conf" > "$HTTP/stdout.log" 2>&1 < /dev/null &
  echo $! > "$HTTP/lighttpd.pid"
  for _ in $(seq 100); do
    curl -fs -o /dev/null "${URL}SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities" && break
    sleep 0.1
  done
  curl -fs -o /dev/null "${URL}SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities" \
    || { echo "mapserver.sh: WMS did not answer; see $HTTP/error.log" >&2; exit 1; }
  echo "mapserver.sh: WMS on $URL (PostGIS 127.0.0.1:$PGPORT/$DB)" >&2
}

stop() {
  if [ -f "$HTTP/lighttpd.pid" ]; then
    local pg; pg=$(cat "$HTTP/lighttpd.pid")
    # mapserv under FastCGI ignores the first TERM while waiting in accept(), hence KILL after it.
    kill -TERM -- "-$pg" 2>/dev/null || true
    sleep 0.5
    kill -KILL -- "-$pg" 2>/dev/null || true
    rm -f "$HTTP/lighttpd.pid" "$HTTP"/mapserv.sock*
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running: $URL"; else echo "stopped"; exit 3; fi ;;
  url) echo "$URL" ;;
  args) echo "$MS/write-mapfile.args" ;;
  *) echo "usage: $0 start|stop|status|url|args" >&2; exit 2 ;;
esac
