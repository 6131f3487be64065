#!/usr/bin/env bash
# Validates the deployment artefacts without a container engine or a cluster:
#   docker-compose.yml, the Prometheus config, the alert rules and their unit tests, the Grafana
#   provisioning and dashboard (JSON, and every panel query parses as PromQL), and that the Helm
#   chart's copy of the alert rules equals deploy/prometheus/alerts.yml.
# Needs (Debian packages): docker-compose, prometheus (for promtool), jq.
# Exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$(date +%s)
step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

for tool in promtool jq; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install -y prometheus jq)"
done
if command -v docker-compose >/dev/null; then
  compose=(docker-compose)
elif docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  fail "neither docker-compose nor 'docker compose' found (apt-get install -y docker-compose)"
fi

step "compose file: ${compose[*]} config -q"
"${compose[@]}" -f docker-compose.yml config -q

step "Prometheus config"
promtool check config deploy/prometheus/prometheus.yml

step "alert rules"
promtool check rules deploy/prometheus/alerts.yml helm/license-triage/files/alerts.yml
cmp deploy/prometheus/alerts.yml helm/license-triage/files/alerts.yml \
  || fail "helm/license-triage/files/alerts.yml differs from deploy/prometheus/alerts.yml: copy it over"

step "alert rule unit tests"
promtool test rules deploy/prometheus/alerts_test.yml

step "Grafana dashboards and provisioning"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for dashboard in deploy/grafana/dashboards/*.json; do
  jq -e '.uid and .title and (.panels | length > 0)' "$dashboard" >/dev/null \
    || fail "$dashboard is not a dashboard (uid, title, panels)"
  # Every panel query must parse as PromQL: replace Grafana's variables, then let promtool parse
  # the queries as recording rules.
  jq -r '[.panels[] | .targets[]?.expr] | to_entries[]
         | "      - record: panel_query_\(.key)\n        expr: \(.value | gsub("\\$__rate_interval|\\$__range|\\$__interval"; "5m") | gsub("\\$instance"; ".*") | tojson)"' \
     "$dashboard" > "$tmp/queries.body"
  [ -s "$tmp/queries.body" ] || fail "$dashboard has no queries"
  { printf 'groups:\n  - name: dashboard-queries\n    rules:\n'; cat "$tmp/queries.body"; } > "$tmp/queries.yml"
  promtool check rules "$tmp/queries.yml" >/dev/null || { promtool check rules "$tmp/queries.yml"; fail "a query in $dashboard does not parse"; }
  echo "  $dashboard: valid JSON, $(grep -c 'record:' "$tmp/queries.yml") PromQL queries parse"
done
for provisioning in deploy/grafana/provisioning/*/*.yml; do
  grep -q '^apiVersion: 1' "$provisioning" || fail "$provisioning lacks 'apiVersion: 1'"
  if python3 -c 'import yaml' 2>/dev/null; then
    python3 -c 'import sys, yaml; yaml.safe_load(open(sys.argv[1]))' "$provisioning" \
      || fail "$provisioning is not valid YAML"
  fi
done
grep -q 'uid: prometheus' deploy/grafana/provisioning/datasources/*.yml \
  || fail "the dashboard's data source uid 'prometheus' is not provisioned"

printf '\ncheck-deploy: all checks passed in %ss\n' "$(( $(date +%s) - started ))"
