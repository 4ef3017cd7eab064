package org.recovery.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs one benchmark query with DuckDB (through JDBC, in its own process) on the same file and
 * prints the counts and the process's peak RSS, for {@link NpsExportComparison}.
 *
 * <p>The SQL applies Recovery's score grammar rather than a cast, because {@code TRY_CAST('7.5' AS
 * INTEGER)} rounds to 8: the cell is trimmed of spaces and tabs, must match {@code
 * [+-]?[0-9]+(\.0+)?} and its integer part must lie in 0..10; everything else is a rejected row.
 * (Recovery also rejects ragged rows; the generated export has none.) The ISO week label is {@code
 * strftime(date, '%G-W%V')} of the UTC date, which is the first ten characters of the generated
 * timestamps.
 *
 * <pre>java -cp … org.recovery.examples.bench.DuckDbExportQuery FILE overall|country|week [THREADS]
 * </pre>
 */
public final class DuckDbExportQuery {
  private DuckDbExportQuery() {}

  static String sql(String file, NpsExportComparison.Query query) {
    String key =
        switch (query) {
          case OVERALL -> "'all'";
          case COUNTRY -> "country";
          case WEEK -> "strftime(CAST(left(submitted_at, 10) AS DATE), '%G-W%V')";
        };
    String source =
        "read_csv('"
            + file.replace("'", "''")
            + "', header = true, delim = ',', quote = '\"', escape = '\"', all_varchar = true,"
            + " new_line = '\\n')";
    return "WITH t AS (SELECT "
        + key
        + " AS k, trim(coalesce(score, ''), ' ' || chr(9)) AS s FROM "
        + source
        + "), v AS (SELECT k, CASE WHEN regexp_full_match(s, '[+-]?[0-9]+(\\.0+)?') THEN"
        + " TRY_CAST(regexp_extract(s, '^[+-]?[0-9]+') AS BIGINT) END AS score FROM t)"
        + " SELECT k, count(*) FILTER (WHERE score BETWEEN 9 AND 10) AS promoters,"
        + " count(*) FILTER (WHERE score BETWEEN 7 AND 8) AS passives,"
        + " count(*) FILTER (WHERE score BETWEEN 0 AND 6) AS detractors,"
        + " count(*) FILTER (WHERE score IS NULL OR score NOT BETWEEN 0 AND 10) AS rejected"
        + " FROM v GROUP BY k";
  }

  /**
   * Runs the query.
   *
   * @param args the export file, the query name and optionally DuckDB's thread count
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    NpsExportComparison.Query query = NpsExportComparison.Query.valueOf(args[1].toUpperCase());
    GroupCounts counts = new GroupCounts();
    long rejected = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      if (args.length > 2) {
        s.execute("SET threads = " + Integer.parseInt(args[2]));
      }
      try (ResultSet rs = s.executeQuery(sql(args[0], query))) {
        while (rs.next()) {
          long p = rs.getLong(2);
          long pa = rs.getLong(3);
          long d = rs.getLong(4);
          rejected += rs.getLong(5);
          if (p + pa + d > 0) {
            counts.add(rs.getString(1), p, pa, d);
          }
        }
      }
    }
    counts.rejected(rejected);
    System.out.println(counts.resultLine());
    System.out.println("PEAK_RSS_KB " + GroupCounts.peakRssKb());
  }
}
