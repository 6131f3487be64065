#!/usr/bin/env bash
# The Helm chart executed, not only rendered: `helm template` (through helm-java, no helm binary needed)
# with the locally built image, run with `podman kube play`. Proves that the Deployment's pod starts under
# the chart's security context (uid 10001, read-only root file system with a writable /tmp, no
# capabilities, no privilege escalation, a seccomp filter), that its probes pass, and that the service
# answers POST /keys/validate through the published port.
#
# What podman stands in for, and what it cannot:
#   - the Service: podman 4.3 plays Pods, Deployments and ConfigMaps only; a hostPort on the API port
#     (added to the rendered Deployment here, never to the chart) publishes it on 127.0.0.1:HOST_PORT;
#   - probes: podman turns an httpGet liveness probe into a health check that runs curl inside the
#     container (the image has none) and ignores startup and readiness probes; the script asks each
#     probe's path from outside, through the published port, as the kubelet does from the node;
#   - not at all: HorizontalPodAutoscaler, PodDisruptionBudget, NetworkPolicy, ServiceMonitor,
#     PrometheusRule, Ingress, the ServiceAccount, fsGroup, the preStop hook, rolling updates and more
#     than one replica. Those stay checked
#     by rendering only (HelmChartTest, HelmChartFeaturesTest).
#
# Needs root, podman and catatonit (the pod's infra container), curl, a JDK 17+ and the Maven wrapper
# (for helm-java), and the image that scripts/container-check.sh builds.
#
# Environment: IMAGE (default localhost/license-triage:check), HOST_PORT (default 28080),
#              WORK_DIR (default /var/tmp/license-triage-container).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-localhost/license-triage:check}
HOST_PORT=${HOST_PORT:-28080}
WORK_DIR=${WORK_DIR:-/var/tmp/license-triage-container}
started=$(date +%s)
step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
mkdir -p "$WORK_DIR"
podman image exists "$IMAGE" || fail "no image $IMAGE: run scripts/container-check.sh first"
if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$HOST_PORT/"; then fail "port $HOST_PORT is already in use"; fi

# --- 1. helm template --------------------------------------------------------------------------------
step "helm template (helm-java) with image $IMAGE"
classpath=$WORK_DIR/helm-classpath.txt
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >"$WORK_DIR/mvn.log" 2>&1 \
  || { tail -20 "$WORK_DIR/mvn.log"; fail "resolving helm-java"; }
rendered=$WORK_DIR/chart-rendered.yaml
java -cp "$(cat "$classpath")" scripts/HelmTemplate.java helm/license-triage \
  image.repository="${IMAGE%:*}" image.tag="${IMAGE##*:}" image.pullPolicy=Never replicaCount=1 >"$rendered"
echo "rendered: $(grep '^kind:' "$rendered" | awk '{print $2}' | sort | tr '\n' ' ')"

# The Deployment alone (podman ignores or refuses the rest), with the API port published on the host.
deployment=$WORK_DIR/chart-deployment.yaml
awk -v RS='\n---\n' '/\nkind: Deployment\n/ {print}' "$rendered" \
  | sed -E "s/^( *)containerPort: 8080$/&\n\1hostPort: $HOST_PORT\n\1hostIP: 127.0.0.1/" >"$deployment"
grep -q "hostPort: $HOST_PORT" "$deployment" || fail "no Deployment with containerPort 8080 in the rendered chart"

# --- 2. podman kube play -----------------------------------------------------------------------------
step "podman kube play"
# kube play takes no --ulimit: where podman's default ulimits exceed this host's hard limits (as
# container-check.sh finds on some hosts), give it lower defaults through its configuration.
if ! podman run --rm --network none --entrypoint true "$IMAGE" >/dev/null 2>&1; then
  printf '[containers]\ndefault_ulimits = ["nofile=10240:10240", "nproc=4096:4096"]\n' >"$WORK_DIR/containers.conf"
  export CONTAINERS_CONF=$WORK_DIR/containers.conf
  echo "podman: default ulimits nofile=10240, nproc=4096 ($CONTAINERS_CONF)"
