#!/usr/bin/env bash
# Installs Debian's PostgreSQL server binaries when they are missing, for the tests that start
# a private throwaway server (tests/SlothActors.PostgresTesting). Idempotent and silent when the
# binaries are already there. The tests never use the package's own "main" cluster: we ask the
# package not to create one, and if it exists anyway it does not matter (our servers run in their
# own temp dir, on their own port, with their own socket dir).
set -euo pipefail
source "$(dirname "$0")/apt-install.sh"

have_initdb() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

if have_initdb; then
  exit 0
fi

# postgresql-common reads createcluster.d: no main cluster, so nothing starts on port 5432.
as_root mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" | as_root tee /etc/postgresql-common/createcluster.d/sloth-tests.conf >/dev/null
apt_install tests/install-postgres.sh \
  "install the PostgreSQL server binaries so that /usr/lib/postgresql/<version>/bin/initdb exists" postgresql

if ! have_initdb; then
  echo "tests/install-postgres.sh: postgresql was installed but no /usr/lib/postgresql/*/bin/initdb exists" >&2
  exit 1
fi
