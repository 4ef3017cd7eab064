"""Compares `recovery nps` with DuckDB and polars on survey exports, whole process.

Usage: nps_peers.py --recovery CMD --python PY [--rounds N] [--segments COLUMN] FILE...

For each file it first checks that the tools agree (Recovery and polars exactly, DuckDB exactly
with Recovery's score grammar, and says how many rows DuckDB's TRY_CAST counts that the others
reject), then times overall NPS, NPS by country and NPS by ISO week in interleaved rounds, one
process per run, and prints best and median wall time, peak RSS and the ratios as Markdown.

With --segments, it then times grouping by COLUMN (a column with many distinct values, such as a
respondent id): `recovery nps --by COLUMN` as CSV, JSON and table against DuckDB writing each
value's count, every tool writing to /dev/null, with CPU time as well.
"""

import argparse
import os
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PEER = os.path.join(HERE, "nps_peer.py")
QUERIES = ("overall", "country", "week")
LABELS = {"overall": "overall", "country": "by country", "week": "by ISO week"}


def recovery_args(recovery, path, query):
    args = shlex.split(recovery) + ["nps", path, "--score", "score", "--format", "csv"]
    if query == "country":
        args += ["--by", "country"]
    elif query == "week":
        args += ["--timestamp", "submitted_at", "--period", "week", "--zone", "UTC"]
    return args


def peer_args(python, tool, path, query):
    return [python, PEER, tool, path, query]


def run(args, capture, usage_out=None):
    """Runs one process; returns (wall seconds, peak RSS in MB, stdout, stderr).

    Without capture, the child's resource usage is appended to usage_out when given.
    """
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=out, stderr=out, text=True)
    stdout, stderr = proc.communicate() if capture else ("", "")
    _, status, usage = os.wait4(proc.pid, 0) if not capture else (0, 0, None)
    wall = time.perf_counter() - start
    if capture:
        # communicate() already reaped the child; its own rusage is not needed for the check.
        if proc.returncode != 0:
            raise SystemExit(f"{shlex.join(args)} failed ({proc.returncode}):\n{stderr}")
        return wall, 0.0, stdout, stderr
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{shlex.join(args)} failed with exit code {status}")
    if usage_out is not None:
        usage_out.append(usage)
    return wall, usage.ru_maxrss / 1024.0, "", ""


def recovery_counts(stdout, stderr, query):
    """Parses `recovery nps --format csv` into {key: (p, pa, d)} and the rejected count."""
    groups = {}
    lines = stdout.splitlines()
    header = lines[0].split(",")
    col = {name: i for i, name in enumerate(header)}
    for line in lines[1:]:
        cells = line.split(",")
        scope = cells[0]
        counts = tuple(int(cells[col[c]]) for c in ("promoters", "passives", "detractors"))
        if query == "overall" and scope == "overall":
            groups["all"] = counts
        elif query == "country" and scope == "segment":
            groups[cells[1]] = counts
        elif query == "week" and scope == "period":
            groups[cells[col["period"]]] = counts
    rejected = 0
    for line in stderr.splitlines():
        if " rows rejected:" in line:
            rejected = int(line.split(" of ")[0].replace(",", ""))
    return groups, rejected


def peer_counts(stdout):
    groups = {}
    rejected = 0
    for line in stdout.splitlines():
        parts = line.rsplit(",", 3)
        if line.startswith("rejected,"):
            rejected = int(line.split(",")[1])
        else:
            groups[parts[0]] = tuple(int(x) for x in parts[1:])
    return groups, rejected


def check(opts, path):
    for query in QUERIES:
        _, _, out, err = run(recovery_args(opts.recovery, path, query), True)
        ours = recovery_counts(out, err, query)
        for tool in ("polars", "duckdb-strict"):
            theirs = peer_counts(run(peer_args(opts.python, tool, path, query), True)[2])
            if theirs != ours:
                raise SystemExit(
                    f"{tool} disagrees with Recovery on {LABELS[query]} of {path}:\n"
                    f"  recovery: {sorted(ours[0].items())[:5]}… rejected {ours[1]}\n"
                    f"  {tool}: {sorted(theirs[0].items())[:5]}… rejected {theirs[1]}"
                )
        loose = peer_counts(run(peer_args(opts.python, "duckdb", path, query), True)[2])
        counted = sum(sum(c) for c in ours[0].values())
        print(
            f"{LABELS[query]}: {len(ours[0])} groups, {counted:,} responses, {ours[1]:,} rejected;"
            f" polars and DuckDB (Recovery's score grammar) agree exactly; DuckDB's TRY_CAST"
            f" counts {ours[1] - loose[1]:,} more rows (such as 7.5 as 8)",
            flush=True,
        )


