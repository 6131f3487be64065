#!/usr/bin/env bash
# Soak of license-triage (benchmarks/README.md, "Soak"): steady mixed load at a moderate rate for some
# minutes, RSS, heap and errors sampled every 10 s into a CSV, a summary at the end.
#
#   benchmarks/http/soak.sh [MINUTES]        (default 5)
#
# The load is wrk/mixed.lua: keys, error codes, searches, diagnoses, /livez and a 1,000-key batch every
# 200th request, over SOAK_CONNECTIONS [4] connections with a SOAK_DELAY_MS [5] pause before each request.
# wrk runs in 10 s slices so that each row of the CSV has its own request and error counts.
# Same environment as run.sh for PORT, MGMT_PORT, HEAP, SKIP_BUILD, JAVA_OPTS, OUT, INSTALL_DEPS.
# Exits 1 if any answer was not 2xx or any socket error occurred.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

MINUTES=${1:-5}
case "$MINUTES" in '' | *[!0-9]* | 0) die "MINUTES must be a whole number of minutes, at least 1" ;; esac
SLICE=10
SOAK_CONNECTIONS=${SOAK_CONNECTIONS:-4}
SOAK_DELAY_MS=${SOAK_DELAY_MS:-5}
OUT=${OUT:-$HERE/results/soak-$(date +%Y%m%d-%H%M%S)}

prepare_run
start_service "$OUT"

METRICS="http://127.0.0.1:${MGMT_PORT}/actuator/prometheus"
# Heap in use (MiB) and live threads, from the service's own Prometheus endpoint.
jvm_sample() {
    curl -s --max-time 5 "$METRICS" | awk '
        /^jvm_memory_used_bytes\{/ && /area="heap"/ { heap += $NF }
        /^jvm_threads_live_threads[{ ]/ { threads = $NF }
        END { printf "%.1f,%d\n", heap / 1048576, threads }'
}

CSV="$OUT/soak.csv"
echo "elapsed_s,rss_kib,heap_used_mib,live_threads,requests,rps,p50_ms,p99_ms,non2xx,socket_errors,errors_total" >"$CSV"
echo "0,$(rss_kib),$(jvm_sample),0,0,0,0,0,0,0" >>"$CSV"

slices=$((MINUTES * 60 / SLICE))
log "soak: $MINUTES min, $SOAK_CONNECTIONS connections, ${SOAK_DELAY_MS} ms pause per request, sample every ${SLICE} s -> $CSV"
T0=$SECONDS
errors=0
for i in $(seq 1 "$slices"); do
    WRK_OUT=$(wrk -t1 -c"$SOAK_CONNECTIONS" -d"${SLICE}s" --timeout 10s -s "$HERE/wrk/mixed.lua" "$BASE" \
        -- "$HERE/bodies" "$OUT/batch-1000.json" "$SOAK_DELAY_MS" 2>&1) || true
    r=$(printf '%s\n' "$WRK_OUT" | grep -m1 '^RESULT ' || echo "RESULT requests=0 rps=0 p50_ms=0 p99_ms=0 non2xx=0 socket_errors=1")
    non2xx=$(field non2xx "$r")
    socket=$(field socket_errors "$r")
    errors=$((errors + non2xx + socket))
    if [ "$non2xx" != 0 ] || [ "$socket" != 0 ]; then
        log "slice $i: non2xx=$non2xx socket_errors=$socket"
        printf '%s\n' "$WRK_OUT" | grep '^FIRST_NON2XX' >&2 || true
    fi
    kill -0 "$SERVICE_PID" 2>/dev/null || die "the service died during the soak (see $SERVICE_LOG)"
    row="$((SECONDS - T0)),$(rss_kib),$(jvm_sample),$(field requests "$r"),$(field rps "$r"),$(field p50_ms "$r"),$(field p99_ms "$r"),$non2xx,$socket,$errors"
    echo "$row" >>"$CSV"
    if [ $((i % 6)) = 0 ]; then
        log "$((SECONDS - T0)) s: $(printf '%s' "$row" | awk -F, '{printf "RSS %d MiB, heap %s MiB, %s req/s, p99 %s ms, errors %s", $2 / 1024, $3, $6, $8, $11}')"
    fi
done
stop_service

awk -F, -v minutes="$MINUTES" -v conns="$SOAK_CONNECTIONS" -v pause="$SOAK_DELAY_MS" '
    NR == 2 { ready_rss = $2; ready_heap = $3 }
    NR > 2 {
        n++
        if (n == 1) first = $2
        last = $2
        if ($2 > max) { max = $2; max_at = $1 }
        if ($3 > heap_max) heap_max = $3
        heap_last = $3
        requests += $5; if ($8 + 0 > p99) p99 = $8 + 0
        errors = $11; t = $1
        rss[n] = $2
    }
    END {
        half = rss[int(n / 2) > 0 ? int(n / 2) : 1]
        printf "soak: %d min, %d connections, %d ms pause; %d samples every 10 s\n", minutes, conns, pause, n
        printf "requests: %d (%.0f req/s on average); worst 10-s p99: %.1f ms\n", requests, (t > 0 ? requests / t : 0), p99
        printf "RSS: ready %d MiB, first sample %d MiB, last %d MiB, max %d MiB (at %d s); second half %+d MiB\n", ready_rss / 1024, first / 1024, last / 1024, max / 1024, max_at, (last - half) / 1024
        printf "heap used: ready %.0f MiB, last %.0f MiB, max %.0f MiB (of -Xmx)\n", ready_heap, heap_last, heap_max
        printf "errors (non-2xx + socket): %d\n", errors
    }' "$CSV" | tee "$OUT/summary.txt"
echo "CSV: $CSV"

[ "$errors" = 0 ] || die "$errors non-2xx answers or socket errors during the soak"
