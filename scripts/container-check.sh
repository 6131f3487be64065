#!/usr/bin/env bash
# Container proof without Docker Hub or a Docker daemon: builds the image from the project's
# Dockerfile with podman on local base images, runs it, checks that it answers, and measures the
# start with and without the class-data-sharing archive.
#
#   1. with BUILD_MODE=prebuilt only: builds the jar on the host (./mvnw -B -q -DskipTests package);
#   2. makes the local base images once: a Debian bookworm minbase root file system (debootstrap)
#      plus a jlink'ed Java 17 runtime (JRE base) or a full jlink'ed JDK (JDK base, for the maven
#      build stage), imported with `podman import`;
#   3. podman build with the base images as build arguments (the same Dockerfile as with the
#      public eclipse-temurin defaults);
#   4. runs the image with --network host, read-only root and no capabilities, waits for /readyz,
#      POSTs a key to /keys/validate (or GETs /errors/0xC004F050 while that endpoint is missing),
#      stops it (graceful shutdown), then times warm starts with and without the CDS archive;
#   5. prints the image size and the start times.
#
# Needs, as root (Debian packages): podman, debootstrap, curl; a JDK 17 with jlink and jmods.
# It installs nothing: `apt-get install -y podman debootstrap curl` first.
# Ports 8080 and 8081 on this host must be free. The container gets 512 MiB, the Helm chart's
# default memory limit.
#
# Environment:
#   BUILD_MODE=maven|prebuilt  maven (default): the Dockerfile's own two-stage build; its build
#                              stage runs the wrapper with network access (podman build --network
#                              host) and a cache mount for ~/.m2. prebuilt: the jar is built on the
#                              host and passed in the context (JAR_FROM=prebuilt), for hosts whose
#                              builds cannot reach Maven Central.
#   TIMING_RUNS=N              warm starts timed with and without CDS (default 3 each).
#   REBUILD_BASE=1             rebuild the base images even if they exist.
#   STORAGE_DRIVER=vfs         podman storage driver if overlay does not work here.
#   OCI_RUNTIME=runc           podman's OCI runtime; by default the script tries podman's default,
#                              then runc (crun refuses hybrid cgroup v1/v2 hosts), each with
#                              container ulimits below this host's hard limits.
#   DEBIAN_MIRROR=URL          debootstrap mirror (default http://deb.debian.org/debian).
#   WORK_DIR=DIR               where the root file system is cached (default /var/tmp/license-triage-container).
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
BUILD_MODE=${BUILD_MODE:-maven}
WORK_DIR=${WORK_DIR:-/var/tmp/license-triage-container}
DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
JRE_BASE=localhost/license-triage-base:17
JDK_BASE=localhost/license-triage-jdk:17
IMAGE=localhost/license-triage:check
CONTAINER=license-triage-check
# jdeps --print-module-deps on the application's jars, plus what the JVM and Spring need at run
# time that jdeps cannot see: TLS (jdk.crypto.ec), DNS, locale data for English and Japanese,
# and jcmd for diagnostics.
JRE_MODULES=java.base,java.compiler,java.desktop,java.instrument,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.security.jgss,java.sql,jdk.jfr,jdk.management,jdk.unsupported,jdk.crypto.ec,jdk.naming.dns,jdk.localedata,jdk.zipfs,jdk.jcmd,jdk.attach

ms() { local ms=$(( ($(date +%s%N) - $1) / 1000000 )); printf '%d.%03d' $((ms / 1000)) $((ms % 1000)); }
step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
podman_opts=(${STORAGE_DRIVER:+--storage-driver "$STORAGE_DRIVER"} ${OCI_RUNTIME:+--runtime "$OCI_RUNTIME"})
podman() { command podman "${podman_opts[@]}" "$@"; }

for tool in podman curl; do
  command -v "$tool" >/dev/null || fail "$tool not found: apt-get install -y podman debootstrap curl"
done
[ -x "$JAVA_HOME/bin/jlink" ] && [ -d "$JAVA_HOME/jmods" ] || fail "no jlink/jmods under $JAVA_HOME (set JAVA_HOME to a JDK 17)"
[ "$(id -u)" = 0 ] || fail "run as root (debootstrap and podman import need it)"
for port in 8080 8081; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then fail "port $port is already in use"; fi
done

