#!/usr/bin/env bash
# Makes a set of pages typeset by Chromium (tools/engines/chromium_pages.py; with ENGINE=xelatex by XeLaTeX,
# xelatex_pages.py, which needs Debian's texlive-xetex, texlive-lang-chinese, texlive-latex-extra) with their
# gold, and the text Apache Tika 2.9.2 extracts of each (pages/*.txt, leading newlines stripped, as
# ../shared/layouts was made), for score-set.sh. Needs Debian's chromium and the fonts the generator names
# (fonts-noto-cjk, fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei); fetches Tika's app from Maven Central
# when it is missing.
# With JAR=path/to/baoku.jar, also each page's lines as the reader builds them (lines/, `parse --lines`) and their
# roles and articles from the typesetting record (labels/, label_lines.py): a learned reader's training data.
# usage: [JAR=target/baoku-0.1.0-SNAPSHOT.jar] bash tools/engines/make-set.sh OUT_DIR SEED PAPERS PAGES_PER_PAPER
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=${1:?usage: make-set.sh OUT_DIR SEED PAPERS PAGES_PER_PAPER}
SEED=${2:?seed}
PAPERS=${3:?papers}
PAGES=${4:?pages per paper}
SHARED=${BAOKU_SHARED:-../shared}
TIKA=${TIKA:-$HOME/.m2/repository/org/apache/tika/tika-app/2.9.2/tika-app-2.9.2.jar}
[ -f "$TIKA" ] || ./mvnw -B -q dependency:get -Dartifact=org.apache.tika:tika-app:2.9.2 >/dev/null
GENERATOR=tools/engines/${ENGINE:-chromium}_pages.py
[ -f "$GENERATOR" ] || { echo "make-set: no engine ${ENGINE} (chromium or xelatex)" >&2; exit 2; }
python3 "$GENERATOR" "$SHARED/layouts/sources/articles.json" "$OUT" "$SEED" "$PAPERS" "$PAGES"
mkdir -p "$OUT/pages"
for pdf in "$OUT"/pdf/*.pdf; do
  name=$(basename "$pdf" .pdf)
  java -jar "$TIKA" --text "$pdf" 2>/dev/null | sed '/./,$!d' > "$OUT/pages/$name.txt"
done
if [ -n "${JAR:-}" ]; then
  java -jar "$JAR" parse --lines --out "$OUT/lines" "$OUT/pdf"
  python3 tools/engines/label_lines.py "$OUT" "$OUT/lines" "$OUT/labels"
fi
echo "$(ls "$OUT"/pdf | wc -l) pages in $OUT"
