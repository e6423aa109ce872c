#!/usr/bin/env bash
# Scores the reader on a set of pages with gold (made by tools/engines/make-set.sh, say): every page parsed in one
# JVM, from its PDF and (where the set has pages/*.txt) from its extracted text, then ../shared/tools/score.py and
# calibration.py; prints their last lines for each path.
# usage: bash tools/engines/score-set.sh JAR SET_DIR   (SET_DIR holds pdf/, gold/ and maybe pages/)
set -euo pipefail
JAR=${1:?usage: score-set.sh JAR SET_DIR}
SET=${2:?usage: score-set.sh JAR SET_DIR}
TOOLS=${SCORE_TOOLS:-$(cd "$(dirname "$0")/../../../shared/tools" && pwd)}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for path in pdf pages; do
  [ -d "$SET/$path" ] || continue
  mkdir -p "$out/$path"
  java -jar "$JAR" parse --out "$out/$path" "$SET/$path" > /dev/null 2> "$out/$path.err" || {
    echo "$path: parse failed:"; tail -5 "$out/$path.err"; continue; }
  echo "== $path"
  python3 "$TOOLS/score.py" "$SET/gold" "$out/$path" | tail -4
  python3 "$TOOLS/calibration.py" "$SET/gold" "$out/$path" 2>/dev/null | tail -1 || true
done
