#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests and benchmarks when it is missing (never a downloaded
# browser: playwright-core drives /usr/bin/chromium). Prints the path of the executable.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  echo "Installing Debian's chromium (needed by the browser tests)..." >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq >&2
  $SUDO apt-get install -y -qq chromium fonts-dejavu-core >&2
fi
echo "$CHROMIUM"
