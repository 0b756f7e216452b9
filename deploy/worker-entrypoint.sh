#!/bin/sh
# Starts `tandem worker start` in a container. The coordinator's address and join token come from
# the environment (TANDEM_COORDINATOR, TANDEM_TOKEN, which the CLI reads itself, so the token never
# appears in ps; TANDEM_JOIN_TOKEN is the older name), from a token file (TANDEM_TOKEN_FILE, e.g. a
# Docker secret), from flags, or, in the local compose cluster, from the coordinator's ready record
# on a shared read-only volume.
set -eu

TANDEM="node /opt/tandem/packages/cli/bin/tandem.js"
READY="${TANDEM_READY_FILE:-/coordinator/coordinator.json}"

if [ -z "${TANDEM_COORDINATOR:-}" ] && [ -n "${TANDEM_READY_FILE:-}" ]; then
  # Wait (up to 5 min) for the coordinator of the compose cluster to write its ready record.
  i=0
  while [ ! -s "$READY" ]; do
    i=$((i + 1))
    if [ "$i" -gt 300 ]; then echo "tandem-worker: no coordinator ready record at $READY after 5 minutes" >&2; exit 1; fi
    sleep 1
  done
  TANDEM_COORDINATOR=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); process.stdout.write(r.multiaddrs[0])' "$READY")
  TANDEM_TOKEN=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); process.stdout.write(r.joinToken)' "$READY")
fi

if [ -z "${TANDEM_TOKEN:-}" ] && [ -n "${TANDEM_JOIN_TOKEN:-}" ]; then TANDEM_TOKEN="$TANDEM_JOIN_TOKEN"; fi
if [ -n "${TANDEM_COORDINATOR:-}" ]; then export TANDEM_COORDINATOR; fi
if [ -n "${TANDEM_TOKEN:-}" ]; then export TANDEM_TOKEN; fi
set -- ${TANDEM_TOKEN_FILE:+--token-file "$TANDEM_TOKEN_FILE"} "$@"
exec $TANDEM worker start \
  --device "${TANDEM_DEVICE:-cuda}" \
  --data-dir "${TANDEM_DATA_DIR:-/var/lib/tandem/worker}" \
  --listen "${TANDEM_LISTEN:-/ip4/0.0.0.0/tcp/4002}" \
  ${TANDEM_NAME:+--name "$TANDEM_NAME"} \
  "$@"
