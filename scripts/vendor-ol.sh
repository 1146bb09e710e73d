#!/usr/bin/env bash
# Refreshes the OpenLayers files the page ships (api/.../static/vendor/ol) from the npm package,
# and checks them against the checksums in SOURCE.md. The page has no front-end build step: the
# package's full build (dist/ol.js, global `ol`) and its stylesheet are served as they are.
# Usage: scripts/vendor-ol.sh [--check]   (--check: only verify the shipped files)
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=10.11.0
DIR=api/src/main/resources/static/vendor/ol
if [ "${1:-}" != "--check" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "ol@$VERSION" >/dev/null && tar xzf "ol-$VERSION.tgz")
  cp "$tmp/package/dist/ol.js" "$tmp/package/ol.css" "$tmp/package/LICENSE.md" "$DIR/"
fi
(cd "$DIR" && grep -E '^[0-9a-f]{64}  ' SOURCE.md | sha256sum -c -)
