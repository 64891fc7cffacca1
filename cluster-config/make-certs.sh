#!/usr/bin/env bash
# Makes a private CA and the mutual-TLS certificates for Akka remoting: nodes node1..node3, an
# agent (agent1) and the CLI (cli). Every process trusts this CA and nothing else, so keep
# ca.key away from the machines: it is only needed to issue more certificates.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: cluster-config/make-certs.sh [OUT_DIR] [--password PW] [--force]

Makes a private CA and PKCS#12 certificates for Akka remoting's mutual TLS:

  OUT_DIR/ca.crt, OUT_DIR/ca.key     the CA (keep ca.key off the machines)
  OUT_DIR/NAME/NAME.pfx              certificate + private key, password-protected
  OUT_DIR/NAME/ca.crt                the CA's certificate, beside it
  for NAME in node1 node2 node3 agent1 cli

Each certificate allows both server and client authentication (mutual TLS presents it both
ways) and names NAME, localhost and 127.0.0.1. Give a process its folder:
  sloth node run --remote-host 0.0.0.0 --tls-cert OUT_DIR/node1/node1.pfx   (SLOTH_TLS_PASSWORD=PW)

  OUT_DIR          where to write (default: cluster-config/certs)
  --password PW    password of the .pfx files (default: $SLOTH_TLS_PASSWORD; one is required).
                   Prefer the variable: a command line is visible to other users in ps.
  --force          replace an existing CA and every certificate (all of them must then be redeployed)
  --days N         validity of the certificates in days (default: 825; the CA gets 3650)
  -h, --help       this help
EOF
}

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out_dir="$script_dir/certs"
password="${SLOTH_TLS_PASSWORD:-}"
force=false
days=825
out_given=false
names=(node1 node2 node3 agent1 cli)

fail() { echo "make-certs.sh: $*" >&2; exit 1; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --password) [[ $# -ge 2 ]] || fail "--password needs a value"; password="$2"; shift 2 ;;
    --force) force=true; shift ;;
    --days) [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || fail "--days needs a whole number of days"; days="$2"; shift 2 ;;
    -*) fail "unknown option '$1' (see --help)" ;;
    *) ! $out_given || fail "one OUT_DIR only, got '$out_dir' and '$1'"; out_dir="$1"; out_given=true; shift ;;
  esac
done

command -v openssl >/dev/null || fail "openssl is not installed (apt-get install openssl)"
[[ -n "$password" ]] || fail "no password: pass --password PW or set SLOTH_TLS_PASSWORD (the nodes need the same one)"
if [[ -e "$out_dir/ca.key" || -e "$out_dir/ca.crt" ]] && ! $force; then
  fail "a CA already exists in $out_dir; pass --force to make a new CA and new certificates (every process must then get its new one)"
fi

mkdir -p "$out_dir"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Keys never hit the disk readable by others; the .pfx files are opened up below.
umask 077

if $force; then
  rm -f "$out_dir/ca.key" "$out_dir/ca.crt" "$out_dir/ca.srl"
  for name in "${names[@]}"; do rm -rf "${out_dir:?}/$name"; done
fi

# P-256 keys: small, quick, and accepted by .NET's TLS on every platform.
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$out_dir/ca.key" 2>/dev/null
openssl req -x509 -new -key "$out_dir/ca.key" -sha256 -days 3650 \
  -subj "/CN=SlothActors private CA" \
  -addext "basicConstraints=critical,CA:TRUE,pathlen:0" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -addext "subjectKeyIdentifier=hash" \
  -out "$out_dir/ca.crt"
chmod 644 "$out_dir/ca.crt"

# The password reaches openssl through its environment, never its command line.
export MAKE_CERTS_PASSWORD="$password"
for name in "${names[@]}"; do
  mkdir -p "$out_dir/$name"
  cat >"$work/$name.ext" <<EOF
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth, clientAuth
subjectAltName = DNS:$name, DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$work/$name.key" 2>/dev/null
  openssl req -new -key "$work/$name.key" -subj "/CN=$name" -out "$work/$name.csr"
  openssl x509 -req -in "$work/$name.csr" -CA "$out_dir/ca.crt" -CAkey "$out_dir/ca.key" \
    -set_serial "0x$(openssl rand -hex 16)" -days "$days" -sha256 -extfile "$work/$name.ext" \
    -out "$work/$name.crt" 2>/dev/null
  openssl pkcs12 -export -name "$name" -inkey "$work/$name.key" -in "$work/$name.crt" \
    -passout env:MAKE_CERTS_PASSWORD -out "$out_dir/$name/$name.pfx"
  cp "$out_dir/ca.crt" "$out_dir/$name/ca.crt"
  # Readable by a container's own user (the image runs as uid 1654): the file is encrypted
  # with the password, which is the secret.
  chmod 755 "$out_dir/$name"
  chmod 644 "$out_dir/$name/$name.pfx" "$out_dir/$name/ca.crt"
done

echo "Made a private CA and certificates in $out_dir (valid $days days):"
printf '  %-20s %s\n' "ca.crt, ca.key" "the CA (keep ca.key off the machines)"
for name in "${names[@]}"; do
  printf '  %-20s %s\n' "$name/$name.pfx" "CN=$name, with $name/ca.crt beside it"
done