fi
cleanup() { podman kube play --down "$deployment" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup
podman kube play "$deployment" >"$WORK_DIR/kube-play.log" 2>&1 || { cat "$WORK_DIR/kube-play.log"; fail "podman kube play"; }
pod=$(podman pod ps --format '{{.Name}}' | grep '^lt-license-triage' | head -n 1)
container=$(podman ps -a --filter "pod=$pod" --format '{{.Names}} {{.IsInfra}}' | awk '$2 == "false" {print $1}' | head -n 1)
[ -n "$container" ] || { cat "$WORK_DIR/kube-play.log"; fail "no application container in pod '$pod'"; }
echo "pod $pod, container $container"

t0=$(date +%s)
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$HOST_PORT/readyz")" = 200 ]; do
  if [ $(( $(date +%s) - t0 )) -gt 150 ] || [ "$(podman inspect --format '{{.State.Running}}' "$container")" != true ]; then
    podman logs "$container" 2>&1 | tail -30
    fail "the pod did not become ready"
  fi
  sleep 0.5
done
echo "ready (GET /readyz 200 through 127.0.0.1:$HOST_PORT) after $(( $(date +%s) - t0 ))s"

# --- 3. the security context, as the process sees it -------------------------------------------------
step "security context"
status=$(podman exec "$container" cat /proc/1/status)
field() { awk -v f="$1:" '$1 == f {print $2}' <<<"$status"; }
[ "$(field Uid)" = 10001 ] || fail "runs as uid $(field Uid), expected 10001 (runAsUser)"
[ "$(field Gid)" = 10001 ] || fail "runs as gid $(field Gid), expected 10001 (runAsGroup)"
[ "$(field CapEff)" = 0000000000000000 ] && [ "$(field CapBnd)" = 0000000000000000 ] \
  || fail "capabilities left: CapEff $(field CapEff), CapBnd $(field CapBnd) (drop: ALL)"
[ "$(field NoNewPrivs)" = 1 ] || fail "NoNewPrivs is $(field NoNewPrivs) (allowPrivilegeEscalation: false)"
[ "$(field Seccomp)" = 2 ] || fail "Seccomp mode $(field Seccomp), expected 2, a filter (seccompProfile RuntimeDefault)"
if podman exec "$container" touch /app/written 2>/dev/null; then fail "the root file system is writable"; fi
podman exec "$container" touch /tmp/written || fail "/tmp (the emptyDir) is not writable"
[ "$(podman inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$container")" = true ] || fail "ReadonlyRootfs is not set"
echo "uid/gid 10001, no capabilities (CapEff and CapBnd 0), NoNewPrivs 1, seccomp filter; / read-only, /tmp writable"
limit=$(podman inspect --format '{{.HostConfig.Memory}}' "$container")
[ "$limit" = $((512 * 1024 * 1024)) ] || fail "memory limit $limit, expected the chart's 512Mi"
echo "memory limit 512Mi (resources.limits.memory)"

# --- 4. probes and the API through the published port -------------------------------------------------
step "probes and POST /keys/validate"
# The chart's own probes, asked from outside the container as the kubelet asks them from the node.
probes=$(awk '/^ *(startup|liveness|readiness)Probe:/ {probe = $1} probe && /^ *path:/ {print probe, $2; probe = ""}' "$deployment")
[ "$(wc -l <<<"$probes")" = 3 ] || fail "expected startup, liveness and readiness probes with an httpGet path: $probes"
while read -r probe path; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$HOST_PORT$path")
  [ "$code" = 200 ] || fail "$probe GET $path answered $code"
  echo "$probe GET $path: 200"
done <<<"$probes"
answer=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' -H 'Accept-Language: ja' \
  -d '{"productKey":"VK7JG-NPHTM-C97JM-9MPGT-3V66T","installedEdition":"Windows 11 Pro"}' \
  "http://127.0.0.1:$HOST_PORT/keys/validate")
[ "$(tail -n 1 <<<"$answer")" = 200 ] || { echo "$answer"; fail "POST /keys/validate did not answer 200"; }
grep -q '"knownAs" *: *"GENERIC"' <<<"$answer" || { echo "$answer"; fail "the generic key was not recognised"; }
echo "POST /keys/validate through 127.0.0.1:$HOST_PORT: 200, the generic key recognised"

cleanup
trap - EXIT
printf '\nchart-check: passed in %ss (podman kube play of the Deployment from helm/license-triage)\n' \
  "$(( $(date +%s) - started ))"
