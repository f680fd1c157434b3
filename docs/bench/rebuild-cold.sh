#!/bin/bash
# #17 target 3 as CI meets it: each publish in a fresh JVM with the project's JVM options
# (.mvn/jvm.config), the render cache and the previous site kept in one folder between runs, as
# actions/cache restores them. Three runs: a full build with an empty cache, a rebuild after one
# changed submission (its contact's name), and a rebuild with the change reverted. Prints each
# stage's end (wall and CPU since the start, peak heap) and the process's user + system CPU.
# With "score" as a fourth argument, two runs instead: a full build, then a rebuild after the
# submission's first "a" input is halved (the unit's score, ranks and what-if rows move).
# Each change is merged a minute after the last (the first a minute after main's last commit), so
# on the same day as the data's latest arrival: the workbench pages, which show that day, stay as
# they were. With MERGE_DAY=next the merges are a day later: the first merge of a day, which makes
# every workbench page and table again. The clock is never read: a run does the same at any hour.
# usage: rebuild-cold.sh <benchmarks.jar> <repo, e.g. /tmp/q10k> <folder for cache and site> [score]
set -euo pipefail
J=$1; R=$2; OUT=$3; MODE=${4:-contact}
OPTS=$(cat "$(dirname "$0")/../../.mvn/jvm.config")
F="$R/submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json"
ORIGINAL=$(mktemp)
cp "$F" "$ORIGINAL"
if [ -d "$R/.git" ]; then
  OPTS="$OPTS -Dopendti.mainRef=main"
  HEAD_BEFORE=$(git -C "$R" rev-parse main)
  trap 'git -C "$R" reset -q --hard "$HEAD_BEFORE"; rm -f "$ORIGINAL"' EXIT
else
  trap 'cp "$ORIGINAL" "$F"; rm -f "$ORIGINAL"' EXIT
fi
# Commits the change on main when the repository has Git (its merge is the submission's arrival).
MERGES=0
merge() {
  if [ -d "$R/.git" ]; then
    MERGES=$((MERGES + 1))
    local day=0
    [ "${MERGE_DAY:-same}" = next ] && day=86400
    local at="@$(($(git -C "$R" log -1 --format=%ct "$HEAD_BEFORE") + day + 60 * MERGES)) +0000"
    GIT_AUTHOR_DATE="$at" GIT_COMMITTER_DATE="$at" \
      git -C "$R" -c user.name=bench -c user.email=bench@opendti.invalid commit -q -a -m "$1"
  fi
}
run() {
  sync; sleep 5
  echo "== $1 (load average $(cut -d' ' -f1 /proc/loadavg))"
  { /usr/bin/time -f "process: user %U s, sys %S s, wall %e s, peak RSS %M kB" \
      java $OPTS -cp "$J" org.opendti.bench.EndToEnd cached "$R" "$OUT"; } 2>&1 | grep -v '^\['
}
rm -rf "$OUT"; mkdir -p "$OUT"
run "full build, empty cache"
if [ "$MODE" = score ]; then
  python3 - "$F" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
m = re.search(r'"a" : ([1-9][0-9]*)', text)
open(path, "w", encoding="utf-8").write(text[:m.start(1)] + str(int(m.group(1)) // 2) + text[m.end(1):])
PY
  cmp -s "$F" "$ORIGINAL" && { echo "the submission was not changed" >&2; exit 1; }
  merge "An input halved"
  run "rebuild after a change that moves the score"
  exit 0
fi
sed -i '0,/Cán bộ mẫu /s//Cán bộ đổi /' "$F"
cmp -s "$F" "$ORIGINAL" && { echo "the submission was not changed" >&2; exit 1; }
merge "A contact changed"
run "rebuild after one changed submission"
cp "$ORIGINAL" "$F"
merge "The contact changed back"
run "rebuild with the change reverted"