cleanup() { podman rm -f "$CONTAINER" >/dev/null 2>&1 || true; }
trap cleanup EXIT

# --- 1. the jar ----------------------------------------------------------------------------------
# JAR_FROM is passed even when it is the Dockerfile's default: buildah decides which stages it may
# skip from the --build-arg values only.
jar_args=(--build-arg JAR_FROM=maven)
if [ "$BUILD_MODE" = prebuilt ]; then
  step "building the jar on the host"
  t=$(date +%s)
  rm -f target/license-triage-*.jar
  ./mvnw -B -q -DskipTests package
  ls target/license-triage-*.jar >/dev/null
  jar_args=(--build-arg JAR_FROM=prebuilt)
  echo "jar built in $(( $(date +%s) - t ))s"
elif [ "$BUILD_MODE" != maven ]; then
  fail "BUILD_MODE must be prebuilt or maven"
fi

# --- 2. local base images --------------------------------------------------------------------------
minbase_tar=$WORK_DIR/bookworm-minbase.tar
make_base() { # image-name jlink-modules
  local image=$1 modules=$2 rootfs
  rootfs=$(mktemp -d "$WORK_DIR/rootfs.XXXXXX")
  tar -C "$rootfs" -xf "$minbase_tar"
  local extra=()
  if [[ $modules == *jdk.localedata* ]]; then extra+=(--include-locales=en,ja); fi
  "$JAVA_HOME/bin/jlink" --module-path "$JAVA_HOME/jmods" --add-modules "$modules" "${extra[@]}" \
    --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
    --output "$rootfs/opt/java/openjdk"
  # Debian's JDK keeps the CA certificates outside the jmods: take the host's.
  cp "$(readlink -f "$JAVA_HOME/lib/security/cacerts")" "$rootfs/opt/java/openjdk/lib/security/cacerts"
  tar -C "$rootfs" -c . | podman import \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["bash"]' \
    - "$image" >/dev/null
  rm -rf "$rootfs"
  echo "$image: $(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
}
need_bases=("$JRE_BASE")
[ "$BUILD_MODE" = maven ] && need_bases+=("$JDK_BASE")
for image in "${need_bases[@]}"; do
  if [ "${REBUILD_BASE:-0}" = 1 ] || ! podman image exists "$image"; then
    step "making the base image $image"
    t=$(date +%s)
    mkdir -p "$WORK_DIR"
    if [ ! -s "$minbase_tar" ]; then
      command -v debootstrap >/dev/null || fail "debootstrap not found: apt-get install -y debootstrap"
      rootfs=$WORK_DIR/minbase
      rm -rf "$rootfs"
      debootstrap --variant=minbase bookworm "$rootfs" "$DEBIAN_MIRROR" >"$WORK_DIR/debootstrap.log" 2>&1 \
        || { tail -20 "$WORK_DIR/debootstrap.log"; fail "debootstrap"; }
      rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* \
             "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* \
             "$rootfs"/usr/share/locale/*
      tar -C "$rootfs" -cf "$minbase_tar" .
      rm -rf "$rootfs"
    fi
    if [ "$image" = "$JDK_BASE" ]; then
      make_base "$image" ALL-MODULE-PATH
    else
      make_base "$image" "$JRE_MODULES"
    fi
    echo "base image made in $(( $(date +%s) - t ))s"
  fi
done

# --- podman on this host ---------------------------------------------------------------------------
# Some hosts (VMs, CI sandboxes) refuse podman's default ulimits or crun's cgroup handling: find a
# runtime and ulimits that start a container, and use them for the build and the runs.
ulimits=()
build_runtime=(${OCI_RUNTIME:+--runtime "$OCI_RUNTIME"})
runs() { podman run --rm --network none "${ulimits[@]}" "$JRE_BASE" true >"$WORK_DIR/probe.log" 2>&1; }
if ! runs; then
  ulimits=(--ulimit nofile=10240:10240 --ulimit nproc=4096:4096)
  if ! runs && [ -z "${OCI_RUNTIME:-}" ] && command -v runc >/dev/null; then
    podman_opts+=(--runtime runc)
    build_runtime=(--runtime runc)
    runs || { cat "$WORK_DIR/probe.log"; fail "podman cannot start a container here"; }
  fi
  runs || { cat "$WORK_DIR/probe.log"; fail "podman cannot start a container here"; }
  echo "podman: using ${podman_opts[*]} ${ulimits[*]}"
