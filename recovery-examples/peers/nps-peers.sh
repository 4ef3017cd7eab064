#!/usr/bin/env bash
# Compares `recovery nps` with DuckDB and polars (their own Python packages), whole process.
#
#   recovery-examples/peers/nps-peers.sh [ROWS...]      default: 2000000 10000000
#
# Builds the jar and launcher, writes the exports with the project's generator (kept in
# $NPS_PEERS_DIR, default /tmp/nps-peers, and reused when present), installs duckdb and polars
# into a virtual environment there from the configured package index, checks that the three
# tools agree, then times overall, by-country and by-ISO-week NPS in $NPS_PEERS_ROUNDS
# (default 3) interleaved rounds. With NPS_PEERS_SEGMENTS=COLUMN (say response_id) it also times
# grouping by that column against DuckDB.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${NPS_PEERS_DIR:-/tmp/nps-peers}"
rounds="${NPS_PEERS_ROUNDS:-3}"
mkdir -p "$dir"
if [ "$#" -eq 0 ]; then
  set -- 2000000 10000000
fi

cd "$root"
if [ -z "${NPS_PEERS_SKIP_BUILD:-}" ]; then
  mvn -B -q -pl recovery-examples -am package -DskipTests
fi

venv="$dir/venv"
if ! "$venv/bin/python" -c 'import duckdb, polars' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q duckdb polars
fi

files=()
for rows in "$@"; do
  file="$dir/nps-$rows.csv"
  if [ ! -s "$file" ]; then
    java -cp recovery-examples/target/test-classes \
      org.recovery.examples.bench.ExportGenerator "$rows" "$file.part"
    mv "$file.part" "$file"
  fi
  files+=("$file")
done

if [ -x recovery-examples/target/recovery ]; then
  recovery="recovery-examples/target/recovery"
else
  recovery="java -Xmx64m -jar recovery-examples/target/recovery.jar"
fi
echo "$(nproc) cores; $(java -version 2>&1 | head -1); duckdb and polars:" \
  "$("$venv/bin/python" -c 'import duckdb, polars; print(duckdb.__version__, polars.__version__)')"
segments=()
if [ -n "${NPS_PEERS_SEGMENTS:-}" ]; then
  segments=(--segments "$NPS_PEERS_SEGMENTS")
fi
exec "$venv/bin/python" recovery-examples/peers/nps_peers.py \
  --recovery "$recovery" --python "$venv/bin/python" --rounds "$rounds" ${segments[@]+"${segments[@]}"} \
  "${files[@]}"
