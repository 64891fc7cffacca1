#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing, for the web UI's browser tests
# (tests/SlothActors.Ui.Tests), which drive it headless. Idempotent and silent when chromium is
# already on PATH.
set -euo pipefail
source "$(dirname "$0")/apt-install.sh"

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

apt_install tests/install-chromium.sh "install Chromium so that 'chromium' is on PATH" chromium

if ! command -v chromium >/dev/null 2>&1; then
  echo "tests/install-chromium.sh: chromium was installed but is not on PATH" >&2
  exit 1
fi
