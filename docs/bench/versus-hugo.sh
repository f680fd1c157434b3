#!/bin/bash
# #17 target 4: the 10,000-unit publish with the project's JVM options (.mvn/jvm.config, as Maven
# runs it) and Hugo on the same data, alternately, each run after `sync` and a pause, so that the
# two see the same machine. Prints the publish's CPU inside the pipeline and both processes'
# user + system CPU, wall time and peak RSS.
# With ALSO="<JVM options>" each round runs a second publish with the project's options and those,
# to compare an option beside the same Hugo runs.
# usage: versus-hugo.sh <benchmarks.jar> <repo, e.g. /tmp/q10k> <hugo site, e.g. /tmp/hq10k> [rounds]
J=$1; R=$2; H=$3; N=${4:-3}
OPTS=$(cat "$(dirname "$0")/../../.mvn/jvm.config")
settle() { sync; sleep 5; }
publish() {
  settle; load=$(cut -d' ' -f1 /proc/loadavg)
  out=$( { /usr/bin/time -f "TIME user %U sys %S wall %e rss %M exit %x" java $1 -cp "$J" org.opendti.bench.EndToEnd publish "$R" 1; } 2>&1 )
  echo "publish$2 round $i load0=$load | $(echo "$out" | grep 'publish run 1') | $(echo "$out" | grep -o 'TIME user.*')"
}
for i in $(seq 1 "$N"); do
  publish "$OPTS" ""
  if [ -n "$ALSO" ]; then publish "$OPTS $ALSO" " [$ALSO]"; fi
  settle; rm -rf "$H/public"; load=$(cut -d' ' -f1 /proc/loadavg)
  echo "hugo round $i load0=$load | $(cd "$H" && { /usr/bin/time -f 'TIME user %U sys %S wall %e rss %M exit %x' hugo --quiet; } 2>&1 | grep -o 'TIME user.*')"
done
rm -rf "$H/public"
