#!/bin/bash
# Quiet-machine measurements for docs/benchmarks.md (#17 targets 4 and 5).
# usage: measure.sh <before.jar> <after.jar>
B=$1; A=$2
log=/tmp/measure.log
echo "== $(date -u) load $(cat /proc/loadavg)" | tee -a $log
# (a) dti:validate through Maven, as the PR workflow runs it
cd /work/main
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" maven-plugin/src/it/settings.xml > /tmp/s.xml
M="mvn -o -q -s /tmp/s.xml -Dmaven.repo.local=/work/main/maven-plugin/target/local-repo"
MB="mvn -o -q -s /tmp/s.xml -Dmaven.repo.local=/tmp/fcbase/maven-plugin/target/local-repo"
P=org.opendti:dti-maven-plugin:0.1.0-SNAPSHOT:validate
cd /tmp/v10k && git checkout -q pr
for i in 1 2 3 4 5 6 7; do
  /usr/bin/time -f "validate skip %e s %U+%S load $(cut -d' ' -f1 /proc/loadavg)" $M $P -Ddti.root=$PWD -Ddti.skip=true 2>&1 | grep validate | tee -a $log
  /usr/bin/time -f "validate before %e s %U+%S load $(cut -d' ' -f1 /proc/loadavg)" $MB $P -Ddti.root=$PWD -Ddti.base=main -Ddti.workTree=false 2>&1 | grep -E "validate before|ERROR" | tee -a $log
  /usr/bin/time -f "validate goal %e s %U+%S load $(cut -d' ' -f1 /proc/loadavg)" $M $P -Ddti.root=$PWD -Ddti.base=main -Ddti.workTree=false 2>&1 | grep -E "validate goal|ERROR" | tee -a $log
done
# (b) publish, before and after interleaved
for i in 1 2; do
  /tmp/runpub.sh $B before$i /tmp/r10k | tee -a $log
  /tmp/runpub.sh $A after$i /tmp/q10k | tee -a $log
done
# (c) Hugo on the same data
python3 /work/shared/bench/hugo_equiv.py --repo /tmp/q10k --out /tmp/hq10k > /dev/null 2>&1
cd /tmp/hq10k && /usr/bin/time -f "hugo user %U sys %S wall %e rss %M kB" hugo --quiet 2>&1 | tail -1 | tee -a $log
echo "== done $(date -u)" | tee -a $log
