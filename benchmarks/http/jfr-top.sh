#!/usr/bin/env bash
# Summarises the CPU samples of a JFR recording: the hottest frames by self time, and the
# application frames (org.licensetriage) by inclusive time, counted once per sample.
#   benchmarks/http/jfr-top.sh RECORDING.jfr [N]
set -euo pipefail
rec=${1:?usage: jfr-top.sh RECORDING.jfr [N]}
n=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 96 "$rec" | awk -v n="$n" '
  function flush() {
    if (depth == 0) return
    samples++
    self[frames[1]]++
    delete seen
    for (i = 1; i <= depth; i++) {
      f = frames[i]
      if (f ~ /^org\.licensetriage\./ && !(f in seen)) { seen[f] = 1; incl[f]++ }
    }
    depth = 0
  }
  /stackTrace = \[/ { inside = 1; depth = 0; next }
  inside && /^[[:space:]]*\]/ { inside = 0; flush(); next }
  inside {
    line = $0
    sub(/^[[:space:]]+/, "", line)
    sub(/[[:space:]]+line:.*$/, "", line)
    if (line == "...") next
    frames[++depth] = line
  }
  END {
    printf "samples: %d\n\n-- self (top %d) --\n", samples, n
    cmd = "sort -rn | head -" n
    for (f in self) printf "%6d %5.1f%%  %s\n", self[f], 100 * self[f] / samples, f | cmd
    close(cmd)
    printf "\n-- org.licensetriage inclusive (top %d) --\n", n
    for (f in incl) printf "%6d %5.1f%%  %s\n", incl[f], 100 * incl[f] / samples, f | cmd
    close(cmd)
  }'
