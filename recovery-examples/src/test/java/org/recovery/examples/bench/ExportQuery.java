package org.recovery.examples.bench;

import java.nio.file.Path;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyReader;

/**
 * The three questions the export benchmark asks of {@link BenchmarkExport}'s file, each as a
 * Recovery reader and as the equivalent DuckDB SQL. The SQL applies the reader's score grammar
 * (trim spaces and tabs; an optional sign, digits and an all-zero fraction; 0-10) so that both
 * report identical counts: DuckDB's {@code TRY_CAST('7.5' AS INTEGER)} would round to 8.
 */
enum ExportQuery {
  /** NPS over every response. */
  OVERALL(""),
  /** NPS per country. */
  BY_COUNTRY("country"),
  /** NPS per ISO week of the UTC timestamp. */
  BY_ISO_WEEK("date_trunc('week', CAST(submitted_at AS TIMESTAMPTZ))");

  private final String group;

  ExportQuery(String group) {
    this.group = group;
  }

  /** Returns a reader answering this question with at most {@code threads} threads. */
  SurveyReader reader(int threads) {
    SurveyReader.Builder b = SurveyReader.builder().scoreColumn("score").threads(threads);
    switch (this) {
      case BY_COUNTRY -> b.segmentColumns("country");
      case BY_ISO_WEEK -> b.timestampColumn("submitted_at").period(PeriodUnit.ISO_WEEK);
      default -> {}
    }
    return b.build();
  }

  /** Returns the DuckDB query: one row per group with the counts of the reader's report. */
  String sql(Path file) {
    String select = group.isEmpty() ? "" : group + " AS g, ";
    return "WITH raw AS (SELECT trim(score, ' \t') AS s, country, submitted_at FROM read_csv('"
        + file.toAbsolutePath().toString().replace("'", "''")
        + "', header = true, all_varchar = true, delim = ',', quote = '\"', escape = '\"')),"
        + " scored AS (SELECT CASE WHEN regexp_full_match(s, '[+-]?[0-9]+(\\.0+)?')"
        + " THEN TRY_CAST(regexp_extract(s, '^[+-]?[0-9]+') AS BIGINT) END AS score,"
        + " country, submitted_at FROM raw)"
        + " SELECT "
        + select
        + "count(*) FILTER (score BETWEEN 0 AND 10) AS responses,"
        + " count(*) FILTER (score BETWEEN 9 AND 10) AS promoters,"
        + " count(*) FILTER (score BETWEEN 7 AND 8) AS passives,"
        + " count(*) FILTER (score BETWEEN 0 AND 6) AS detractors,"
        + " count(*) FILTER (score IS NULL OR score NOT BETWEEN 0 AND 10) AS rejected"
        + " FROM scored"
        + (group.isEmpty() ? "" : " GROUP BY g");
  }

  /** Returns a short label for tables. */
  String label() {
    return switch (this) {
      case OVERALL -> "overall";
      case BY_COUNTRY -> "by country";
      case BY_ISO_WEEK -> "by ISO week";
    };
  }
}
