#!/usr/bin/env bash
# Start-up and idle memory of two (or more) jars side by side: each round starts every jar in turn (alternating,
# so a busy minute on a shared machine hits all of them), waits for the first 200 from /readyz, asks for one
# error entry, idles, and reads the RSS. Prints a line per start and, at the end, the medians and each jar's
# ratio to the first one.
#
#   benchmarks/http/startup.sh ROUNDS JAR...
#   e.g. benchmarks/http/startup.sh 5 /tmp/before.jar target/license-triage-0.1.0-SNAPSHOT.jar
#
# HEAP (default 256m, as run.sh), IDLE seconds before the RSS is read (default 10), PORT (default 18190).
# Only the processes this script starts are stopped.
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,11p' "$0"; exit 2; }
ROUNDS=$1
shift
JARS=("$@")
HEAP=${HEAP:-256m}
IDLE=${IDLE:-10}
PORT=${PORT:-18190}
OUT=$(mktemp -d)
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$OUT"' EXIT

for jar in "${JARS[@]}"; do
    [ -f "$jar" ] || { echo "no such jar: $jar" >&2; exit 2; }
done

# start INDEX -> appends "ready_ms started_s rss_mib" to $OUT/INDEX
start() {
    local jar=${JARS[$1]} log="$OUT/service.log" t0 t1 rss started
    t0=$(date +%s%N)
    java -Xmx"$HEAP" -jar "$jar" --server.port="$PORT" --management.server.port=$((PORT + 1)) >"$log" 2>&1 &
    PID=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ]; do
        kill -0 "$PID" 2>/dev/null || { echo "$jar did not start:" >&2; tail -20 "$log" >&2; exit 1; }
        sleep 0.05
    done
    t1=$(date +%s%N)
    curl -s -o /dev/null "http://127.0.0.1:$PORT/errors/0xC004F050"
    sleep "$IDLE"
    rss=$(( $(ps -o rss= -p "$PID") / 1024 ))
    started=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]*' | head -1)
    kill "$PID"
    wait "$PID" 2>/dev/null || true
    PID=""
    echo "$(( (t1 - t0) / 1000000 )) $started $rss" >>"$OUT/$1"
    printf 'round %d  %-40s ready %5d ms  Started in %5s s  RSS %4d MiB\n' "$round" "$(basename "$jar")" \
        $(( (t1 - t0) / 1000000 )) "$started" "$rss"
}

for round in $(seq 1 "$ROUNDS"); do
    for i in "${!JARS[@]}"; do
        start "$i"
    done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '%-40s %10s %12s %10s   (medians of %d starts, -Xmx%s, RSS after %d s idle)\n' jar "ready ms" "Started s" \
    "RSS MiB" "$ROUNDS" "$HEAP" "$IDLE"
for i in "${!JARS[@]}"; do
    ready[i]=$(cut -d' ' -f1 "$OUT/$i" | median)
    started[i]=$(cut -d' ' -f2 "$OUT/$i" | median)
    rss[i]=$(cut -d' ' -f3 "$OUT/$i" | median)
    ratio=""
    if [ "$i" -gt 0 ]; then
        ratio=$(awk -v a="${ready[i]}" -v b="${ready[0]}" -v c="${started[i]}" -v d="${started[0]}" \
            -v e="${rss[i]}" -v f="${rss[0]}" 'BEGIN { printf "x%.2f ready, x%.2f Started, x%.2f RSS of the first", a/b, c/d, e/f }')
    fi
    printf '%-40s %10s %12s %10s   %s\n' "$(basename "${JARS[$i]}")" "${ready[i]}" "${started[i]}" "${rss[i]}" "$ratio"
done
