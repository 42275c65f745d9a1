#!/usr/bin/env bash
# Renders REPORT_DIR/report.html in headless Chromium and saves a screenshot, to check that the page renders
# without a network: the browser gets no profile, no background services and no QUIC, and the page's own
# Content-Security-Policy forbids every fetch. Fails when the PNG is missing or empty.
#
#   tools/html-screenshot.sh reports/sample /tmp/report.png [WIDTH,HEIGHT]
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT_DIR OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
report="$(cd "$1" && pwd)/report.html"
out="$2"
size="${3:-1280,4000}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"

if [ ! -f "$report" ]; then
  echo "no report.html in $1" >&2
  exit 1
fi
if [ -z "$browser" ]; then
  echo "Chromium not found (Debian: apt-get install chromium; or set CHROMIUM=/path/to/chrome)" >&2
  exit 1
fi

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$out"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
  --screenshot="$(realpath -m "$out")" --window-size="$size" "file://$report" >/dev/null 2>&1 || true

if [ ! -s "$out" ]; then
  echo "no screenshot written to $out" >&2
  exit 1
fi
echo "$out"
