#!/usr/bin/env bash
# Faults (benchmarks/README.md, "Faults"): overload, then SIGTERM under load, against one running service.
#
#   benchmarks/http/faults.sh
#
# 1. Overload: POST /keys/validate with wrk at 64 connections, then at 2,000, while a probe loop asks
#    /livez and /readyz (API port) and /actuator/health/readiness (management port) five times a second.
#    Passes when every probe answers 200, no answer is outside 2xx (so no 5xx) and the 2,000-connection
#    throughput is at least 0.7 x the 64-connection one.
# 2. SIGTERM during a wrk run (64 connections, POST /diagnoses): Tomcat's access log (switched on for this
#    run only) lists every request the service accepted, with its begin and end time. Passes when requests
#    were in flight at the signal, every request accepted before it completed with 2xx, every request
#    accepted at all reached wrk as a complete answer (access-log count = wrk's count), and the drain
#    (signal to exit) plus the chart's preStop pause fits its terminationGracePeriodSeconds. Requests
#    accepted after the signal, until Spring pauses the connector, are counted apart: in Kubernetes the
#    preStop pause keeps them from arriving.
#
# Only 127.0.0.1; every loop and wrk run is bounded. About 2 minutes.
#
# Environment, defaults in brackets:
#   PORT [18180], MGMT_PORT [18181], HEAP [256m], SKIP_BUILD=1, JAVA_OPTS, THREADS [2]   as run.sh
#   DURATION [15s]            each measured overload run (64 and 2,000 connections)
#   OVERLOAD_CONNECTIONS [2000]
#   SIGNAL_AFTER [5]          seconds of load before the SIGTERM
#   OUT [benchmarks/http/results/faults-<time>]   report.txt, access log, service.log, wrk outputs
#   INSTALL_DEPS=1 (or CI), as root   apt-get install wrk when it is missing
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

DURATION=${DURATION:-15s}
OVERLOAD_CONNECTIONS=${OVERLOAD_CONNECTIONS:-2000}
SIGNAL_AFTER=${SIGNAL_AFTER:-5}
THREADS=${THREADS:-2}
OUT=${OUT:-$HERE/results/faults-$(date +%Y%m%d-%H%M%S)}
VALUES=$ROOT/helm/license-triage/values.yaml
GRACE_S=$(awk '/^terminationGracePeriodSeconds:/ {print $2}' "$VALUES")
PRESTOP_S=$(awk '/^preStopSleepSeconds:/ {print $2}' "$VALUES")
[ -n "$GRACE_S" ] && [ -n "$PRESTOP_S" ] || die "terminationGracePeriodSeconds or preStopSleepSeconds missing from $VALUES"

prepare_run
REPORT=$OUT/report.txt
: >"$REPORT"
say() { printf '%s\n' "$*" | tee -a "$REPORT"; }
FAILED=0
check() { # condition-result label
    if [ "$1" = 1 ]; then say "  PASS  $2"; else say "  FAIL  $2"; FAILED=1; fi
}
# 2,000 sockets for wrk (the JVM raises its own limit).
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
[ "$(ulimit -n)" -gt $((OVERLOAD_CONNECTIONS + 100)) ] || die "open-file limit $(ulimit -n) is below $OVERLOAD_CONNECTIONS connections"

# Tomcat's access log, for the SIGTERM part: begin and end of every request it accepted (epoch ms).
JAVA_OPTS="${JAVA_OPTS:-} -Dserver.tomcat.accesslog.enabled=true -Dserver.tomcat.accesslog.directory=$OUT \
 -Dserver.tomcat.accesslog.prefix=access -Dserver.tomcat.accesslog.suffix=.log -Dserver.tomcat.accesslog.rotate=false \
 -Dserver.tomcat.accesslog.file-date-format= -Dserver.tomcat.accesslog.buffered=false \
 -Dserver.tomcat.accesslog.pattern=%{begin:msec}t_%{end:msec}t_%s_%U"
