#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing, for the web UI's browser tests
# (tests/SlothActors.Ui.Tests), which drive it headless over the DevTools protocol. Idempotent
# and silent when chromium is already on PATH.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "tests/install-chromium.sh: chromium is missing and apt-get is not available;" \
       "install Chromium so that 'chromium' is on PATH" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

echo "==> installing Chromium (apt-get install chromium)"
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null

if ! command -v chromium >/dev/null 2>&1; then
  echo "tests/install-chromium.sh: chromium was installed but is not on PATH" >&2
  exit 1
fi
