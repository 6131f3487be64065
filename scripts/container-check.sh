#!/usr/bin/env bash
# Container proof without Docker Hub or a Docker daemon: builds the image from the project's
# Dockerfile with podman on local base images, runs it, checks that it answers, and measures its
# start and memory side by side with the same jar on Java 17 without any cache.
#
#   1. with BUILD_MODE=prebuilt only: builds the jar on the host (./mvnw -B -q -DskipTests package);
#   2. makes the local base images once: a Debian bookworm minbase root file system (debootstrap)
#      plus a jlink'ed runtime, imported with `podman import`: Java 25 (the image's runtime, from
#      the Temurin 25 JDK, linked from its run-time image: it has no jmods), Java 17 (the
#      comparison), and a full JDK 17 for the maven build stage;
#   3. podman build with the base images as build arguments (the same Dockerfile as with the
#      public eclipse-temurin defaults); the build's training run writes the AOT cache;
#   4. runs the image with --network host, read-only root and no capabilities, waits for /readyz,
#      POSTs a key to /keys/validate, stops it (graceful shutdown);
#   5. times warm starts, alternating: the image's jar on the Java 17 base without any cache, the
#      same jar on Java 17 with a class-data-sharing archive (what the image ran until it moved to
#      Java 25), and the image (Java 25, AOT cache, Spring AOT); idle RSS of each after one request;
#   6. prints the image size, the start times, the ratio image / Java 17 (goal <= 0.5) and the RSS.
#
# Needs, as root (Debian packages): podman, debootstrap, curl; a JDK 17 with jlink and jmods and a
# JDK 25 with jlink. It installs nothing: `apt-get install -y podman debootstrap curl` first.
# Ports 8080 and 8081 on this host must be free. Every container gets 512 MiB, the Helm chart's
# default memory limit.
#
# Environment:
#   BUILD_MODE=maven|prebuilt  maven (default): the Dockerfile's own two-stage build; its build
#                              stage runs the wrapper with network access (podman build --network
#                              host) and a cache mount for ~/.m2. prebuilt: the jar is built on the
#                              host and passed in the context (JAR_FROM=prebuilt), for hosts whose
#                              builds cannot reach Maven Central.
#   JAVA17_HOME, JAVA25_HOME   the JDKs to link the base images from (default: the javac on PATH,
#                              and the first /usr/lib/jvm/*25* directory).
#   TIMING_RUNS=N              warm starts timed per configuration (default 3).
#   IDLE_SECONDS=N             how long each timed container idles before its RSS is read (default 5).
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
JAVA17_HOME=${JAVA17_HOME:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}
JAVA25_HOME=${JAVA25_HOME:-$(ls -d /usr/lib/jvm/*25* 2>/dev/null | head -n 1)}
JRE_BASE=localhost/license-triage-base:25
JRE17_BASE=localhost/license-triage-base:17
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
[ -x "$JAVA17_HOME/bin/jlink" ] && [ -d "$JAVA17_HOME/jmods" ] || fail "no jlink/jmods under $JAVA17_HOME (set JAVA17_HOME to a JDK 17)"
[ -n "$JAVA25_HOME" ] && [ -x "$JAVA25_HOME/bin/jlink" ] || fail "no JDK 25 with jlink (set JAVA25_HOME)"
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
make_base() { # image-name java-home jlink-modules
  local image=$1 home=$2 modules=$3 rootfs
  rootfs=$(mktemp -d "$WORK_DIR/rootfs.XXXXXX")
  tar -C "$rootfs" -xf "$minbase_tar"
  local extra=()
  if [[ $modules == *jdk.localedata* ]]; then extra+=(--include-locales=en,ja); fi
  # A JDK without jmods (Temurin 25) links from its own run-time image (JEP 493).
  if [ -d "$home/jmods" ]; then extra+=(--module-path "$home/jmods"); fi
  "$home/bin/jlink" --add-modules "$modules" "${extra[@]}" \
    --strip-debug --no-man-pages --no-header-files --generate-cds-archive \
    --output "$rootfs/opt/java/openjdk" >"$WORK_DIR/jlink.log" 2>&1 || { tail -20 "$WORK_DIR/jlink.log"; fail "jlink $image"; }
  # Debian's JDK and Temurin's package keep the CA certificates outside the image: take the host's.
  cp "$(readlink -f "$home/lib/security/cacerts")" "$rootfs/opt/java/openjdk/lib/security/cacerts"
  tar -C "$rootfs" -c . | podman import \
    --change 'ENV JAVA_HOME=/opt/java/openjdk' \
    --change 'ENV PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV LANG=C.UTF-8' \
    --change 'CMD ["bash"]' \
    - "$image" >/dev/null
  rm -rf "$rootfs"
  echo "$image: $(podman image inspect --format '{{.Size}}' "$image" | awk '{printf "%.0f MB", $1/1e6}')"
}
need_bases=("$JRE_BASE" "$JRE17_BASE")
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
    case $image in
      "$JDK_BASE") make_base "$image" "$JAVA17_HOME" ALL-MODULE-PATH ;;
      "$JRE17_BASE") make_base "$image" "$JAVA17_HOME" "$JRE_MODULES" ;;
      *) make_base "$image" "$JAVA25_HOME" "$JRE_MODULES" ;;
    esac
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

step "run the image and check the answers"
t0=$(date +%s%N)
run_container "$IMAGE"
ready_first=$(wait_ready "$t0")
started_first=$(started_line)
echo "ready after ${ready_first}s; Started LicenseTriageApplication in $started_first"
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
else
  cat "$WORK_DIR/answer.json"; fail "POST /keys/validate answered $status"
fi
metrics=$(curl -s http://127.0.0.1:8081/actuator/prometheus)
grep -q '^licensetriage_knowledge_entries{' <<<"$metrics" || fail "no licensetriage_knowledge_entries on /actuator/prometheus"
echo "management port: /actuator/prometheus serves licensetriage_knowledge_entries"
t=$(date +%s%N)
stop_container
echo "stopped in $(ms "$t")s"

# --- 5. side by side -------------------------------------------------------------------------------
# The image's own /app (the layered jar and its lib/) on the Java 17 base: the same jar, Java 17,
# once without any cache and once with a CDS archive made by a training run as the image made it
# until it moved to Java 25. The first run above read the image from disk; these are warm starts.
app_dir=$WORK_DIR/app
cds_dir=$WORK_DIR/cds17
rm -rf "$app_dir" "$cds_dir"
mkdir -p "$cds_dir"
chmod 0777 "$cds_dir"
podman rm -f "$CONTAINER-copy" >/dev/null 2>&1 || true
podman create --name "$CONTAINER-copy" "$IMAGE" >/dev/null 2>>"$WORK_DIR/podman.log"
podman cp "$CONTAINER-copy:/app" "$app_dir"
podman rm -f "$CONTAINER-copy" >/dev/null
rm -f "$app_dir/app.aot"
on_java17=(-v "$app_dir:/app:ro" -v "$cds_dir:/cds" -w /app --user 10001 --entrypoint java "$JRE17_BASE"
           -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError)
podman run --rm --network none "${ulimits[@]}" --memory 512m "${on_java17[@]}" \
  -XX:ArchiveClassesAtExit=/cds/app.jsa -Dspring.context.exit=onRefresh -jar app.jar >"$WORK_DIR/cds-training.log" 2>&1 \
  || { tail -20 "$WORK_DIR/cds-training.log"; fail "CDS training run on Java 17"; }

step "start time and idle RSS, side by side (${TIMING_RUNS:-3} warm runs each, alternating)"
rss_mb() { podman exec "$CONTAINER" cat /proc/1/status 2>>"$WORK_DIR/podman.log" | awk '/^VmRSS/ {printf "%.0f", $2/1024}'; }
timed_run() { # label podman-run-args... ; prints "started/ready/rss"
  local label=$1 t0 ready started_s rss; shift
  t0=$(date +%s%N)
  run_container "$@"
  ready=$(wait_ready "$t0")
  started_s=$(started_line)
  curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"productKey":"W269N-WFGWX-YVC9B-4J6C9-T83GX"}' \
    http://127.0.0.1:8080/keys/validate
  sleep "${IDLE_SECONDS:-5}"
  rss=$(rss_mb)
  stop_container
  printf '  %-30s Started in %s; /readyz 200 after %ss; idle RSS %s MB\n' "$label" "$started_s" "$ready" "$rss" >&2
  echo "${started_s% seconds}/$ready/$rss"
}
java17_runs=(); cds17_runs=(); image_runs=()
for _ in $(seq "${TIMING_RUNS:-3}"); do
  java17_runs+=("$(timed_run "Java 17, no cache" "${on_java17[@]}" -jar app.jar)")
  cds17_runs+=("$(timed_run "Java 17 + CDS (image before)" "${on_java17[@]}" -XX:SharedArchiveFile=/cds/app.jsa -jar app.jar)")
  image_runs+=("$(timed_run "image: Java 25 + AOT cache" "$IMAGE")")
done
mean() { printf '%s\n' "$@" | awk -F/ '{s+=$1; r+=$2; m+=$3} END {printf "%.2f %.2f %.0f", s/NR, r/NR, m/NR}'; }
read -r j17_started j17_ready j17_rss <<<"$(mean "${java17_runs[@]}")"
read -r cds_started cds_ready cds_rss <<<"$(mean "${cds17_runs[@]}")"
read -r img_started img_ready img_rss <<<"$(mean "${image_runs[@]}")"
ratio_started=$(awk -v a="$img_started" -v b="$j17_started" 'BEGIN {printf "%.2f", a/b}')
ratio_ready=$(awk -v a="$img_ready" -v b="$j17_ready" 'BEGIN {printf "%.2f", a/b}')
goal=$(awk -v r="$ratio_ready" 'BEGIN {print (r <= 0.5 ? "met" : "NOT met")}')

# --- 6. summary ------------------------------------------------------------------------------------
size=$(podman image inspect --format '{{.Size}}' "$IMAGE" | awk '{printf "%.0f MB", $1/1e6}')
base_size=$(podman image inspect --format '{{.Size}}' "$JRE_BASE" | awk '{printf "%.0f MB", $1/1e6}')
aot_size=$(podman run --rm --network none "${ulimits[@]}" --entrypoint ls "$IMAGE" -l app.aot 2>>"$WORK_DIR/podman.log" | awk '{printf "%.0f MB", $5/1e6}')
row() { printf '%-38s %6.2f s     %6.2f s    %4s MB' "$@"; }
cat <<SUMMARY

container-check: passed
  image               $IMAGE: $size (base $JRE_BASE: $base_size; AOT cache $aot_size)
  build ($BUILD_MODE)   ${build_seconds}s
  first (cold) start  Started in $started_first; /readyz 200 after ${ready_first}s (the image)
  means of ${TIMING_RUNS:-3} warm runs, 512 MiB each:    Started in   /readyz 200   idle RSS
    $(row "Java 17, no cache" "$j17_started" "$j17_ready" "$j17_rss")
    $(row "Java 17 + CDS (the image until now)" "$cds_started" "$cds_ready" "$cds_rss")
    $(row "image: Java 25 + AOT cache" "$img_started" "$img_ready" "$img_rss")
  image / Java 17     Started in x$ratio_started, ready x$ratio_ready (goal <= 0.5: $goal)
  whole script        $(( $(date +%s) - started ))s
SUMMARY
