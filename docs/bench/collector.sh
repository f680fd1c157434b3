#!/bin/bash
# #17 target 4: the 10,000-unit publish with Java's default collector (G1) and with the project's
# JVM options (.mvn/jvm.config: the serial collector), alternately, then through Maven with and
# without .mvn/jvm.config, then Hugo on the same data twice. Every run starts after `sync` and a
# pause, so the previous run's writes and deletions are not charged to it.
# usage: collector.sh <benchmarks.jar> <repo, e.g. /tmp/q10k> <hugo site, e.g. /tmp/hq10k> [rounds]
# (rounds of EndToEnd, default 3; the Maven and Hugo runs are two rounds each)
J=$1; R=$2; H=$3; N=${4:-3}
OPTS=$(cat "$(dirname "$0")/../../.mvn/jvm.config")
settle() { sync; sleep 5; }
for i in $(seq 1 "$N"); do
  for opt in "" "$OPTS"; do
    settle; load=$(cut -d' ' -f1 /proc/loadavg)
    out=$( { /usr/bin/time -f "TIME user %U sys %S wall %e rss %M exit %x" java $opt -cp "$J" org.opendti.bench.EndToEnd publish "$R" 1; } 2>&1 )
    echo "EndToEnd round $i opts='${opt:-(none: G1)}' load0=$load | $(echo "$out" | grep 'publish run 1') | $(echo "$out" | grep -o 'TIME user.*')"
  done
done
# Through Maven as the publish workflow runs it (no render cache, so a full build; the plugin as the
# invoker tests install it into maven-plugin/target/local-repo); .mvn/ is the repository's own.
cd "$(dirname "$0")/../.." && P=$PWD
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" maven-plugin/src/it/settings.xml > /tmp/collector-settings.xml
rm -rf "$R/.mvn" && cp -r .mvn "$R/.mvn"
for i in 1 2; do
  for mode in without with; do
    [ $mode = without ] && mv "$R/.mvn" "$R/.mvn.off"
    settle; rm -rf /tmp/collector-site; load=$(cut -d' ' -f1 /proc/loadavg)
    t=$(cd "$R" && { /usr/bin/time -f "TIME user %U sys %S wall %e rss %M exit %x" mvn -B -o -q -s /tmp/collector-settings.xml -Dmaven.repo.local=$P/maven-plugin/target/local-repo org.opendti:dti-maven-plugin:0.1.0-SNAPSHOT:publish -Ddti.root="$R" -Ddti.siteOutput=/tmp/collector-site/public -Ddti.renderCache= -Ddti.maxSiteBytes=0; } 2>&1 | grep -o 'TIME user.*')
    [ $mode = without ] && mv "$R/.mvn.off" "$R/.mvn"
    echo "mvn dti:publish round $i $mode .mvn/jvm.config load0=$load | $t"
  done
done
rm -rf /tmp/collector-site
for i in 1 2; do
  settle; rm -rf "$H/public"; load=$(cut -d' ' -f1 /proc/loadavg)
  echo "hugo round $i load0=$load | $(cd "$H" && { /usr/bin/time -f 'TIME user %U sys %S wall %e rss %M exit %x' hugo --quiet; } 2>&1 | grep -o 'TIME user.*')"
done
rm -rf "$H/public"
