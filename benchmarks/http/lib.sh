# Shared by run.sh and soak.sh: tools, build, start and stop of the service, wrk runs. Sourced, not run.
# Expects ROOT (the repository) and HERE (benchmarks/http) to be set by the caller.

PORT=${PORT:-18180}
MGMT_PORT=${MGMT_PORT:-18181}
HEAP=${HEAP:-256m}
BASE="http://127.0.0.1:${PORT}"

SERVICE_PID=""
SERVICE_LOG=""

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# wrk is the only tool not on a Java machine. Nothing is installed silently: without CI or
# INSTALL_DEPS we only say what to run.
need_wrk() {
    command -v wrk >/dev/null 2>&1 && return 0
    log "wrk is not installed. Install it with: apt-get install -y wrk"
    if [ "$(id -u)" = 0 ] && { [ -n "${CI:-}" ] || [ -n "${INSTALL_DEPS:-}" ]; }; then
        log "CI/INSTALL_DEPS is set and we are root: running apt-get install -y wrk"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null \
            || die "apt-get install -y wrk failed"
        command -v wrk >/dev/null 2>&1 || die "wrk still missing after apt-get"
        return 0
    fi
    die "set INSTALL_DEPS=1 (as root) to let this script install it, or install it yourself"
}

need_tools() {
    local t
    for t in java curl awk ps; do
        command -v "$t" >/dev/null 2>&1 || die "$t is required"
    done
}

# Builds the jar unless SKIP_BUILD=1 (then the existing jar is used). Sets JAR.
build_jar() {
    if [ "${SKIP_BUILD:-0}" != 1 ]; then
        log "building: ./mvnw -q -B -DskipTests package"
        local t0=$SECONDS
        (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "build failed"
        log "built in $((SECONDS - t0)) s"
    fi
    JAR=$(ls "$ROOT"/target/license-triage-*.jar 2>/dev/null | head -1)
    [ -n "$JAR" ] || die "no jar in target/ (run without SKIP_BUILD=1)"
}

port_busy() {
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$1/" && return 0
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    return 1
}

now_ms() { date +%s%3N; }

# Starts the service and waits for /readyz. Sets SERVICE_PID, STARTED_IN_S (Boot's own "Started ...
# in X seconds"), PROCESS_S (Boot's "process running for Y") and READY_MS (wall time from launch to the
# first 200 from /readyz). JAVA_OPTS adds JVM options (e.g. a JFR recording).
start_service() {
    local out=$1
    SERVICE_LOG="$out/service.log"
    port_busy "$PORT" && die "port $PORT is in use; choose another with PORT=..."
    port_busy "$MGMT_PORT" && die "port $MGMT_PORT is in use; choose another with MGMT_PORT=..."
    log "starting: java -Xmx$HEAP ${JAVA_OPTS:-} -jar $(basename "$JAR") on $PORT/$MGMT_PORT"
    local t0
    t0=$(now_ms)
    # shellcheck disable=SC2086
    java -Xmx"$HEAP" ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --management.server.port="$MGMT_PORT" \
        >"$SERVICE_LOG" 2>&1 &
    SERVICE_PID=$!
    local deadline=$((SECONDS + ${START_TIMEOUT:-120}))
    until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/readyz")" = 200 ]; do
        kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$SERVICE_LOG" >&2; die "the service exited during start-up"; }
        [ $SECONDS -lt $deadline ] || { tail -30 "$SERVICE_LOG" >&2; die "not ready after ${START_TIMEOUT:-120} s"; }
        sleep 0.05
    done
    READY_MS=$(($(now_ms) - t0))
    local started
    started=$(grep -m1 -oE 'Started [A-Za-z]+ in [0-9.]+ seconds \(process running for [0-9.]+\)' "$SERVICE_LOG" || true)
    STARTED_IN_S=$(printf '%s' "$started" | sed -nE 's/.* in ([0-9.]+) seconds.*/\1/p')
    PROCESS_S=$(printf '%s' "$started" | sed -nE 's/.*running for ([0-9.]+)\)/\1/p')
    log "ready: Boot says started in ${STARTED_IN_S:-?} s (process ${PROCESS_S:-?} s); first 200 from /readyz after ${READY_MS} ms"
}

rss_kib() { ps -o rss= -p "$SERVICE_PID" 2>/dev/null | tr -d ' '; }

# User + system CPU of the service so far, in clock ticks (/proc/PID/stat fields 14 and 15).
CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVICE_PID/stat"; }

# Graceful stop (server.shutdown=graceful), then a hard one if it hangs. Only our own PID.
stop_service() {
    [ -n "$SERVICE_PID" ] || return 0
    if kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        local i
        for i in $(seq 1 60); do
            kill -0 "$SERVICE_PID" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$SERVICE_PID" 2>/dev/null && kill -9 "$SERVICE_PID" 2>/dev/null || true
    fi
    wait "$SERVICE_PID" 2>/dev/null || true
    SERVICE_PID=""
}

# A 1,000-key batch: clean and typo keys alternating, the same mix as the two single-key cases.
write_batch_body() {
    awk 'BEGIN {
        printf "{\"items\":["
        for (i = 0; i < 1000; i++) {
            if (i) printf ","
            printf "{\"productKey\":\"%s\"}", (i % 2 ? "VK7JG-NPHTM-C97JM-9MPGT-3V6GT" : "VK7JG-NPHTM-C97JM-9MPGT-3V66T")
        }
        printf "]}\n"
    }' >"$1"
}

# wrk_run CONNECTIONS DURATION PATH METHOD [BODY]: sets RESULT (the RESULT line of request.lua) and
# WRK_OUT (all of wrk's output). Always 127.0.0.1, bounded by -d; a generous timeout, so that slow
# batches count as latency rather than as socket errors.
wrk_run() {
    local conns=$1 duration=$2 path=$3 method=$4 body=${5:-}
    WRK_OUT=$(wrk -t"${THREADS:-2}" -c"$conns" -d"$duration" --timeout "${WRK_TIMEOUT:-10s}" --latency \
        -s "$HERE/wrk/request.lua" "$BASE$path" -- "$method" "$body" 2>&1) || true
    RESULT=$(printf '%s\n' "$WRK_OUT" | grep -m1 '^RESULT ' || true)
    # No RESULT line means wrk itself failed (bad URL, no connection): count it as a socket error.
    [ -n "$RESULT" ] || RESULT="RESULT requests=0 duration_s=0 rps=0 p50_ms=0 p90_ms=0 p99_ms=0 max_ms=0 non2xx=0 socket_errors=1"
}

# field NAME "RESULT ..." -> value
field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

# What run.sh and soak.sh do before starting the service: results directory, stop on exit, tools, jar and
# the 1,000-key batch body.
prepare_run() {
    mkdir -p "$OUT"
    trap stop_service EXIT
    trap 'exit 130' INT TERM
    need_tools
    need_wrk
    build_jar
    write_batch_body "$OUT/batch-1000.json"
}
