#!/usr/bin/env bash
# Trains the reader's line-role model from nothing but the repository and ../shared (issue 78; docs/reader-model.md):
# makes the training pages of three typesetting engines (reportlab, ../shared/layouts' generator, seed 2; Chromium,
# seed 101, 12 papers × 4 pages; XeLaTeX, seed 201, 12 papers × 4 pages; the articles of layouts' held-out parts,
# 2020-02 and 2020-05, left out of all of them), gives their lines roles from the typesetting records, and trains
# the committed model (src/main/resources/org/baoku/ingest/roles/line-roles.json) with seed 7. About 15 minutes
# on 2 cores; pages already made in WORK_DIR are kept, their lines read again by JAR. Needs what make-set.sh
# needs, python3-reportlab and python3-sklearn. Never run in CI: the committed model is what the tests read.
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
# The lines are read again by this jar every time: the features are the ones the app computes now.
for set in rl2 chr101 xel201; do
  rm -rf "$WORK/$set/lines" "$WORK/$set/labels"
  java -jar "$JAR" parse --lines --out "$WORK/$set/lines" "$WORK/$set/pdf"
done
python3 tools/engines/label_layouts.py "$WORK/rl2" "$WORK/rl2/lines" "$WORK/rl2/labels"
python3 tools/engines/label_lines.py "$WORK/chr101" "$WORK/chr101/lines" "$WORK/chr101/labels"
python3 tools/engines/label_lines.py "$WORK/xel201" "$WORK/xel201/lines" "$WORK/xel201/labels"
/usr/bin/python3 tools/engines/train_roles.py src/main/resources/org/baoku/ingest/roles/line-roles.json \
  "$WORK/rl2/labels,$WORK/chr101/labels,$WORK/xel201/labels" --leave rmrb_202002,rmrb_202005 --seed 7 \
  --sample src/test/resources/org/baoku/ingest/roles/line-roles-sample.json
