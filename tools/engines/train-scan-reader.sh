#!/usr/bin/env bash
# Trains the scan reader's line-role model (issue 79; docs/reader-model.md, "The scan model"): the pages of the
# three engines train-reader.sh makes (reportlab seed 2, Chromium seed 101, XeLaTeX seed 201; held-out articles
# left out; the last two with wider measures and plain section headings in some articles), every second page of
# each rendered as a scan at 200 dpi, one kind a page in turn (clean grey PNG, worn JPEG, bilevel G4 TIFF at 300 dpi;
# ocr.ScanImages), read by OCR the learned way (-Dbaoku.scan.reader=learned:
# sizes measured on the image) as an upload is (parse --lines, OCR kept in
# WORK_DIR/ocr-cache, so a second run reads no page twice), each OCR line given the role of the PDF's lines under it
# (label_scan_lines.py), and the model trained with seed 7 into
# src/main/resources/org/baoku/ingest/roles/scan-roles.json; then the scan article-doubt model (scan-doubt.json) on
# each set's scans read with a line-role model that never saw its engine. With LEAVE=xelatex (or chromium,
# reportlab) the engine is left out and both written to WORK_DIR/scan-roles-no-ENGINE.json and
# scan-doubt-no-ENGINE.json instead, to score that engine's scans.
# About 40 minutes on 2 cores from nothing (OCR is most of it); 10 with the OCR cache filled. Needs what train-reader.sh needs. Never run in CI:
# the committed model is what the tests read.
# usage: bash tools/engines/train-scan-reader.sh JAR [WORK_DIR]    (JAR: target/baoku-0.1.0-SNAPSHOT.jar)
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(realpath "${1:?usage: train-scan-reader.sh JAR [WORK_DIR]}")
WORK=$(mkdir -p "${2:-target/reader-training}" && realpath "${2:-target/reader-training}")
SHARED=$(realpath "${BAOKU_SHARED:-../shared}")
export HELD_OUT=202002,202005
# The two engines' sets with the habits chromium_pages.py leaves off by default: text across a wider measure than the
# grid's column, and section headings with no number (a scan's reader otherwise meets them first on a real page).
export WIDE_MEASURE=${WIDE_MEASURE:-0.3} SECTION_HEADINGS=${SECTION_HEADINGS:-0.3}
# The reportlab set's build takes Tika's app from the local repository, as make-set.sh does.
TIKA=${TIKA:-$HOME/.m2/repository/org/apache/tika/tika-app/2.9.2/tika-app-2.9.2.jar}
[ -f "$TIKA" ] || ./mvnw -B -q dependency:get -Dartifact=org.apache.tika:tika-app:2.9.2 >/dev/null
# ScanImages is test code: run from the test classes with the project's classpath.
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
CP=target/classes:target/test-classes:$(cat target/test.classpath)
# The two engines' sets take the habits above, so they are folders of their own (train-reader.sh makes chr101 and
# xel201 without them, and a set already made is not made again).
declare -A ENGINE=([rl2]=reportlab [chr101h]=chromium [xel201h]=xelatex)
SETS=()
for set in rl2 chr101h xel201h; do
  [ "${ENGINE[$set]}" = "${LEAVE:-}" ] || SETS+=("$set")
