#!/usr/bin/env bash
# layouts-anew.sh [OUT_DIR] [SEED ...]: the layouts set's articles typeset anew with other seeds of its generator
# (../shared/layouts/scripts/build.sh), one folder per seed (OUT_DIR/seed-N with pdf/, pages/, gold/), for
# SplitFloorsTests' "layouts-anew" sets: pages in typesettings no rule was developed on.
# Defaults: OUT_DIR target/layouts-anew, seeds 4 and 5. Installs what the generator needs when it is missing
# (Debian's python3-reportlab and three Chinese fonts; Apache Tika's app 2.9.2 from Maven Central).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/layouts-anew}
shift || true
SEEDS=("$@")
[ ${#SEEDS[@]} -gt 0 ] || SEEDS=(4 5)
SHARED=${BAOKU_SHARED:-../shared}
[ -f "$SHARED/layouts/scripts/build.sh" ] || { echo "layouts-anew: no generator at $SHARED/layouts/scripts"; exit 2; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! /usr/bin/python3 -c 'import reportlab' 2>/dev/null \
    || ! fc-list | grep -qi uming || ! fc-list | grep -qi ukai || ! fc-list | grep -qi zenhei; then
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq python3-reportlab fonts-arphic-uming \
    fonts-arphic-ukai fonts-wqy-zenhei >/dev/null
fi
TIKA=${TIKA:-$HOME/.m2/repository/org/apache/tika/tika-app/2.9.2/tika-app-2.9.2.jar}
[ -f "$TIKA" ] || ./mvnw -B -q dependency:get -Dartifact=org.apache.tika:tika-app:2.9.2 >/dev/null

for seed in "${SEEDS[@]}"; do
  dir="$OUT/seed-$seed"
  if [ -f "$dir/done" ]; then
    continue
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  TIKA="$TIKA" bash "$SHARED/layouts/scripts/build.sh" "$dir" "$seed" > "$dir/build.log" 2>&1 \
    || { tail -20 "$dir/build.log"; exit 1; }
  echo "layouts-anew: seed $seed: $(ls "$dir/gold" | wc -l) pages in $dir"
  touch "$dir/done"
done