def time_all(opts, path):
    tools = {
        "recovery": lambda q: recovery_args(opts.recovery, path, q),
        "duckdb": lambda q: peer_args(opts.python, "duckdb", path, q),
        "polars": lambda q: peer_args(opts.python, "polars", path, q),
    }
    runs = {(t, q): [] for t in tools for q in QUERIES}
    for r in range(opts.rounds):
        for query in QUERIES:
            for tool, args in tools.items():
                runs[(tool, query)].append(run(args(query), False)[:2])
        print(f"round {r + 1}/{opts.rounds} done", file=sys.stderr, flush=True)
    size = os.path.getsize(path) / 1e6
    print(f"\n{os.path.basename(path)}, {size:,.0f} MB, best of {opts.rounds}"
          f" (median), load average before: {opts.load}\n")
    print("| query | `recovery nps` | DuckDB (Python) | polars streaming |"
          " ours / DuckDB | ours / polars |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for query in QUERIES:
        cells = []
        best = {}
        for tool in tools:
            walls = [w for w, _ in runs[(tool, query)]]
            rss = max(m for _, m in runs[(tool, query)])
            best[tool] = min(walls)
            cells.append(f"{min(walls):.2f} s ({statistics.median(walls):.2f}), {rss:,.0f} MB")
        cells.append(f"{best['recovery'] / best['duckdb']:.2f}×")
        cells.append(f"{best['recovery'] / best['polars']:.2f}×")
        print(f"| {LABELS[query]} | " + " | ".join(cells) + " |")


DUCKDB_GROUP = """
import duckdb, sys
path, column = sys.argv[1], sys.argv[2]
duckdb.connect().execute(
    f"COPY (SELECT {column}, count(*) AS n FROM read_csv('{path}', header = true,"
    f" all_varchar = true) GROUP BY {column}) TO '/dev/stdout' (HEADER)")
"""


def time_segments(opts, path):
    column = opts.segments
    ours = shlex.split(opts.recovery) + ["nps", path, "--score", "score", "--by", column]
    tools = {
        f"`recovery nps … --by {column} --format csv`": ours + ["--format", "csv"],
        f"`recovery nps … --by {column} --format json`": ours + ["--format", "json"],
        f"`recovery nps … --by {column}` (table: the largest segments)": ours,
        f"DuckDB `COPY (SELECT {column}, count(*) … GROUP BY {column}) TO …`": [
            opts.python, "-c", DUCKDB_GROUP, path, column],
    }
    runs = {t: [] for t in tools}
    for r in range(opts.rounds):
        for tool, args in tools.items():
            usage = []
            wall, rss, _, _ = run(args, False, usage)
            runs[tool].append((wall, rss, usage[0].ru_utime + usage[0].ru_stime))
        print(f"segments round {r + 1}/{opts.rounds} done", file=sys.stderr, flush=True)
    print(f"\n{os.path.basename(path)}, by {column}, best of {opts.rounds} (median), every tool"
          f" writing to /dev/null, load average before: {opts.load}\n")
    print("| tool | wall | CPU of the best run | peak RSS | ratio to DuckDB |")
    print("| --- | ---: | ---: | ---: | ---: |")
    duck = min(w for w, _, _ in runs[list(tools)[-1]])
    for tool in tools:
        best = min(runs[tool])
        walls = [w for w, _, _ in runs[tool]]
        rss = [m for _, m, _ in runs[tool]]
        print(f"| {tool} | {best[0]:.2f} s ({statistics.median(walls):.2f} s) | {best[2]:.1f} s"
              f" | {min(rss):,.0f}–{max(rss):,.0f} MB | {best[0] / duck:.2f}× |")


def start_up(opts):
    walls = {"recovery --version": [], "python -c 'import duckdb'": []}
    for _ in range(opts.rounds):
        walls["recovery --version"].append(run(shlex.split(opts.recovery) + ["--version"], False)[0])
        walls["python -c 'import duckdb'"].append(
            run([opts.python, "-c", "import duckdb"], False)[0])
    print()
    for name, w in walls.items():
        print(f"start-up, {name}: best {min(w):.2f} s, median {statistics.median(w):.2f} s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--recovery", required=True, help="how to start recovery")
    parser.add_argument("--python", required=True, help="the Python with duckdb and polars")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-check", action="store_true")
    parser.add_argument("--segments", metavar="COLUMN", help="also time grouping by COLUMN")
    parser.add_argument("files", nargs="+")
    opts = parser.parse_args()
    for path in opts.files:
        if not opts.no_check:
            check(opts, path)
        opts.load = " ".join(f"{x:.2f}" for x in os.getloadavg())
        time_all(opts, path)
        if opts.segments:
            opts.load = " ".join(f"{x:.2f}" for x in os.getloadavg())
            time_segments(opts, path)
    start_up(opts)


if __name__ == "__main__":
    main()
