#!/bin/sh
# Starts `tandem worker start` in a container. The coordinator's address and join token come from
# the environment (TANDEM_COORDINATOR, TANDEM_JOIN_TOKEN), from flags, or, in the local compose
# cluster, from the coordinator's ready record on a shared read-only volume.
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
  TANDEM_JOIN_TOKEN=$(node -e 'const r=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")); process.stdout.write(r.joinToken)' "$READY")
fi

set -- ${TANDEM_COORDINATOR:+--coordinator "$TANDEM_COORDINATOR"} "$@"
set -- ${TANDEM_JOIN_TOKEN:+--token "$TANDEM_JOIN_TOKEN"} "$@"
exec $TANDEM worker start \
  --device "${TANDEM_DEVICE:-cuda}" \
  --data-dir "${TANDEM_DATA_DIR:-/var/lib/tandem/worker}" \
  --listen "${TANDEM_LISTEN:-/ip4/0.0.0.0/tcp/4002}" \
  ${TANDEM_NAME:+--name "$TANDEM_NAME"} \
  "$@"
