#!/usr/bin/env bash
# layouts-anew.sh [OUT_DIR [SEED ...]]: the layouts set's articles typeset anew with other seeds of its generator
# (../shared/layouts/scripts/build.sh), one folder per seed (OUT_DIR/seed-N with pdf/, pages/, gold/ and a "done"
# mark), for SplitFloorsTests' "layouts-anew" sets: pages in typesettings no rule was developed on.
# OUT_DIR is taken from the project's folder (default target/layouts-anew); seeds default to 4 and 5 (the ones the
# floors are recorded for). The generator is looked for in $BAOKU_SHARED/layouts (default ../shared, as the tests'
# -Dbaoku.shared). Installs what the generator needs when it is missing: Debian's python3-reportlab and three Chinese
# fonts (as root, or with sudo that asks no password), and Apache Tika's app 2.9.2 from Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/layouts-anew}
[ $# -gt 0 ] && shift
SEEDS=("$@")
[ ${#SEEDS[@]} -gt 0 ] || SEEDS=(4 5)
SHARED=${BAOKU_SHARED:-../shared}
[ -f "$SHARED/layouts/scripts/build.sh" ] || { echo "layouts-anew: no generator at $SHARED/layouts/scripts" >&2; exit 2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo -n "$@"
  else echo "layouts-anew: installing needs root: $*" >&2; return 1
  fi
}
font() { fc-list : family 2>/dev/null | grep -i "$1" >/dev/null; }
if ! /usr/bin/python3 -c 'import reportlab' 2>/dev/null || ! font uming || ! font ukai || ! font "zen hei"; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-reportlab fonts-arphic-uming \
    fonts-arphic-ukai fonts-wqy-zenhei >/dev/null
fi
TIKA=${TIKA:-$HOME/.m2/repository/org/apache/tika/tika-app/2.9.2/tika-app-2.9.2.jar}
[ -f "$TIKA" ] || ./mvnw -B -q dependency:get -Dartifact=org.apache.tika:tika-app:2.9.2 >/dev/null
[ -f "$TIKA" ] || { echo "layouts-anew: Tika's app is not at $TIKA (set TIKA=/path/to/tika-app-2.9.2.jar)" >&2; exit 2; }

count() { find "$1" -name "*.$2" -size +0 | wc -l; }
# One seed's build is one Python process: as many are built side by side as the machine has cores. Each runs in a
# process group of its own (set -m), so an interrupt stops every build whole, not the script alone.
build() {
  local seed=$1 dir="$OUT/seed-$1" pages
  rm -rf "$dir"
  mkdir -p "$dir"
  TIKA="$TIKA" bash "$SHARED/layouts/scripts/build.sh" "$dir" "$seed" > "$dir/build.log" 2>&1 \
    || { echo "layouts-anew: seed $seed failed; the end of $dir/build.log:" >&2; tail -20 "$dir/build.log" >&2; return 1; }
  pages=$(count "$dir/gold" json)
  # every page's PDF, text and gold, none empty, or it is no set to score
  if [ "$pages" -eq 0 ] || [ "$(count "$dir/pdf" pdf)" -ne "$pages" ] || [ "$(count "$dir/pages" txt)" -ne "$pages" ]; then
    echo "layouts-anew: seed $seed came out incomplete, see $dir/build.log" >&2
    return 1
  fi
  echo "layouts-anew: seed $seed: $pages pages in $dir"
  touch "$dir/done"
}
set -m
builds=()
trap 'for pid in "${builds[@]}"; do kill -- "-$pid" 2>/dev/null; done; exit 130' INT TERM
cores=$(nproc)
running=0
failed=0
for seed in $(printf '%s\n' "${SEEDS[@]}" | awk '!seen[$0]++'); do
  [ -f "$OUT/seed-$seed/done" ] && continue
  if [ "$running" -ge "$cores" ]; then
    wait -n || failed=1
    running=$((running - 1))
  fi
  build "$seed" &
  builds+=($!)
  running=$((running + 1))
done
while [ "$running" -gt 0 ]; do
  wait -n || failed=1
  running=$((running - 1))
done
exit $failed
