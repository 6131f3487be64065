#!/usr/bin/env bash
# Prometheus against a running license-triage, without Docker: runs Debian's prometheus binary with
# deploy/prometheus/prometheus.yml (targets pointed at this host) and alerts.yml, sends some traffic,
# then checks that the target is up, every rule loads and none fires, and that every query of the
# Grafana dashboard returns data.
#
#   java -jar target/license-triage-*.jar &      # or the container: see scripts/container-check.sh
#   scripts/prometheus-smoke.sh
#
# Needs: prometheus (Debian package), curl, jq; the service on 127.0.0.1:8080 (API) and :8081
# (management); port 9099 free. Takes about a minute (three scrapes at 15 s).
set -euo pipefail
cd "$(dirname "$0")/.."

api=http://127.0.0.1:8080
prom=127.0.0.1:9099
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
for tool in prometheus curl jq; do command -v "$tool" >/dev/null || fail "$tool not found"; done
[ "$(curl -s -o /dev/null -w '%{http_code}' "$api/readyz")" = 200 ] || fail "license-triage is not ready on $api"

work=$(mktemp -d)
prometheus_pid=
cleanup() { [ -n "$prometheus_pid" ] && kill "$prometheus_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
sed -e 's/license-triage:8081/127.0.0.1:8081/' -e "s/localhost:9090/$prom/" deploy/prometheus/prometheus.yml > "$work/prometheus.yml"
cp deploy/prometheus/alerts.yml "$work/"
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/data" \
  --web.listen-address="$prom" > "$work/prometheus.log" 2>&1 &
prometheus_pid=$!

traffic() {
  local json=(-H 'Content-Type: application/json')
  for _ in $(seq 10); do
    curl -s -o /dev/null "$api/errors/0xC004F050"
    curl -s -o /dev/null "$api/errors/0xC0000000"
    curl -s -o /dev/null "$api/errors?q=kms"
    curl -s -o /dev/null "${json[@]}" -d '{"productKey": "VK7JG-NPHTM-C97JM-9MPGT-3V66T"}' "$api/keys/validate"
    curl -s -o /dev/null "${json[@]}" -d '{"items": [{"productKey": "VK7JG-NPHTM-C97JM-9MPGT-3V66X"}]}' "$api/keys/validate/batch"
    curl -s -o /dev/null "${json[@]}" -d '{"errorCode": "0xC004F050", "message": "activation failed"}' "$api/diagnoses"
  done
}
echo "sending traffic and waiting for three scrapes..."
for _ in 1 2 3; do traffic; sleep 15; done
sleep 2

query() { curl -s --get "http://$prom/api/v1/query" --data-urlencode "query=$1"; }

health=$(curl -s "http://$prom/api/v1/targets" | jq -r '.data.activeTargets[] | select(.labels.job == "license-triage") | .health')
[ "$health" = up ] || fail "target license-triage is '$health'"
echo "target license-triage: up"

rules=$(curl -s "http://$prom/api/v1/rules" | jq -r '.data.groups[].rules[] | "\(.name) \(.health) \(.state)"')
[ -n "$rules" ] || fail "no rules loaded"
bad=$(awk '$2 != "ok" || $3 == "firing"' <<<"$rules")
[ -z "$bad" ] || fail "rules unhealthy or firing: $bad"
echo "rules: $(wc -l <<<"$rules") loaded, all healthy, none firing"

empty=0
while IFS=$'\t' read -r title expr; do
  promql=$(sed -e 's/\$__rate_interval/1m/g' -e 's/\$__range/5m/g' -e 's/\$instance/.*/g' <<<"$expr")
  count=$(query "$promql" | jq '.data.result | length')
  printf '  %3s series  %s\n' "$count" "$title"
  [ "$count" -gt 0 ] || empty=$((empty + 1))
done < <(jq -r '.panels[] | .title as $t | .targets[]? | [$t, .expr] | @tsv' deploy/grafana/dashboards/license-triage.json)
[ "$empty" = 0 ] || fail "$empty dashboard queries returned no data"

echo "prometheus-smoke: passed"