start_service "$OUT"
ACCESS_LOG=$(ls "$OUT"/access*.log 2>/dev/null | head -1)
[ -n "$ACCESS_LOG" ] || die "no Tomcat access log in $OUT"

# --- 1. overload ----------------------------------------------------------------------------------------
KEY_BODY=$HERE/bodies/key-clean.json
log "warm-up: 64 connections, 10 s"
wrk_run 64 10s /keys/validate POST "$KEY_BODY"
log "64 connections, $DURATION"
wrk_run 64 "$DURATION" /keys/validate POST "$KEY_BODY"
R64=$RESULT
printf '%s\n' "$WRK_OUT" >"$OUT/wrk-64.txt"

# Probes: every 0.2 s until the stop file appears, at most 10 minutes' worth.
probe_loop() {
    local i code
    for i in $(seq 1 3000); do
        [ -e "$OUT/probes.stop" ] && break
        for url in "$BASE/livez" "$BASE/readyz" "http://127.0.0.1:$MGMT_PORT/actuator/health/readiness"; do
            code=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 2 "$url" || true)
            printf '%s %s\n' "${url##*:[0-9]*/}" "${code:-000 2}"
        done
        sleep 0.2
    done >"$OUT/probes.txt"
}
rm -f "$OUT/probes.stop"
probe_loop &
PROBE_PID=$!
log "$OVERLOAD_CONNECTIONS connections, $DURATION, probes running"
wrk_run "$OVERLOAD_CONNECTIONS" "$DURATION" /keys/validate POST "$KEY_BODY"
ROVER=$RESULT
printf '%s\n' "$WRK_OUT" >"$OUT/wrk-$OVERLOAD_CONNECTIONS.txt"
touch "$OUT/probes.stop"
wait "$PROBE_PID" || true

