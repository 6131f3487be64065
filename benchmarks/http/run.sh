#!/usr/bin/env bash
# HTTP load benchmark of license-triage with wrk (benchmarks/README.md, "HTTP load (wrk)").
#
#   benchmarks/http/run.sh
#
# Builds the jar, starts it with a 256 MiB heap on 127.0.0.1:18180 (management 18181), measures start-up,
# warms up, then for 16 and 64 connections runs wrk against every endpoint, each between two /livez runs,
# and prints req/s, p50, p99, each endpoint's throughput as a ratio to those /livez runs, the service's CPU
# time per request, one 1,000-key batch against 1,000 single requests, and the RSS after the load.
# Fails (exit 1) on any non-2xx answer or socket error. About 4 1/2 minutes.
#
# Environment, defaults in brackets:
#   PORT [18180], MGMT_PORT [18181]   where the service listens (8080/8081 are left alone)
#   HEAP [256m]                       -Xmx of the service
#   DURATION [8s]                     wrk run per endpoint and connection count
#   FLOOR_DURATION [3s]               each /livez run between them
#   WARMUP [3s], WARMUP_PASSES [6]    warm-up: passes over every endpoint at 16 connections
#   CONNECTIONS ["16 64"], THREADS [2]
#   SKIP_BUILD=1                      reuse target/license-triage-*.jar
#   JAVA_OPTS                         extra JVM options, e.g. a JFR recording
#   OUT [benchmarks/http/results/run-<time>]   results.tsv, summary, report.txt, service.log
#   STRICT=1                          exit 2 when a target is missed (default: only reported)
#   INSTALL_DEPS=1 (or CI), as root   apt-get install wrk when it is missing
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

DURATION=${DURATION:-8s}
WARMUP=${WARMUP:-3s}
WARMUP_PASSES=${WARMUP_PASSES:-6}
FLOOR_DURATION=${FLOOR_DURATION:-3s}
CONNECTIONS=${CONNECTIONS:-"16 64"}
THREADS=${THREADS:-2}
OUT=${OUT:-$HERE/results/run-$(date +%Y%m%d-%H%M%S)}

T0=$SECONDS
prepare_run

SEARCH_PATH='/errors?q=%E3%83%97%E3%83%AD%E3%83%80%E3%82%AF%E3%83%88%E3%82%AD%E3%83%BC%20%E7%84%A1%E5%8A%B9' # q=プロダクトキー 無効

# name | method | path | body | target ratio to /livez (- for none)
CASES=(
    "livez|GET|/livez||-"
    "keys-clean|POST|/keys/validate|$HERE/bodies/key-clean.json|0.85"
    "keys-typo|POST|/keys/validate|$HERE/bodies/key-typo.json|0.85"
    "errors-code|GET|/errors/0xC004F050||0.85"
    "errors-search|GET|$SEARCH_PATH||0.6"
    "diagnoses|POST|/diagnoses|$HERE/bodies/diagnosis-slmgr-dli.json|0.6"
    "batch-1000|POST|/keys/validate/batch|$OUT/batch-1000.json|-"
)

start_service "$OUT"
RSS_READY=$(rss_kib)

# Every case must answer 200 before any load: a broken request would otherwise only show up as errors.
for c in "${CASES[@]}"; do
    IFS='|' read -r name method path body _ <<<"$c"
    args=(-s -o /dev/null -w '%{http_code}' -X "$method" -H 'Accept: application/json')
    [ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "@$body")
    code=$(curl "${args[@]}" "$BASE$path")
    [ "$code" = 200 ] || die "$name: $method $path answered $code before the load"
done

ERRORS=0
check_errors() { # name conns result
    local non2xx socket
    non2xx=$(field non2xx "$3")
    socket=$(field socket_errors "$3")
    if [ "${non2xx:-1}" != 0 ] || [ "${socket:-1}" != 0 ]; then
        ERRORS=$((ERRORS + ${non2xx:-1} + ${socket:-1}))
        log "ERRORS in $1 at $2 connections: non2xx=$non2xx socket_errors=$socket"
        printf '%s\n' "$WRK_OUT" | grep -E '^(FIRST_NON2XX|  Socket errors|  Non-2xx)' >&2 || true
    fi
}

