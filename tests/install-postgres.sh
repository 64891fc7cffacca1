#!/usr/bin/env bash
# Installs Debian's PostgreSQL server binaries when they are missing, for the tests that start
# a private throwaway server (tests/SlothActors.PostgresTesting). Idempotent and silent when the
# binaries are already there. The tests never use the package's own "main" cluster: we ask the
# package not to create one, and if it exists anyway it does not matter (our servers run in their
# own temp dir, on their own port, with their own socket dir).
set -euo pipefail

have_initdb() { compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; }

if have_initdb; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "tests/install-postgres.sh: PostgreSQL (initdb) is missing and apt-get is not available;" \
       "install the PostgreSQL server binaries so that /usr/lib/postgresql/<version>/bin/initdb exists" >&2
  exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  sudo=(sudo)
fi

echo "==> installing PostgreSQL (apt-get install postgresql)"
# postgresql-common reads createcluster.d: no main cluster, so nothing starts on port 5432.
"${sudo[@]}" mkdir -p /etc/postgresql-common/createcluster.d
echo "create_main_cluster = false" | "${sudo[@]}" tee /etc/postgresql-common/createcluster.d/sloth-tests.conf >/dev/null
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null

if ! have_initdb; then
  echo "tests/install-postgres.sh: postgresql was installed but no /usr/lib/postgresql/*/bin/initdb exists" >&2
  exit 1
fi