PROBES=$(wc -l <"$OUT/probes.txt")
PROBES_BAD=$(awk '$2 != 200' "$OUT/probes.txt" | wc -l)
PROBE_MAX_MS=$(awk '{ if ($3 > m) m = $3 } END { printf "%.0f", m * 1000 }' "$OUT/probes.txt")
RATIO=$(awk -v a="$(field rps "$ROVER")" -v b="$(field rps "$R64")" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
say ""
say "Overload (POST /keys/validate, $DURATION each, heap $HEAP):"
say "  64 connections:    $(field rps "$R64") req/s, p99 $(field p99_ms "$R64") ms, non-2xx $(field non2xx "$R64"), socket errors $(field socket_errors "$R64")"
say "  $OVERLOAD_CONNECTIONS connections:  $(field rps "$ROVER") req/s, p99 $(field p99_ms "$ROVER") ms, non-2xx $(field non2xx "$ROVER"), socket errors $(field socket_errors "$ROVER")"
say "  probes during overload: $PROBES (/livez, /readyz, management readiness), not 200: $PROBES_BAD, slowest ${PROBE_MAX_MS} ms"
check "$([ "$PROBES" -gt 0 ] && [ "$PROBES_BAD" = 0 ] && echo 1)" "liveness and readiness answer 200 throughout"
check "$([ "$(field non2xx "$ROVER")" = 0 ] && [ "$(field non2xx "$R64")" = 0 ] && echo 1)" "no answer outside 2xx (no 5xx)"
check "$([ "$(field socket_errors "$ROVER")" = 0 ] && echo 1)" "no socket errors at $OVERLOAD_CONNECTIONS connections"
check "$(awk -v r="$RATIO" 'BEGIN { print (r >= 0.7 ? 1 : 0) }')" "throughput at $OVERLOAD_CONNECTIONS connections is ${RATIO} x the 64-connection figure (>= 0.7)"

# --- 2. SIGTERM under load ------------------------------------------------------------------------------
DIAG_BODY=$HERE/bodies/diagnosis-slmgr-dli.json
log "SIGTERM after ${SIGNAL_AFTER} s of 64-connection load on POST /diagnoses"
A0=$(now_ms)
wrk -t"$THREADS" -c64 -d"$((SIGNAL_AFTER + 5))s" --timeout 10s --latency -s "$HERE/wrk/request.lua" \
    "$BASE/diagnoses" -- POST "$DIAG_BODY" >"$OUT/wrk-sigterm.txt" 2>&1 &
WRK_PID=$!
sleep "$SIGNAL_AFTER"
T_SIG=$(now_ms)
kill -TERM "$SERVICE_PID"
for _ in $(seq 1 1200); do  # at most 60 s
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 0.05
done
T_EXIT=$(now_ms)
set +e
wait "$SERVICE_PID"
EXIT_CODE=$?
set -e
kill -0 "$SERVICE_PID" 2>/dev/null && { kill -9 "$SERVICE_PID"; die "the service did not exit within 60 s of SIGTERM"; }
SERVICE_PID=""
wait "$WRK_PID" || true
RSIG=$(grep -m1 '^RESULT ' "$OUT/wrk-sigterm.txt" || echo "RESULT requests=0 non2xx=0 socket_errors=0")
DRAIN_MS=$((T_EXIT - T_SIG))

# The access log of this part only: "begin_end_status_path" per request, epoch ms.
read -r ACCEPTED BEFORE BEFORE_BAD IN_FLIGHT AFTER AFTER_BAD LAST_END <<<"$(awk -F_ -v a0="$A0" -v sig="$T_SIG" '
    $1 >= a0 && $4 == "/diagnoses" {
        n++
        if ($1 <= sig) { before++; if ($3 !~ /^2/) before_bad++ } else { after++; if ($3 !~ /^2/) after_bad++ }
        if ($1 <= sig && $2 >= sig) flight++
        if ($2 > last) last = $2
    }
    END { printf "%.0f %.0f %.0f %.0f %.0f %.0f %.0f", n, before, before_bad, flight, after, after_bad, last }' "$ACCESS_LOG")"
ANSWERED=$(field requests "$RSIG")
LAST_AFTER_SIG_MS=$((LAST_END > T_SIG ? LAST_END - T_SIG : 0))
FITS=$(awk -v d="$DRAIN_MS" -v p="$PRESTOP_S" -v g="$GRACE_S" 'BEGIN { print (d / 1000 + p <= g ? 1 : 0) }')
say ""
say "SIGTERM after ${SIGNAL_AFTER} s of load (POST /diagnoses, 64 connections):"
say "  accepted before the signal (access log): $BEFORE, of them in flight at the signal: $IN_FLIGHT, not 2xx: $BEFORE_BAD"
say "  accepted after the signal, before the connector paused: $AFTER, not 2xx: $AFTER_BAD"
say "  complete answers wrk received: $ANSWERED of $ACCEPTED accepted (non-2xx $(field non2xx "$RSIG")); not accepted after the signal (wrk socket errors): $(field socket_errors "$RSIG")"
say "  last request finished $LAST_AFTER_SIG_MS ms after the signal; process exited after $DRAIN_MS ms with code $EXIT_CODE"
say "  chart: preStop pause ${PRESTOP_S} s + drain $(awk -v d="$DRAIN_MS" 'BEGIN { printf "%.1f", d / 1000 }') s vs terminationGracePeriodSeconds ${GRACE_S} s"
check "$([ "$IN_FLIGHT" -gt 0 ] && echo 1)" "requests were in flight at the signal (the drain was exercised)"
check "$([ "$BEFORE" -gt 0 ] && [ "$BEFORE_BAD" = 0 ] && echo 1)" "every request accepted before the signal completed with 2xx"
check "$([ "$ACCEPTED" = "$ANSWERED" ] && echo 1)" "every request the service accepted reached the client as a complete answer ($ACCEPTED = $ANSWERED)"
check "$([ "$EXIT_CODE" = 143 ] || [ "$EXIT_CODE" = 0 ]; echo $(( $? == 0 )))" "the service exited by itself (code $EXIT_CODE)"
check "$FITS" "preStop + drain fits terminationGracePeriodSeconds"
say ""
say "faults: $([ "$FAILED" = 0 ] && echo passed || echo FAILED) (report: $REPORT)"
exit "$FAILED"