done
for set in "${SETS[@]}"; do
  if [ ! -f "$WORK/$set/.made" ]; then
    rm -rf "$WORK/$set"
    case $set in
      rl2) bash "$SHARED/layouts/scripts/build.sh" "$WORK/rl2" 2 ;;
      chr101h) bash tools/engines/make-set.sh "$WORK/chr101h" 101 12 4 ;;
      xel201h) ENGINE=xelatex bash tools/engines/make-set.sh "$WORK/xel201h" 201 12 4 ;;
    esac
    touch "$WORK/$set/.made"
  fi
  if [ ! -d "$WORK/$set/labels" ]; then
    java -Dbaoku.doubt.model=none -jar "$JAR" parse --lines --out "$WORK/$set/lines" "$WORK/$set/pdf"
    if [ "$set" = rl2 ]; then LABEL=label_layouts.py; else LABEL=label_lines.py; fi
    python3 tools/engines/$LABEL "$WORK/$set" "$WORK/$set/lines" "$WORK/$set/labels"
  fi
  # Every second page, the held-out parts' pages left out; made again only when missing.
  if [ ! -f "$WORK/$set/scans/.made" ]; then
    rm -rf "$WORK/$set/scans"
    mapfile -t PDFS < <(ls "$WORK/$set/pdf"/*.pdf | grep -v -e rmrb_202002 -e rmrb_202005 | awk 'NR % 2 == 1')
    java -cp "$CP" org.baoku.ingest.ocr.ScanImages --one-kind 200 "$WORK/$set/scans" "${PDFS[@]}"
    touch "$WORK/$set/scans/.made"
  fi
  # One OCR thread a process, as many processes as cores: OCR's own threads gain less than pages side by side.
  rm -rf "$WORK/$set/scan-lines" "$WORK/$set/scan-labels"
  find "$WORK/$set/scans" -type f ! -name .made -print0 | sort -z | xargs -0 -n 4 -P "$(nproc)" \
    java -Dbaoku.scan.reader=learned -Dbaoku.ocr.threads=1 -Dbaoku.ocr.cache="$WORK/ocr-cache" -jar "$JAR" parse --lines --out "$WORK/$set/scan-lines"
  python3 tools/engines/label_scan_lines.py "$WORK/$set/labels" "$WORK/$set/scan-lines" "$WORK/$set/scan-labels"
done
DIRS=$(printf "%s/scan-labels," "${SETS[@]/#/$WORK/}")
if [ -n "${LEAVE:-}" ]; then SUFFIX="-no-$LEAVE"; ROLES="$WORK/scan-roles$SUFFIX.json"; DOUBT="$WORK/scan-doubt$SUFFIX.json"
  ROLE_SAMPLE=(); DOUBT_SAMPLE=()
else
  ROLES=src/main/resources/org/baoku/ingest/roles/scan-roles.json
  DOUBT=src/main/resources/org/baoku/ingest/roles/scan-doubt.json
  ROLE_SAMPLE=(--sample src/test/resources/org/baoku/ingest/roles/scan-roles-sample.json)
  DOUBT_SAMPLE=(--sample src/test/resources/org/baoku/ingest/roles/scan-doubt-sample.json)
fi
TRAIN="/usr/bin/python3 tools/engines/train_roles.py"
$TRAIN "$ROLES" "${DIRS%,}" --leave rmrb_202002,rmrb_202005 --seed 7 "${ROLE_SAMPLE[@]}"
# The scan article-doubt model learns what a new paper's scans look like to the reader: each set's scans read with a
# scan line-role model that never saw its engine, and no doubt model; its threshold the highest that still sends, out
# of set, 90 % of the wrong articles to review.
PAIRS=""
for set in "${SETS[@]}"; do
  others=""
  for other in "${SETS[@]}"; do [ "$other" = "$set" ] || others+="$WORK/$other/scan-labels,"; done
  $TRAIN "$WORK/$set/scan-roles-without.json" "${others%,}" --leave rmrb_202002,rmrb_202005 --seed 7
  rm -rf "$WORK/$set/scan-read"
  find "$WORK/$set/scans" -type f ! -name .made -print0 | sort -z | xargs -0 -n 8 -P "$(nproc)" \
    java -Dbaoku.scan.reader=learned -Dbaoku.ocr.threads=1 -Dbaoku.ocr.cache="$WORK/ocr-cache" -Dbaoku.scan.model="$WORK/$set/scan-roles-without.json" \
    -Dbaoku.scan.doubt.model=none -jar "$JAR" parse --out "$WORK/$set/scan-read" > /dev/null
  PAIRS+="$WORK/$set:$WORK/$set/scan-read,"
done
/usr/bin/python3 tools/engines/train_doubt.py "$DOUBT" "${PAIRS%,}" --leave rmrb_202002,rmrb_202005 --seed 7 \
  --caught 0.9 "${DOUBT_SAMPLE[@]}"
