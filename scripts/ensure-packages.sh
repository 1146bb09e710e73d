#!/usr/bin/env bash
# Installs the given Debian packages when any of them is missing (tests need real tools:
# PostGIS, GDAL as an independent reader, MapServer, WMS clients). Usage: scripts/ensure-packages.sh PKG...
set -euo pipefail
missing=()
for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "ensure-packages: installing ${missing[*]} from Debian" >&2
export DEBIAN_FRONTEND=noninteractive
mkdir -p /etc/postgresql-common/createcluster.d
echo 'create_main_cluster = false' > /etc/postgresql-common/createcluster.d/00-planvakt-no-main.conf
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