fi

# --- 3. the image ----------------------------------------------------------------------------------
step "podman build ($BUILD_MODE)"
t=$(date +%s)
podman build --format docker --network host "${build_runtime[@]}" "${ulimits[@]}" \
  --build-arg JDK_IMAGE="$JDK_BASE" --build-arg JRE_IMAGE="$JRE_BASE" "${jar_args[@]}" \
  -t "$IMAGE" . > "$WORK_DIR/build.log" 2>&1 || { tail -40 "$WORK_DIR/build.log"; fail "podman build"; }
build_seconds=$(( $(date +%s) - t ))
echo "image built in ${build_seconds}s"
user=$(podman image inspect --format '{{.Config.User}}' "$IMAGE")
[ "$user" = 10001 ] || fail "image USER is '$user', expected 10001"
uid=$(podman run --rm --network none "${ulimits[@]}" --entrypoint id "$IMAGE" -u 2>>"$WORK_DIR/podman.log")
[ "$uid" = 10001 ] || fail "the container runs as uid $uid"
echo "runs as uid $uid; exposes $(podman image inspect --format '{{range $p, $_ := .Config.ExposedPorts}}{{$p}} {{end}}' "$IMAGE")"

# --- 4. run it -------------------------------------------------------------------------------------
wait_ready() { # prints seconds until /readyz answered 200
  local t0=$1 deadline=$(( $(date +%s) + 120 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 http://127.0.0.1:8080/readyz)" = 200 ]; do
    if [ "$(date +%s)" -gt "$deadline" ] || [ "$(podman inspect --format '{{.State.Running}}' "$CONTAINER")" != true ]; then
      podman logs "$CONTAINER" 2>&1 | tail -30
      fail "not ready"
    fi
    sleep 0.1
  done
  ms "$t0"
}
started_line() { # "Started LicenseTriageApplication in X seconds", from plain or ECS JSON logs
  podman logs "$CONTAINER" 2>&1 | grep -o 'Started LicenseTriageApplication in [0-9.]* seconds' | grep -o '[0-9.]* seconds'
}
run_container() { # extra podman-run arguments...
  podman rm -f "$CONTAINER" >/dev/null 2>&1 || true
  podman run -d --name "$CONTAINER" --network host "${ulimits[@]}" --read-only --tmpfs /tmp --cap-drop ALL \
    --security-opt no-new-privileges --memory 512m \
    -e LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs "$@" >/dev/null 2>>"$WORK_DIR/podman.log"
  # (podman's stderr: without systemd it complains that it cannot schedule the healthcheck timer)
}
stop_container() {
  podman stop -t 30 "$CONTAINER" >/dev/null 2>>"$WORK_DIR/podman.log"
  local code
  code=$(podman inspect --format '{{.State.ExitCode}}' "$CONTAINER")
  # 143 = SIGTERM: the JVM ran its shutdown hooks (graceful shutdown) and exited on the signal.
  [ "$code" = 0 ] || [ "$code" = 143 ] || { podman logs "$CONTAINER" 2>&1 | tail -20; fail "exit code $code after stop"; }
}

step "run (with the CDS archive) and check the answers"
t0=$(date +%s%N)
run_container "$IMAGE"
ready_cds=$(wait_ready "$t0")
started_cds=$(started_line)
echo "ready after ${ready_cds}s; Started LicenseTriageApplication in $started_cds"
podman logs "$CONTAINER" > "$WORK_DIR/app.log" 2>&1
grep -q '"ecs":{"version"' "$WORK_DIR/app.log" || fail "logs are not ECS JSON"
podman healthcheck run "$CONTAINER" 2>>"$WORK_DIR/podman.log" || fail "the image's HEALTHCHECK does not report healthy"
echo "logs are ECS JSON; the image's HEALTHCHECK reports healthy"

status=$(curl -s -o "$WORK_DIR/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' \
  -d '{"productKey": "VK7JG-NPHTM-C97JM-9MPGT-3V66T", "installedEdition": "Professional"}' \
  http://127.0.0.1:8080/keys/validate)
if [ "$status" = 200 ]; then
  grep -q '"format" *: *"WIN8_PLUS"' "$WORK_DIR/answer.json" || { cat "$WORK_DIR/answer.json"; fail "unexpected /keys/validate answer"; }
  grep -q '"knownAs" *: *"GENERIC"' "$WORK_DIR/answer.json" || { cat "$WORK_DIR/answer.json"; fail "the generic key was not recognised"; }
  echo "POST /keys/validate: 200, WIN8_PLUS, known as GENERIC"
elif [ "$status" = 404 ]; then
  echo "POST /keys/validate: 404 (not merged yet), checking GET /errors/0xC004F050 instead"
  status=$(curl -s -o "$WORK_DIR/answer.json" -w '%{http_code}' http://127.0.0.1:8080/errors/0xC004F050)
  [ "$status" = 200 ] && grep -q '"code" *: *"0xC004F050"' "$WORK_DIR/answer.json" \
    || { cat "$WORK_DIR/answer.json"; fail "GET /errors/0xC004F050 answered $status"; }
  echo "GET /errors/0xC004F050: 200"
else
  cat "$WORK_DIR/answer.json"; fail "POST /keys/validate answered $status"
fi
metrics=$(curl -s http://127.0.0.1:8081/actuator/prometheus)
grep -q '^licensetriage_knowledge_entries{' <<<"$metrics" || fail "no licensetriage_knowledge_entries on /actuator/prometheus"
echo "management port: /actuator/prometheus serves licensetriage_knowledge_entries"
t=$(date +%s%N)
stop_container
echo "stopped in $(ms "$t")s"

# The first run above read the image from disk; compare warm starts, alternating, TIMING_RUNS each.
step "start time with and without the CDS archive (${TIMING_RUNS:-3} warm runs each)"
cds_runs=(); plain_runs=()
timed_run() { # label podman-run-args...
  local label=$1 t0 ready started_s; shift
  t0=$(date +%s%N)
  run_container "$@"
  ready=$(wait_ready "$t0")
  started_s=$(started_line)
  stop_container
  printf '  %-12s Started in %s; /readyz 200 after %ss\n' "$label" "$started_s" "$ready" >&2
  echo "${started_s% seconds}/$ready"
}
for _ in $(seq "${TIMING_RUNS:-3}"); do
  cds_runs+=("$(timed_run "with CDS" "$IMAGE")")
  plain_runs+=("$(timed_run "without CDS" --entrypoint java "$IMAGE" -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -jar app.jar)")
done
mean() { printf '%s\n' "$@" | awk -F/ '{s+=$1; r+=$2} END {printf "Started in %.2f s, /readyz 200 after %.2f s (mean of %d)", s/NR, r/NR, NR}'; }

# --- 5. summary ------------------------------------------------------------------------------------
size=$(podman image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}')
base_size=$(podman image inspect --format '{{.Size}}' "$JRE_BASE" | awk '{printf "%.0f MB", $1/1e6}')
cds_size=$(podman run --rm --network none "${ulimits[@]}" --entrypoint ls "$IMAGE" -l app.jsa 2>>"$WORK_DIR/podman.log" | awk '{printf "%.0f MB", $5/1e6}')
cat <<EOF

container-check: passed
  image               $IMAGE: $size (base $JRE_BASE: $base_size; CDS archive $cds_size)
  build ($BUILD_MODE)   ${build_seconds}s
  first (cold) start  Started in $started_cds; /readyz 200 after ${ready_cds}s (with CDS)
  with CDS            $(mean "${cds_runs[@]}")
  without CDS         $(mean "${plain_runs[@]}")
  whole script        $(( $(date +%s) - started ))s
EOF
