# Sourced by the tests' install scripts (install-postgres.sh, install-chromium.sh): running as
# root (CI, these machines) or through sudo, and one way to install Debian packages.

# as_root COMMAND...: runs it as root, through sudo unless already root.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

# apt_install WHO HINT PACKAGE...: installs the packages quietly, or, where there is no apt-get,
# fails with WHO's name and HINT (what to install by hand).
apt_install() {
  local who=$1 hint=$2
  shift 2
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$who: apt-get is not available; $hint" >&2
    exit 1
  fi

  echo "==> installing $* (apt-get install $*)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