# Warm-up in passes over all endpoints. On a busy 2-core machine the JIT needs a minute or more of load
# before CPU per request settles (cold, /livez costs 10x what it costs warm); each pass logs the service's
# CPU us per request per endpoint, and a warning says when the last pass still moved.
log "warm-up: $WARMUP_PASSES passes of $WARMUP per endpoint at 16 connections"
WARM="$OUT/warmup.tsv"
printf 'pass' >"$WARM"
for c in "${CASES[@]}"; do printf '\t%s' "${c%%|*}" >>"$WARM"; done
printf '\n' >>"$WARM"
for pass in $(seq 1 "$WARMUP_PASSES"); do
    line=""
    for c in "${CASES[@]}"; do
        IFS='|' read -r name method path body _ <<<"$c"
        c0=$(cpu_ticks)
        wrk_run 16 "$WARMUP" "$path" "$method" "$body"
        check_errors "$name (warm-up)" 16 "$RESULT"
        sleep 0.2
        c1=$(cpu_ticks)
        line="$line$(awk -v t=$((c1 - c0)) -v hz="$CLK_TCK" -v n="$(field requests "$RESULT")" 'BEGIN { printf "\t%.0f", (n > 0 ? t * 1e6 / hz / n : 0) }')"
    done
    printf '%s%s\n' "$pass" "$line" >>"$WARM"
    log "warm-up pass $pass, CPU us/request:$(printf '%s' "$line" | tr '\t' ' ')"
done
# The largest change of any endpoint between the last two passes.
WARM_NOTE=$(awk -F'\t' '$1 == "pass" { next }
    seen { worst = 0; for (i = 2; i <= NF; i++) if (p[i] > 0 && $i > 0) { r = $i / p[i]; d = r > 1 ? r - 1 : 1 / r - 1; if (d > worst) worst = d } }
    { seen = 1; for (i = 2; i <= NF; i++) p[i] = $i } END { printf "%.0f", 100 * worst }' "$WARM")
[ "${WARM_NOTE:-0}" -le 20 ] || log "WARNING: CPU per request still moved ${WARM_NOTE}% in the last warm-up pass; raise WARMUP_PASSES"

RESULTS="$OUT/results.tsv"
printf 'connections\tcase\trps\tp50_ms\tp99_ms\trequests\tnon2xx\tsocket_errors\tcpu_us_per_request\tfloor_rps\tfloor_cpu_us\n' >"$RESULTS"
record() { # conns name result cpu_us [floor_rps floor_cpu_us]
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$(field rps "$3")" "$(field p50_ms "$3")" \
        "$(field p99_ms "$3")" "$(field requests "$3")" "$(field non2xx "$3")" "$(field socket_errors "$3")" \
        "$4" "${5:-}" "${6:-}" >>"$RESULTS"
}
# CPU time the service spent (all its threads: requests, GC, JIT) per request of one wrk run. Unlike
# req/s it hardly depends on what else runs on the machine, so it shows whether a low ratio is the
# endpoint or the neighbours.
measure() { # conns name method path body duration -> RESULT, CPU_US
    log "wrk -t$THREADS -c$1 -d$6 $3 $2"
    local c0 c1
    c0=$(cpu_ticks)
    wrk_run "$1" "$6" "$4" "$3" "$5"
    check_errors "$2" "$1" "$RESULT"
    # wrk stops at once, the service still finishes what it accepted (seconds' worth of 64 batches).
    if [ "$2" = batch-1000 ]; then sleep 2; else sleep 0.5; fi
    c1=$(cpu_ticks)
    CPU_US=$(awk -v t=$((c1 - c0)) -v hz="$CLK_TCK" -v n="$(field requests "$RESULT")" 'BEGIN { printf "%.1f", (n > 0 ? t * 1e6 / hz / n : 0) }')
}

# The machine is shared, so throughput drifts over a round. Every endpoint is bracketed by /livez runs
# (L E1 L E2 L ... L) and compared with the mean of the two /livez runs beside it, not with one /livez
# figure from another part of the round.
for conns in $CONNECTIONS; do
    measure "$conns" livez GET /livez "" "$FLOOR_DURATION"
    before=$(field rps "$RESULT")
    before_cpu=$CPU_US
    record "$conns" livez "$RESULT" "$CPU_US"
    for c in "${CASES[@]}"; do
        IFS='|' read -r name method path body _ <<<"$c"
        [ "$name" = livez ] && continue
        measure "$conns" "$name" "$method" "$path" "$body" "$DURATION"
        r=$RESULT
        r_cpu=$CPU_US
        measure "$conns" livez GET /livez "" "$FLOOR_DURATION"
        after=$(field rps "$RESULT")
        record "$conns" livez "$RESULT" "$CPU_US"
        record "$conns" "$name" "$r" "$r_cpu" "$(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.1f", (a + b) / 2 }')" \
            "$(awk -v a="$before_cpu" -v b="$CPU_US" 'BEGIN { printf "%.1f", (a + b) / 2 }')"
        before=$after
        before_cpu=$CPU_US
    done
