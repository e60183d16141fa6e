#!/usr/bin/env bash
# Start-up benchmark: time from process start to exit right after the first frame with data, for Dossier on
# a store and, in the same run and alternating with it, for a plain JavaFX window with one label (the floor).
#
#   mvn -B -q package -DskipTests && mvn -B -q test-compile
#   src/test/bench/startup.sh [RUNS] [STORE]        (default 10 runs, store ./data)
#   JAVA_OPTS=-Xmx1g src/test/bench/startup.sh 5 /tmp/gen50000
#
# "First frame with data" is the first frame whose article list has articles in it: for a large store, the
# first part of it (it loads progressively). Then, in a few more runs, the time until the whole store is in
# and the window's longest stall (time between two frames) meanwhile. The search index is warm: the first,
# uncounted run builds it if needed, and later runs reopen it.
#
# Needs a display: uses $DISPLAY, or starts Xvfb (Debian: xvfb, libgtk-3-0) when there is none.
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-10}
store=${2:-data}
jar=target/dossier.jar
[ -f "$jar" ] && [ -d target/test-classes/org/dossier/bench ] || { echo "build first: mvn -B -q package -DskipTests && mvn -B -q test-compile" >&2; exit 2; }
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
  disp=:$(( 500 + RANDOM % 400 )); Xvfb "$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb' EXIT; export DISPLAY=$disp; sleep 1
fi
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
app=(); base=()
opts=(${JAVA_OPTS:-})
java "${opts[@]}" -jar "$jar" search "warm the index" --data "$store" >/dev/null 2>&1 || true   # builds it if needed
ms java "${opts[@]}" -Ddossier.exitAfterFirstFrame=loaded -jar "$jar" --data "$store" >/dev/null   # warm the file cache once
for i in $(seq "$runs"); do
  base+=("$(ms java -cp "$jar:target/test-classes" org.dossier.bench.PlainWindowBaseline)")
  app+=("$(ms java "${opts[@]}" -Ddossier.exitAfterFirstFrame=true -jar "$jar" --data "$store")")
done
b=$(printf '%s\n' "${base[@]}" | median); a=$(printf '%s\n' "${app[@]}" | median)
echo "plain JavaFX window (baseline): median ${b} ms over $runs runs: ${base[*]}"
echo "dossier on $store:              median ${a} ms over $runs runs: ${app[*]}"
awk -v a="$a" -v b="$b" 'BEGIN {printf "ratio: %.2f (target: at most 1.50)\n", a / b}'
for i in 1 2 3; do
  java "${opts[@]}" -Ddossier.exitAfterFirstFrame=loaded -Ddossier.reportStalls=true -jar "$jar" --data "$store" 2>&1 \
    | grep '^dossier:' | sed 's/^dossier: /whole store, run '"$i"': /'
done
