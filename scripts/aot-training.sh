#!/usr/bin/env bash
# The AOT cache's training run (JEP 514/515), run by the Dockerfile at build time in /app:
#   aot-training.sh <java flags...>   e.g. -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true
# Starts the service fully, sends the requests help desks send (an error code, a search, a key, a diagnosis,
# in English and Japanese) and stops it gracefully: the JVM writes the cache when it exits, so the classes
# and method profiles of Tomcat, Jackson and the request paths are in it, not only those of the start-up.
# Needs only bash (its /dev/tcp talks to the service on localhost), no curl and no other network.
set -euo pipefail
PORT=8080
log=/tmp/aot-training.log

java "$@" -jar app.jar >"$log" 2>&1 &
pid=$!
fail() { echo "AOT training run: $*" >&2; cat "$log" >&2; kill "$pid" 2>/dev/null || true; exit 1; }

request() { # method path [json body]: prints the HTTP status
  local method=$1 path=$2 body=${3:-} length status
  length=$(LC_ALL=C; echo "${#body}")
  exec 3<>"/dev/tcp/127.0.0.1/$PORT" || return 1
  printf '%s %s HTTP/1.1\r\nHost: localhost\r\nAccept-Language: %s\r\nConnection: close\r\n' \
    "$method" "$path" "${LANGUAGE_HEADER:-en}" >&3
  if [ -n "$body" ]; then
    printf 'Content-Type: application/json\r\nContent-Length: %d\r\n' "$length" >&3
  fi
  printf '\r\n%s' "$body" >&3
  read -r _ status _ <&3
  cat <&3 >/dev/null
  exec 3<&-
  echo "$status"
}
expect() { # status method path [body]
  local want=$1 got
  shift
  got=$(request "$@") || fail "$1 $2: no answer"
  [ "$got" = "$want" ] || fail "$1 $2 answered $got, expected $want"
}

for _ in $(seq 600); do
  kill -0 "$pid" 2>/dev/null || fail "the service stopped"
  [ "$(request GET /readyz 2>/dev/null)" = 200 ] && break
  sleep 0.2
done
[ "$(request GET /readyz)" = 200 ] || fail "not ready after 120 s"

# A few rounds, so the paths are warm enough to leave method profiles.
for _ in 1 2 3; do
  for LANGUAGE_HEADER in en ja; do
    export LANGUAGE_HEADER
    expect 200 GET /errors/0xC004F074
    expect 200 GET /errors/c004f050
    expect 404 GET /errors/0x00000001
    expect 200 GET '/errors?q=kms'
    expect 200 GET '/errors?q=%E3%83%97%E3%83%AD%E3%83%80%E3%82%AF%E3%83%88%20%E3%82%AD%E3%83%BC'
    expect 200 POST /keys/validate '{"productKey": "VK7JG-NPHTM-C97JM-9MPGT-3V66T", "installedEdition": "Professional"}'
    expect 200 POST /keys/validate '{"productKey": "W269N-WFGWX-YVC9B-4J6C9-T83GX"}'
    expect 400 POST /keys/validate '{"productKey": '
    expect 200 POST /diagnoses '{"errorCode": "0xC004F074", "os": "Windows 11 23H2", "productKey": "W269N-WFGWX-YVC9B-4J6C9-T83GX"}'
    expect 200 POST /diagnoses '{"installedEdition": "Windows 11 Pro", "replyLanguage": "ja", "message": "エラー コード: 0xC004F050\n名前: Windows(R), Professional edition\n説明: Windows(R) Operating System, RETAIL channel\nプロダクト キーの一部: 3V66T"}'
  done
done
PORT=8081 expect 200 GET /actuator/prometheus

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
# 143: the JVM ran its shutdown hooks (graceful shutdown) and exited on SIGTERM, writing the cache.
[ "$status" = 0 ] || [ "$status" = 143 ] || fail "exit status $status"
[ -s app.aot ] || fail "no AOT cache written"
# The log and the JVM's performance-data directory stay out of the image.
rm -rf "$log" /tmp/hsperfdata_root
