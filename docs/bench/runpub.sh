#!/bin/bash
# usage: runpub.sh <jar> <label> [repo]
jar=$1; label=$2; repo=${3:-/tmp/q10k}
load=$(cut -d' ' -f1 /proc/loadavg)
out=$( { /usr/bin/time -f "TIME user %U sys %S wall %e rss %M" java -Xlog:gc:file=/tmp/gc-$label.log -cp $jar org.opendti.bench.EndToEnd publish $repo 1; } 2>&1 )
pub=$(echo "$out" | grep "publish run 1")
t=$(echo "$out" | grep "^TIME")
gcs=$(grep -c "Pause" /tmp/gc-$label.log); gcms=$(grep -o "Pause[^)]*) [0-9.]*M->[0-9.]*M([0-9.]*M) [0-9.]*ms" /tmp/gc-$label.log | awk '{gsub("ms","",$NF); s+=$NF} END{print s}')
maxheap=$(grep -o "([0-9]*M)" /tmp/gc-$label.log | tr -d '()M' | sort -n | tail -1)
echo "$label load0=$load | $pub | $t | gc pauses $gcs sum ${gcms}ms committed max ${maxheap}M"
