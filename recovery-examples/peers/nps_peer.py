"""Runs one NPS query with a peer engine, as a data team would, and prints its counts.

Usage: nps_peer.py duckdb|duckdb-strict|polars FILE overall|country|week [THREADS]

Prints one line per group, ``key,promoters,passives,detractors``, then ``rejected,N``: the rows
whose score is not an integer from 0 to 10. ``duckdb`` casts scores with ``TRY_CAST``, which
rounds ``7.5`` to 8 and so counts a few rows that Recovery and polars reject; ``duckdb-strict``
applies Recovery's score grammar instead (trimmed ``[+-]?[0-9]+(.0+)?``) and must agree exactly.
"""

import sys

WEEK_SQL = "strftime(CAST(left(submitted_at, 10) AS DATE), '%G-W%V')"


def duckdb_query(path, query, strict, threads):
    import duckdb

    key = {"overall": "'all'", "country": "country", "week": WEEK_SQL}[query]
    source = (
        "read_csv('" + path.replace("'", "''") + "', header = true, delim = ',', quote = '\"',"
        " escape = '\"', all_varchar = true)"
    )
    if strict:
        score = (
            "CASE WHEN regexp_full_match(trim(coalesce(score, ''), ' ' || chr(9)),"
            " '[+-]?[0-9]+(\\.0+)?') THEN TRY_CAST(regexp_extract(trim(score, ' ' || chr(9)),"
            " '^[+-]?[0-9]+') AS BIGINT) END"
        )
    else:
        score = "TRY_CAST(score AS INTEGER)"
    sql = (
        f"WITH v AS (SELECT {key} AS k, {score} AS s FROM {source})"
        " SELECT k, count(*) FILTER (WHERE s BETWEEN 9 AND 10),"
        " count(*) FILTER (WHERE s BETWEEN 7 AND 8),"
        " count(*) FILTER (WHERE s BETWEEN 0 AND 6),"
        " count(*) FILTER (WHERE s IS NULL OR s NOT BETWEEN 0 AND 10) FROM v GROUP BY k"
    )
    con = duckdb.connect()
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    return con.execute(sql).fetchall()


def polars_query(path, query):
    import polars as pl

    if query == "overall":
        key = pl.lit("all")
    elif query == "country":
        key = pl.col("country")
    else:
        key = (
            pl.col("submitted_at").str.slice(0, 10).str.to_date("%Y-%m-%d").dt.strftime("%G-W%V")
        )
    s = pl.col("score").str.strip_chars(" \t").cast(pl.Int64, strict=False)
    frame = (
        pl.scan_csv(path, infer_schema=False)
        .select(key.alias("k"), s.alias("s"))
        .group_by("k")
        .agg(
            pl.col("s").is_between(9, 10).sum().alias("p"),
            pl.col("s").is_between(7, 8).sum().alias("pa"),
            pl.col("s").is_between(0, 6).sum().alias("d"),
            pl.col("s").is_between(0, 10).fill_null(False).not_().sum().alias("r"),
        )
    )
    try:
        result = frame.collect(engine="streaming")
    except TypeError:
        result = frame.collect(streaming=True)
    return result.rows()


def main(argv):
    tool, path, query = argv[1], argv[2], argv[3]
    threads = argv[4] if len(argv) > 4 else None
    if tool == "polars":
        rows = polars_query(path, query)
    elif tool in ("duckdb", "duckdb-strict"):
        rows = duckdb_query(path, query, tool == "duckdb-strict", threads)
    else:
        raise SystemExit(f"tool must be duckdb, duckdb-strict or polars but was '{tool}'")
    rejected = 0
    out = []
    for k, p, pa, d, r in rows:
        rejected += r
        if p + pa + d > 0:
            out.append(f"{k},{p},{pa},{d}")
    out.sort()
    out.append(f"rejected,{rejected}")
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv)
