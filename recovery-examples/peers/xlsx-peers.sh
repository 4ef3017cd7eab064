#!/usr/bin/env bash
# Whole-process Excel comparisons, in interleaved rounds (one process per run):
#   1. `recovery nps` against pandas.read_excel (openpyxl) computing the same NPS, on a
#      300,000-row, 12-column sheet;
#   2. the two streaming readers considered for .xlsx, dhatim fastexcel-reader and Apache POI's
#      SAX event API (bench.SheetScan, every cell of the sheet), on a 1,000,000-row sheet, with
#      `recovery nps` on that sheet for its peak RSS.
#
#   recovery-examples/peers/xlsx-peers.sh
#
# Builds the jar, the launcher and the test classes (POI is a test-scope dependency only), writes
# the sheets with bench.SheetGenerator into $XLSX_PEERS_DIR (default /tmp/xlsx-peers, reused when
# present), installs pandas and openpyxl into a virtual environment there from the configured
# package index, and prints wall time and peak RSS per run ($XLSX_PEERS_ROUNDS rounds, default 3).
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${XLSX_PEERS_DIR:-/tmp/xlsx-peers}"
rounds="${XLSX_PEERS_ROUNDS:-3}"
mkdir -p "$dir"
cd "$root"
if [ -z "${XLSX_PEERS_SKIP_BUILD:-}" ] || [ ! -s "$dir/classpath.txt" ]; then
  # The last module built, recovery-examples, writes the class path file last.
  mvn -B -q -pl recovery-examples -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile="$dir/classpath.txt"
fi
cp="recovery-examples/target/test-classes:$(cat "$dir/classpath.txt")"

venv="$dir/venv"
if ! "$venv/bin/python" -c 'import pandas, openpyxl' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q pandas openpyxl
fi

for rows in 300000 1000000; do
  if [ ! -s "$dir/sheet-$rows.xlsx" ]; then
    java -cp "$cp" org.recovery.examples.bench.SheetGenerator "$rows" "$dir/sheet-$rows.xlsx"
  fi
done

recovery="recovery-examples/target/recovery"
pandas="import pandas as pd
df = pd.read_excel('$dir/sheet-300000.xlsx')
s = pd.to_numeric(df['Score'], errors='coerce').dropna()
n = len(s); p = int((s >= 9).sum()); d = int((s <= 6).sum())
print(n, p, d, round(100 * (p - d) / n, 3))"

# Prints "label seconds peak-RSS-MB" for one run.
timed() {
  local label="$1"
  shift
  /usr/bin/time -f "%e %M" -o "$dir/time.txt" "$@" > "$dir/out.txt"
  read -r wall rss < "$dir/time.txt"
  echo "$label $wall $((rss / 1024))"
}

echo "# $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1)"
echo "# label wall-seconds peak-RSS-MB"
for round in $(seq 1 "$rounds"); do
  timed recovery-300k "$recovery" nps "$dir/sheet-300000.xlsx" --score Score --format json
  timed pandas-300k "$venv/bin/python" -c "$pandas"
  timed fastexcel-1m java -cp "$cp" org.recovery.examples.bench.SheetScan fastexcel \
    "$dir/sheet-1000000.xlsx"
  timed poi-1m java -cp "$cp" org.recovery.examples.bench.SheetScan poi "$dir/sheet-1000000.xlsx"
  timed recovery-1m "$recovery" nps "$dir/sheet-1000000.xlsx" --score Score --format json
done
