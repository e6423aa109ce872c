#!/usr/bin/env bash
# Scores the scan reader on a set of pages with gold (issue 79): every STRIDE-th page PDF of SET_DIR (default 4: one
# page of each paper of a make-set.sh set) rendered as scans at 200 dpi three ways (ocr.ScanImages: a clean grey PNG,
# a worn JPEG, a bilevel G4 TIFF at 300 dpi), each read as an upload is (parse, OCR kept in OCR_CACHE), and the same
# pages' PDFs beside them; prints for each path the last lines of ../shared/tools/score.py and calibration.py, and
# fidelity.py's share over the pages' Tika text (mean and least). Extra java options (the learned reading:
# -Dbaoku.scan.reader=learned; scan models other than the committed ones: -Dbaoku.scan.model=FILE,
# -Dbaoku.scan.doubt.model=FILE) go in JAVA_OPTS.
# KEEP keeps the scans and readings in a folder of its own (made anew for another set or STRIDE: its scans are reused).
# usage: [STRIDE=4] [OCR_CACHE=dir] [KEEP=dir] bash tools/engines/score-scans.sh JAR SET_DIR
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=$(realpath "${1:?usage: score-scans.sh JAR SET_DIR}")
SET=$(realpath "${2:?usage: score-scans.sh JAR SET_DIR}")
TOOLS=$(realpath "${BAOKU_SHARED:-../shared}/tools")
CACHE=$(mkdir -p "${OCR_CACHE:-target/ocr-cache}" && realpath "${OCR_CACHE:-target/ocr-cache}")
if [ -n "${KEEP:-}" ]; then out=$(mkdir -p "$KEEP" && realpath "$KEEP"); else
  out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
fi
[ -f target/test.classpath ] && [ -d target/test-classes ] || ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.classpath
CP=target/classes:target/test-classes:$(cat target/test.classpath)
mapfile -t PDFS < <(ls "$SET/pdf"/*.pdf | awk -v s="${STRIDE:-4}" '(NR - 1) % s == 0')
mkdir -p "$out/gold" "$out/pdf"
for pdf in "${PDFS[@]}"; do
  name=$(basename "$pdf" .pdf)
  cp "$SET/gold/$name.json" "$out/gold/"; cp "$pdf" "$out/pdf/"
done
[ -d "$out/scans/clean" ] || java -cp "$CP" org.baoku.ingest.ocr.ScanImages 200 "$out/scans" "${PDFS[@]}" > /dev/null
# Each path read by its own JVM with one OCR thread, one JVM a core.
for path in pdf scans/clean scans/scan scans/g4; do echo "$path"; done | xargs -P "$(nproc)" -I{} sh -c \
  "mkdir -p '$out/read/{}' && java -Dbaoku.ocr.threads=1 -Dbaoku.ocr.cache='$CACHE' ${JAVA_OPTS:-} -jar '$JAR' parse \
   --out '$out/read/{}' '$out/{}' > /dev/null 2> '$out/read/{}.err' || { echo '{}: parse failed'; tail -3 '$out/read/{}.err'; }"
for path in pdf scans/clean scans/scan scans/g4; do
  echo "== ${path#scans/} (${#PDFS[@]} pages)"
  python3 "$TOOLS/score.py" "$out/gold" "$out/read/$path" | tail -1
  python3 "$TOOLS/calibration.py" "$out/gold" "$out/read/$path" 2>/dev/null | tail -1 || true
  if [ -d "$SET/pages" ]; then
    for pdf in "${PDFS[@]}"; do
      name=$(basename "$pdf" .pdf)
      python3 "$TOOLS/fidelity.py" "$SET/pages/$name.txt" "$out/read/$path/$name.json" | tail -1 | sed 's/.*share=//'
    done | awk '{ s += $1; if (NR == 1 || $1 < m) m = $1 } END { printf "fidelity: mean=%.3f min=%.3f\n", s / NR, m }'
  fi
done
