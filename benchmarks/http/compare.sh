#!/usr/bin/env bash
# Before/after of a performance change: two (or more) jars side by side, the same endpoint, alternating,
# by the service's CPU time per request, which other load on a shared machine disturbs far less than req/s.
#
#   benchmarks/http/compare.sh ROUNDS CONNECTIONS PATH METHOD BODY_FILE|- JAR...
#   e.g. benchmarks/http/compare.sh 6 16 /diagnoses POST benchmarks/http/bodies/diagnosis-slmgr-dli.json \
#            /tmp/before.jar target/license-triage-0.1.0-SNAPSHOT.jar
#
# Each jar gets its own port (18400, 18410, ...; 256 MiB heap), two 15 s warm-up runs of the endpoint and
# one of /livez, then per round 8 s of the endpoint and 4 s of /livez. Prints one line per round; compare the
# medians of the later rounds (the first ones may still be warming up).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"
[ $# -ge 6 ] || { sed -n '2,12p' "$0"; exit 2; }
ROUNDS=$1 CONNS=$2 ENDPOINT=$3 METHOD=$4 BODY=$5
shift 5
[ "$BODY" = - ] && BODY=""
JARS=("$@")
PIDS=()
PORTS=()

cleanup() {
    local p
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT

for i in "${!JARS[@]}"; do
    port=$((18400 + 10 * i))
    PORTS+=("$port")
    java -Xmx256m -jar "${JARS[$i]}" --server.port="$port" --management.server.port=$((port + 1)) \
        >"/tmp/compare-$port.log" 2>&1 &
    PIDS+=($!)
done
for i in "${!PORTS[@]}"; do
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${PORTS[$i]}/readyz")" = 200 ]; do
        kill -0 "${PIDS[$i]}" 2>/dev/null || { echo "${JARS[$i]} did not start: /tmp/compare-${PORTS[$i]}.log" >&2; exit 1; }
        sleep 0.2
    done
done

# run INDEX DURATION PATH METHOD BODY -> "req/s cpu_us_per_request", with lib.sh's wrk run and CPU ticks
run() {
    local c0 c1
    SERVICE_PID=${PIDS[$1]}
    BASE="http://127.0.0.1:${PORTS[$1]}"
    c0=$(cpu_ticks)
    wrk_run "$CONNS" "$2" "$3" "$4" "$5"
    sleep 0.5
    c1=$(cpu_ticks)
    if [ "$(field non2xx "$RESULT")" != 0 ] || [ "$(field socket_errors "$RESULT")" != 0 ]; then
        echo "errors: $RESULT" >&2
        exit 1
    fi
    awk -v t=$((c1 - c0)) -v hz="$CLK_TCK" -v rps="$(field rps "$RESULT")" -v n="$(field requests "$RESULT")" \
        'BEGIN { printf "%.0f %.1f\n", rps, (n > 0 ? t * 1e6 / hz / n : 0) }'
}

for w in 1 2; do
    for i in "${!PORTS[@]}"; do run "$i" 15s "$ENDPOINT" "$METHOD" "$BODY" >/dev/null; done
done
for i in "${!PORTS[@]}"; do run "$i" 10s /livez GET "" >/dev/null; done

for r in $(seq 1 "$ROUNDS"); do
    line="round $r"
    for i in "${!PORTS[@]}"; do
        read -r rps cpu < <(run "$i" 8s "$ENDPOINT" "$METHOD" "$BODY")
        read -r lrps lcpu < <(run "$i" 4s /livez GET "")
        line="$line | $(basename "${JARS[$i]}"): $rps req/s $cpu us/req, /livez $lrps req/s $lcpu us/req"
    done
    echo "$line"
done
