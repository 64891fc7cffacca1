#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing, builds the solution
# in Release with warnings as errors, runs every test project, and prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '==> %s\n' "$*"; }

# --- prerequisites -------------------------------------------------------------------------
if ! command -v dotnet >/dev/null 2>&1; then
  echo "tests/run.sh: the .NET 10 SDK (dotnet) is required and was not found on PATH" >&2
  exit 1
fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# The PostgreSQL journal tests start a private server from the distribution's binaries.
tests/install-postgres.sh
# cluster-config/make-certs.sh, which the TLS tests run, makes its CA with openssl.
tests/install-openssl.sh
# The web UI's browser tests drive Debian's headless Chromium.
tests/install-chromium.sh

# --- build ---------------------------------------------------------------------------------
log "restore + build (Release)"
dotnet build SlothActors.sln -c Release -nologo -clp:NoSummary -v:q

log "format check"
dotnet format SlothActors.sln --verify-no-changes --no-restore -v:q

# --- test ----------------------------------------------------------------------------------
log "test"
out=$(mktemp)
trap 'rm -f "$out"' EXIT
set +e
dotnet test SlothActors.sln -c Release --no-build -nologo --logger "console;verbosity=minimal" 2>&1 | tee "$out"
status=${PIPESTATUS[0]}
set -e

# One closing line for the whole run, summed over the per-assembly summaries.
awk '
  /(Passed|Failed)! *- *Failed:/ {
    for (i = 1; i <= NF; i++) {
      gsub(",", "", $(i+1))
      if ($i == "Failed:")  f += $(i+1)
      if ($i == "Passed:")  p += $(i+1)
      if ($i == "Skipped:") s += $(i+1)
    }
  }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }
' "$out"
exit "$status"
