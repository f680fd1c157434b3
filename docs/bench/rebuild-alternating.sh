#!/bin/bash
# #17 target 3, two or more builds of the tool side by side: each jar gets its own folder for the
# render cache and the site, primed by a full build; then each round one contact of a submission
# is toggled and committed on main (its merge), and every jar rebuilds after the same change, in a
# fresh JVM with the project's JVM options. Prints, per run, the CPU at the end of the load stage,
# the CPU of the whole publish and the process's user and system time and peak RSS (kB).
# Round i merges i minutes after main's last commit, on the same day (MERGE_DAY=next: a day later),
# as rebuild-cold.sh does; MERGE_DAY=each: round i merges i days later, each the first merge of its day.
# usage: rebuild-alternating.sh <rounds> <repo with Git, e.g. /tmp/g10k> <jar A> <folder A> [<jar B> <folder B>...]
set -euo pipefail
N=$1; R=$2; shift 2
OPTS="$(cat "$(dirname "$0")/../../.mvn/jvm.config") -Dopendti.mainRef=main"
F=submissions/gia-lai-2023-xa/2023/mau-huyen-1-xa-2.json
HEAD0=$(git -C "$R" rev-parse main)
trap 'git -C "$R" reset -q --hard "$HEAD0"' EXIT
run() {
  { /usr/bin/time -f "TIME user %U sys %S rss %M" java $OPTS -cp "$1" org.opendti.bench.EndToEnd cached "$R" "$2"; } 2>&1 \
    | grep 'after progress.loaded\|publish with\|TIME' | sed 's/.*cpu \([0-9]*\) ms.*/cpu \1 ms/' | tr '\n' ' '
}
args=("$@")
for ((k = 0; k < ${#args[@]}; k += 2)); do
  rm -rf "${args[k+1]}"; mkdir -p "${args[k+1]}"
  echo "prime ${args[k]}: $(run "${args[k]}" "${args[k+1]}")"
done
for i in $(seq 1 "$N"); do
  if grep -q 'Cán bộ đổi ' "$R/$F"; then sed -i '0,/Cán bộ đổi /s//Cán bộ mẫu /' "$R/$F"; else sed -i '0,/Cán bộ mẫu /s//Cán bộ đổi /' "$R/$F"; fi
  day=0
  [ "${MERGE_DAY:-same}" = next ] && day=86400
  [ "${MERGE_DAY:-same}" = each ] && day=$((86400 * i))
  at="@$(($(git -C "$R" log -1 --format=%ct "$HEAD0") + day + 60 * i)) +0000"
  GIT_AUTHOR_DATE="$at" GIT_COMMITTER_DATE="$at" \
    git -C "$R" -c user.name=bench -c user.email=bench@opendti.invalid commit -q -a -m "A contact toggled"
  for ((k = 0; k < ${#args[@]}; k += 2)); do
    sync; sleep 3
    echo "[$i ${args[k]}] $(run "${args[k]}" "${args[k+1]}")"
  done
done
