#!/usr/bin/env bash
# The inventory audit over HTTP: rows/s of POST /keys/audit against the JSON batch over the same keys, and the
# heap a 100,000-row audit needs under -Xmx256m (from the GC log). No wrk needed: one upload is one request.
#
#   benchmarks/http/audit.sh            # ROWS=100000 ROUNDS=5; SKIP_BUILD=1 reuses the jar
#
# 1. builds the jar and, with the Maven profile jmh, the inventory generator (InventoryFiles), and writes an
#    inventory of ROWS rows and the same keys as 1,000-key JSON batch bodies;
# 2. starts the service with -Xmx$HEAP (256m) and a GC log;
# 3. warms up (2 audits, 1 pass of batches), then ROUNDS times: the whole file as one audit (CSV answer), the
#    same file answered as JSON lines, and the keys as sequential 1,000-key batches over one connection;
# 4. checks every answer (200, the report's last line complete, every batch 200), prints rows/s and service CPU
#    per row for each, and the heap from the GC log: the most in use before a collection and after one.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=lib.sh
. "$HERE/lib.sh"

ROWS=${ROWS:-100000}
ROUNDS=${ROUNDS:-5}
OUT="$HERE/results/audit-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT/batches"
trap stop_service EXIT
trap 'exit 130' INT TERM
need_tools
build_jar
log "building the inventory generator: ./mvnw -q -B -Pjmh test-compile"
(cd "$ROOT" && ./mvnw -q -B -Pjmh test-compile) || die "test-compile failed"
java -cp "$ROOT/target/classes:$ROOT/target/test-classes" org.licensetriage.keys.InventoryFiles "$OUT/inventory.csv" "$ROWS"
log "inventory: $ROWS rows, $(($(stat -c %s "$OUT/inventory.csv") / 1024)) KiB"
awk -F, -v dir="$OUT/batches" 'NR > 1 {
    n = NR - 2; file = sprintf("%s/batch-%05d.json", dir, int(n / 1000))
    printf "%s{\"productKey\":\"%s\"}", (n % 1000 ? "," : "{\"items\":["), $3 > file
    if (n % 1000 == 999) { printf "]}\n" > file; close(file) }
} END { if ((NR - 1) % 1000) printf "]}\n" > file }' "$OUT/inventory.csv"

JAVA_OPTS="-Xlog:gc:file=$OUT/gc.log:uptime ${JAVA_OPTS:-}" start_service "$OUT"

# audit ACCEPT REPORT_FILE -> seconds; fails unless the answer is 200 and complete
audit() {
    local result
    result=$(curl -s -o "$2" -w '%{http_code} %{time_total}' -H 'Content-Type: text/csv' -H "Accept: $1" \
        --data-binary @"$OUT/inventory.csv" "$BASE/keys/audit")
    [ "${result%% *}" = 200 ] || die "audit answered ${result%% *}"
    tail -n 1 "$2" | grep -q '"complete":true\|^#summary,complete,true' || die "audit report incomplete: $2"
    echo "${result#* }"
}

# batches -> seconds for all batch bodies, one curl process and one connection
BATCH_ARGS=()
for f in "$OUT"/batches/batch-*.json; do
    [ ${#BATCH_ARGS[@]} -gt 0 ] && BATCH_ARGS+=(--next)
    BATCH_ARGS+=(-s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' --data-binary "@$f"
        "$BASE/keys/validate/batch")
done
batches() {
    local t0 t1 codes
    t0=$(now_ms)
    codes=$(curl "${BATCH_ARGS[@]}")
    t1=$(now_ms)
    [ -z "$(printf '%s\n' "$codes" | grep -v '^200$')" ] || die "a batch answered other than 200"
    awk -v ms=$((t1 - t0)) 'BEGIN { printf "%.3f\n", ms / 1000 }'
}

# measure NAME COMMAND... -> prints "NAME rows/s cpu-us/row" and appends it to results.tsv
measure() {
    local name=$1 c0 c1 seconds
    shift
    c0=$(cpu_ticks)
    seconds=$("$@")
    c1=$(cpu_ticks)
    awk -v n="$name" -v s="$seconds" -v rows="$ROWS" -v t=$((c1 - c0)) -v hz="$CLK_TCK" \
        'BEGIN { printf "%-18s %8.2f s %9.0f rows/s %6.2f cpu-us/row\n", n, s, rows / s, t * 1e6 / hz / rows }' \
        | tee -a "$OUT/results.tsv"
}

log "warm-up: 2 audits, 1 pass of batches"
audit text/csv "$OUT/report.csv" >/dev/null
audit application/x-ndjson "$OUT/report.jsonl" >/dev/null
batches >/dev/null
for r in $(seq 1 "$ROUNDS"); do
    log "round $r of $ROUNDS"
    measure "audit csv" audit text/csv "$OUT/report.csv"
    measure "audit json-lines" audit application/x-ndjson "$OUT/report.jsonl"
    measure "batch 1000" batches
done

{
    echo
    echo "medians over $ROUNDS rounds ($ROWS rows, $(($(stat -c %s "$OUT/inventory.csv") / 1024)) KiB, -Xmx$HEAP):"
    for name in "audit csv" "audit json-lines" "batch 1000"; do
        rps=$(grep "^$name " "$OUT/results.tsv" | awk '{ print $(NF-3) }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
        cpu=$(grep "^$name " "$OUT/results.tsv" | awk '{ print $(NF-1) }' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
        printf '  %-18s %9.0f rows/s  %6.2f cpu-us/row\n' "$name" "$rps" "$cpu"
    done
    # G1 lines look like "Pause Young (Normal) (G1 Evacuation Pause) 98M->21M(256M) 3.1ms"
    sed -nE 's/.* ([0-9]+)M->([0-9]+)M\(([0-9]+)M\).*/\1 \2 \3/p' "$OUT/gc.log" | awk \
        '{ if ($1 > before) before = $1; if ($2 > after) after = $2; if ($3 > committed) committed = $3; n++ }
         END { printf "  heap: at most %d MiB in use before a collection, %d MiB live after one, %d MiB committed (%d collections)\n", before, after, committed, n }'
    grep -q OutOfMemoryError "$SERVICE_LOG" && echo "  OutOfMemoryError in the service log" || echo "  no OutOfMemoryError"
    echo "  RSS after the runs: $(($(rss_kib) / 1024)) MiB"
} | tee "$OUT/summary.txt"