done

RSS_AFTER=$(rss_kib)
stop_service
ELAPSED=$((SECONDS - T0))

targets=""
for c in "${CASES[@]}"; do
    IFS='|' read -r name _ _ _ target <<<"$c"
    targets="$targets $name=$target"
done

SUMMARY="$OUT/summary.txt"
awk -F'\t' -v targets="$targets" -v conns_list="$CONNECTIONS" '
    function median(list, n,    i, j, tmp, a) {
        split(list, a, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { tmp = a[j]; a[j] = a[j - 1]; a[j - 1] = tmp }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    BEGIN {
        n = split(targets, t, " ")
        for (i = 1; i <= n; i++) { split(t[i], kv, "="); target[kv[1]] = kv[2]; order[i] = kv[1] }
        ncases = n
        fmt = "%-14s %5s %10s %8s %8s %7s %9s %7s %8s  %s\n"
    }
    NR > 1 && $2 == "livez" {
        c = $1; ln[c]++; lreq[c] += $6; ldur[c] += ($3 > 0 ? $6 / $3 : 0); lcpu[c] += $9 * $6
        l50[c] = l50[c] " " $4; l99[c] = l99[c] " " $5
        if (!(c in lmin) || $3 + 0 < lmin[c]) lmin[c] = $3 + 0
        if ($3 + 0 > lmax[c]) lmax[c] = $3 + 0
    }
    NR > 1 && $2 != "livez" { rps[$1, $2] = $3; p50[$1, $2] = $4; p99[$1, $2] = $5; cpu[$1, $2] = $9; floor[$1, $2] = $10; fcpu[$1, $2] = $11 }
    END {
        nc = split(conns_list, cl, " ")
        printf fmt, "endpoint", "conns", "req/s", "p50 ms", "p99 ms", "/livez", "cpu us/req", "cpu x", "target", "verdict"
        for (k = 1; k <= nc; k++) {
            c = cl[k]
            printf fmt, "livez", c, sprintf("%.0f", (ldur[c] > 0 ? lreq[c] / ldur[c] : 0)), sprintf("%.2f", median(l50[c], ln[c])), sprintf("%.2f", median(l99[c], ln[c])), "1.00", sprintf("%.0f", (lreq[c] > 0 ? lcpu[c] / lreq[c] : 0)), "1.00", "-", sprintf("%d runs, %.0f..%.0f req/s; median p50/p99", ln[c], lmin[c], lmax[c])
            for (i = 1; i <= ncases; i++) {
                name = order[i]
                if (name == "livez") continue
                ratio[c, name] = floor[c, name] > 0 ? rps[c, name] / floor[c, name] : 0
                cratio[c, name] = cpu[c, name] > 0 ? fcpu[c, name] / cpu[c, name] : 0
                verdict = ""
                if (target[name] != "-") {
                    verdict = ratio[c, name] >= target[name] ? "ok" : "BELOW TARGET"
                    if (verdict != "ok") missed++
                }
                tgt = target[name] == "-" ? "-" : ">= " target[name]
                if (name == "batch-1000") {
                    printf fmt, name, c, sprintf("%.1f", rps[c, name]), sprintf("%.1f", p50[c, name]), sprintf("%.1f", p99[c, name]), sprintf("%.4f", ratio[c, name]), sprintf("%.0f", cpu[c, name]), sprintf("%.4f", cratio[c, name]), tgt, "(batches/s; cpu per batch)"
                    continue
                }
                printf fmt, name, c, sprintf("%.0f", rps[c, name]), sprintf("%.2f", p50[c, name]), sprintf("%.2f", p99[c, name]), sprintf("%.2f", ratio[c, name]), sprintf("%.0f", cpu[c, name]), sprintf("%.2f", cratio[c, name]), tgt, verdict
            }
            print ""
        }
        print "/livez: the endpoint'"'"'s req/s over the mean of the two /livez runs just before and after it (the target"
        print "applies to this). cpu us/req: CPU time of the service per request; cpu x: /livez CPU per request over the"
        print "endpoint'"'"'s, the same comparison by cost, which other load on the machine disturbs far less."
        print ""
        print "One batch of 1,000 keys vs 1,000 single /keys/validate (the same mix: half clean, half typo), at the same"
        print "connection count. Time: a batch = 1/(batches/s), 1,000 singles = 500/clean + 500/typo req/s; ratio from the"
        print "/livez-relative throughputs, so drift between the runs cancels. CPU: per batch vs 500 clean + 500 typo."
        for (k = 1; k <= nc; k++) {
            c = cl[k]
            b = rps[c, "batch-1000"] > 0 ? 1000 / rps[c, "batch-1000"] : 0
            s = (rps[c, "keys-clean"] > 0 && rps[c, "keys-typo"] > 0) ? 1000 * (500 / rps[c, "keys-clean"] + 500 / rps[c, "keys-typo"]) : 0
            nb = ratio[c, "batch-1000"] > 0 ? 1 / ratio[c, "batch-1000"] : 0
            ns = (ratio[c, "keys-clean"] > 0 && ratio[c, "keys-typo"] > 0) ? 500 / ratio[c, "keys-clean"] + 500 / ratio[c, "keys-typo"] : 0
            cb = cpu[c, "batch-1000"] / 1000
            cs = 500 * cpu[c, "keys-clean"] / 1000 + 500 * cpu[c, "keys-typo"] / 1000
            printf "  %3s connections: one batch %.1f ms vs 1,000 singles %.1f ms -> %.3f of it (%.1fx less); CPU %.1f ms vs %.1f ms -> %.3f; batch p50 %.0f ms\n", c, b, s, (ns > 0 ? nb / ns : 0), (nb > 0 ? ns / nb : 0), cb, cs, (cs > 0 ? cb / cs : 0), p50[c, "batch-1000"]
        }
        if (missed) printf "\n%d endpoint/connection pair(s) below target\n", missed
        exit (missed > 0 ? 3 : 0)
    }' "$RESULTS" >"$SUMMARY" && MISSED=0 || MISSED=$?
[ "$MISSED" = 0 ] || [ "$MISSED" = 3 ] || die "summary failed"

{
    echo
    echo "== license-triage HTTP load (wrk -t$THREADS, $DURATION per endpoint, /livez $FLOOR_DURATION between, 127.0.0.1, heap $HEAP) $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
    echo
    cat "$SUMMARY"
    echo
    echo "start-up: Boot 'Started ... in ${STARTED_IN_S:-?} s' (process running for ${PROCESS_S:-?} s); first 200 from /readyz ${READY_MS} ms after launch"
    echo "RSS: $((RSS_READY / 1024)) MiB when ready, $((RSS_AFTER / 1024)) MiB after the load (ps -o rss)"
    echo "warm-up: $WARMUP_PASSES passes; CPU per request moved at most ${WARM_NOTE}% in the last one (warmup.tsv)"
    echo "errors (non-2xx + socket) over all runs, warm-up included: $ERRORS"
    echo "whole run: ${ELAPSED} s; results in $OUT"
} | tee "$OUT/report.txt"

if [ "$ERRORS" != 0 ]; then
    die "$ERRORS non-2xx answers or socket errors: the run fails"
fi
if [ "$MISSED" = 3 ] && [ "${STRICT:-0}" = 1 ]; then
    log "targets missed and STRICT=1"
    exit 2
fi
