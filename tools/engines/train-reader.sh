#!/usr/bin/env bash
# Trains the reader's two models from nothing but the repository and ../shared (issue 78; docs/reader-model.md).
# The line-role model: makes the training pages of three typesetting engines (reportlab, ../shared/layouts'
# generator, seed 2; Chromium, seed 101, 12 papers × 4 pages; XeLaTeX, seed 201, 12 papers × 4 pages; the articles
# of layouts' held-out parts, 2020-02 and 2020-05, left out of all of them), gives their lines roles from the
# typesetting records, and trains the committed model (src/main/resources/org/baoku/ingest/roles/line-roles.json)
# with seed 7. The article-doubt model: makes more sets of each engine (reportlab seed 3; Chromium seeds 81, 6 × 4,
# and 111, 8 × 4; XeLaTeX seeds 71 and 91, 8 × 4 each), reads all eight sets with a line-role model trained without
# their engine (as a new paper's pages are read) and trains article-doubt.json on their articles, right or wrong
# against their gold. About 30 minutes on 2 cores; pages already made in WORK_DIR are kept, their lines read again by JAR. Needs what
# make-set.sh needs, python3-reportlab and python3-sklearn. Never run in CI: the committed models are what the
# tests read.
# usage: bash tools/engines/train-reader.sh JAR [WORK_DIR]    (JAR: target/baoku-0.1.0-SNAPSHOT.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(realpath "${1:?usage: train-reader.sh JAR [WORK_DIR]}")
WORK=$(mkdir -p "${2:-target/reader-training}" && realpath "${2:-target/reader-training}")
SHARED=$(realpath "${BAOKU_SHARED:-../shared}")
export HELD_OUT=202002,202005
# A set counts as made once its making finished (.made): one cut short is made again from nothing.
if [ ! -f "$WORK/rl2/.made" ]; then
  rm -rf "$WORK/rl2"; bash "$SHARED/layouts/scripts/build.sh" "$WORK/rl2" 2; touch "$WORK/rl2/.made"
fi
if [ ! -f "$WORK/chr101/.made" ]; then
  rm -rf "$WORK/chr101"; bash tools/engines/make-set.sh "$WORK/chr101" 101 12 4; touch "$WORK/chr101/.made"
fi
if [ ! -f "$WORK/xel201/.made" ]; then
  rm -rf "$WORK/xel201"; ENGINE=xelatex bash tools/engines/make-set.sh "$WORK/xel201" 201 12 4; touch "$WORK/xel201/.made"
fi
if [ ! -f "$WORK/rl3/.made" ]; then
  rm -rf "$WORK/rl3"; bash "$SHARED/layouts/scripts/build.sh" "$WORK/rl3" 3; touch "$WORK/rl3/.made"
fi
if [ ! -f "$WORK/chr81/.made" ]; then
  rm -rf "$WORK/chr81"; bash tools/engines/make-set.sh "$WORK/chr81" 81 6 4; touch "$WORK/chr81/.made"
fi
if [ ! -f "$WORK/chr111/.made" ]; then
  rm -rf "$WORK/chr111"; bash tools/engines/make-set.sh "$WORK/chr111" 111 8 4; touch "$WORK/chr111/.made"
fi
for seed in 71 91; do
  if [ ! -f "$WORK/xel$seed/.made" ]; then
    rm -rf "$WORK/xel$seed"; ENGINE=xelatex bash tools/engines/make-set.sh "$WORK/xel$seed" $seed 8 4; touch "$WORK/xel$seed/.made"
  fi
done
# The lines are read again by this jar every time: the features are the ones the app computes now.
for set in rl2 chr101 xel201; do
  rm -rf "$WORK/$set/lines" "$WORK/$set/labels"
  java -Dbaoku.doubt.model=none -jar "$JAR" parse --lines --out "$WORK/$set/lines" "$WORK/$set/pdf"
done
python3 tools/engines/label_layouts.py "$WORK/rl2" "$WORK/rl2/lines" "$WORK/rl2/labels"
python3 tools/engines/label_lines.py "$WORK/chr101" "$WORK/chr101/lines" "$WORK/chr101/labels"
python3 tools/engines/label_lines.py "$WORK/xel201" "$WORK/xel201/lines" "$WORK/xel201/labels"
/usr/bin/python3 tools/engines/train_roles.py src/main/resources/org/baoku/ingest/roles/line-roles.json \
  "$WORK/rl2/labels,$WORK/chr101/labels,$WORK/xel201/labels" --leave rmrb_202002,rmrb_202005 --seed 7 \
  --sample src/test/resources/org/baoku/ingest/roles/line-roles-sample.json
# The article-doubt model learns what a new paper's pages look like to the reader: each set is read with a line-role
# model that never saw its engine.
TRAIN="/usr/bin/python3 tools/engines/train_roles.py"
$TRAIN "$WORK/roles-no-xelatex.json" "$WORK/rl2/labels,$WORK/chr101/labels" --leave rmrb_202002,rmrb_202005 --seed 7
$TRAIN "$WORK/roles-no-chromium.json" "$WORK/rl2/labels,$WORK/xel201/labels" --leave rmrb_202002,rmrb_202005 --seed 7
$TRAIN "$WORK/roles-no-reportlab.json" "$WORK/chr101/labels,$WORK/xel201/labels" --leave rmrb_202002,rmrb_202005 --seed 7
for pair in rl2:reportlab rl3:reportlab chr101:chromium chr81:chromium chr111:chromium xel201:xelatex xel71:xelatex xel91:xelatex; do
  set=${pair%%:*}; rm -rf "$WORK/$set/read"
  java -Dbaoku.reader.model="$WORK/roles-no-${pair##*:}.json" -Dbaoku.doubt.model=none -jar "$JAR" parse \
    --out "$WORK/$set/read" "$WORK/$set/pdf"
done
/usr/bin/python3 tools/engines/train_doubt.py src/main/resources/org/baoku/ingest/roles/article-doubt.json \
  "$WORK/rl2:$WORK/rl2/read+$WORK/rl3:$WORK/rl3/read,$WORK/chr101:$WORK/chr101/read+$WORK/chr81:$WORK/chr81/read+$WORK/chr111:$WORK/chr111/read,$WORK/xel201:$WORK/xel201/read+$WORK/xel71:$WORK/xel71/read+$WORK/xel91:$WORK/xel91/read" \
  --leave rmrb_202002,rmrb_202005 --seed 7 --sample src/test/resources/org/baoku/ingest/roles/article-doubt-sample.json
