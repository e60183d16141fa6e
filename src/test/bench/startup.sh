#!/usr/bin/env bash
# Start-up benchmark: time from process start to exit right after the first frame with data, for both ways of
# starting Dossier, against a plain JavaFX window with one label started by the system `java` (the floor), all
# in the same run and alternating, so that the machine's load weighs on each alike:
#   plain    java -cp target/dossier.jar:target/test-classes org.dossier.bench.PlainWindowBaseline
#   jar      java -jar target/dossier.jar --data STORE
#   packaged target/dist/Dossier/bin/Dossier --data STORE   (mvn -B -Pdist package; left out when it is missing)
#
#   mvn -B -q package -DskipTests && mvn -B -q test-compile      (and mvn -B -Pdist package for the packaged one)
#   src/test/bench/startup.sh [RUNS] [STORE]        (default 10 runs, store ./data)
#   JAVA_OPTS=-Xmx1g src/test/bench/startup.sh 5 /tmp/gen50000
#
# JAVA_OPTS go to both Dossiers (to the packaged launcher through JAVA_TOOL_OPTIONS, which it honours like any JVM).
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
packaged=target/dist/Dossier/bin/Dossier
[ -f "$jar" ] && [ -d target/test-classes/org/dossier/bench ] || { echo "build first: mvn -B -q package -DskipTests && mvn -B -q test-compile" >&2; exit 2; }
[ -x "$packaged" ] || { echo "no $packaged (mvn -B -Pdist package): measuring java -jar only" >&2; packaged=; }
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "no DISPLAY and no Xvfb (apt-get install xvfb libgtk-3-0)" >&2; exit 2; }
  disp=:$(( 500 + RANDOM % 400 )); Xvfb "$disp" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
  trap 'kill $xvfb' EXIT; export DISPLAY=$disp
  for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X${disp#:}" ] && break; sleep 0.1; done   # until the server is up
fi
ms() { local t0 t1; t0=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; return 1; }; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
opts=(${JAVA_OPTS:-})
plain() { ms java -cp "$jar:target/test-classes" org.dossier.bench.PlainWindowBaseline; }
jar_run() { ms java "${opts[@]}" -Ddossier.exitAfterFirstFrame="${1:-true}" -jar "$jar" --data "$store"; }
packaged_run() { ms env JAVA_TOOL_OPTIONS="${JAVA_OPTS:-} -Ddossier.exitAfterFirstFrame=${1:-true}" "$packaged" --data "$store"; }

java "${opts[@]}" -jar "$jar" search "warm the index" --data "$store" >/dev/null 2>&1 || true   # builds it if needed
jar_run loaded >/dev/null                                          # warm the file cache once
[ -z "$packaged" ] || packaged_run loaded >/dev/null
base=(); app=(); pkg=()
for i in $(seq "$runs"); do
  base+=("$(plain)")
  app+=("$(jar_run)")
  [ -z "$packaged" ] || pkg+=("$(packaged_run)")
done
b=$(printf '%s\n' "${base[@]}" | median)
echo "plain JavaFX window (baseline): median ${b} ms over $runs runs: ${base[*]}"
report() {   # name, runs..., with the ratio to the baseline and its goal
  local name=$1 goal=$2; shift 2
  local m; m=$(printf '%s\n' "$@" | median)
  printf '%-31s median %s ms over %s runs: %s\n' "$name" "$m" "$runs" "$*"
  awk -v a="$m" -v b="$b" -v g="$goal" 'BEGIN {printf "  ratio to the plain window: %.2f (goal: at most %.1f)\n", a / b, g}'
}
report "dossier, java -jar, $store:" 2.0 "${app[@]}"
[ -z "$packaged" ] || report "dossier, packaged, $store:" 1.3 "${pkg[@]}"
for i in 1 2 3; do
  java "${opts[@]}" -Ddossier.exitAfterFirstFrame=loaded -Ddossier.reportStalls=true -jar "$jar" --data "$store" 2>&1 \
    | grep '^dossier:' | sed 's/^dossier: /whole store, java -jar, run '"$i"': /'
done
