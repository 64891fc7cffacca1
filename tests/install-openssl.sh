#!/usr/bin/env bash
# Installs Debian's openssl when it is missing: cluster-config/make-certs.sh (the private CA and
# the remoting certificates) needs it, and its tests run it. Idempotent and silent otherwise.
set -euo pipefail
source "$(dirname "$0")/apt-install.sh"

if command -v openssl >/dev/null 2>&1; then
  exit 0
fi

apt_install tests/install-openssl.sh "install openssl so that cluster-config/make-certs.sh can run" openssl
