package org.recovery.nps.io;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;

class ReaderPropertiesTest {
  private static final String[] SCORES = {
    "9", " 9 ", "9.0", "0", "7", "10", "", "N/A", "ten", "10/10", "9.5", "11", "-1", "\"9\"", "1e1"
  };
  private static final String[] COMMENTS = {
    "ok", "", "a, b", "say \"hi\"", "two\nlines", "cr\ronly", "crlf\r\nx", "\"", "end\r"
  };
  private static final String[] BREAKS = {"\n", "\r\n", "\r"};

  /** A generated row: score token, comment token, break, and whether it is ragged. */
  private record Row(int score, int comment, int lineBreak, boolean ragged) {}

  private static final Gen<List<Row>> ROWS =
      lists()
          .of(
              integers()
                  .between(0, SCORES.length - 1)
                  .zip(
                      integers().between(0, COMMENTS.length - 1),
                      integers().between(0, 29),
                      (s, c, b) -> new Row(s, c, b % 3, b >= 27)))
          .ofSizeBetween(0, 40);

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static long breaks(String s) {
    return s.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
  }

  @Test
  void everyDataRowIsAResponseOrOneRejectionAtTheLineItStartsOn() {
    qt().withExamples(300)
        .forAll(ROWS)
        .check(
            rows -> {
              StringBuilder csv = new StringBuilder("score,comment\n");
              List<Long> starts = new ArrayList<>();
              long line = 2;
              for (Row r : rows) {
                starts.add(line);
                String comment = quote(COMMENTS[r.comment()]);
                String score = SCORES[r.score()];
                String record =
                    (score.contains("\"") ? quote(score) : score)
                        + ","
                        + comment
                        + (r.ragged() ? ",extra" : "");
                csv.append(record).append(BREAKS[r.lineBreak()]);
                line += breaks(record) + 1;
              }
              NpsReport report =
                  SurveyReader.builder()
                      .scoreColumn("score")
                      .maxExamples(1000)
                      .build()
                      .read(new StringReader(csv.toString()));
              boolean counts =
                  report.dataRows() == rows.size()
                      && report.overall().responses() + report.rejected().count() == rows.size();
              boolean lines =
                  report.rejected().examples().stream().allMatch(e -> starts.contains(e.line()));
              long ragged = rows.stream().filter(Row::ragged).count();
              return counts
                  && lines
                  && report.rejected().count(RejectionReason.RAGGED_ROW) == ragged;
            });
  }

  @Test
  void chunkAccumulatorsMergeToTheSinglePassReport() {
    Gen<List<Integer>> events = lists().of(integers().between(0, 999)).ofSizeBetween(0, 80);
    qt().withExamples(200)
        .forAll(events, integers().between(1, 5))
        .check(
            (list, chunks) -> {
              ReportAccumulator whole = fresh();
              List<ReportAccumulator> parts = new ArrayList<>();
              for (int c = 0; c < chunks; c++) {
                parts.add(fresh());
              }
              for (int i = 0; i < list.size(); i++) {
                int v = list.get(i);
                ReportAccumulator part = parts.get(i * chunks / Math.max(1, list.size()));
                feed(whole, i + 2, v);
                feed(part, i + 2, v);
              }
              ReportAccumulator forward = fresh();
              parts.forEach(forward::merge);
              ReportAccumulator backward = fresh();
              for (int c = parts.size() - 1; c >= 0; c--) {
                backward.merge(parts.get(c));
              }
              List<String> columns = List.of("country");
              NpsReport expected = whole.toReport(columns, Estimation.defaults());
              return forward.toReport(columns, Estimation.defaults()).equals(expected)
                  && backward.toReport(columns, Estimation.defaults()).equals(expected);
            });
  }

  private static ReportAccumulator fresh() {
    return new ReportAccumulator(NpsScale.defaults(), PeriodUnit.MONTH, true, 3);
  }

  private static void feed(ReportAccumulator acc, long line, int v) {
    if (v % 7 == 0) {
      acc.reject(line, "score", "x" + v, RejectionReason.values()[v % 4]);
      return;
    }
    String id = v % 5 == 0 ? null : "r" + (v % 13);
    acc.accept(
        line,
        v % 11,
        1.0,
        List.of(v % 2 == 0 ? "US" : "DE"),
        LocalDate.of(2026, 1 + v % 3, 1),
        v % 4 == 0 ? Long.MIN_VALUE : (long) (v % 17) * 1_000_000_000L,
        id);
  }

  @Test
  void examplesAreTheFirstRejectionsByLine() {
    ReportAccumulator a = fresh();
    ReportAccumulator b = fresh();
    for (int i = 10; i < 15; i++) {
      b.reject(i, "score", "x", RejectionReason.BLANK);
    }
    for (int i = 2; i < 4; i++) {
      a.reject(i, "score", "x", RejectionReason.BLANK);
    }
    NpsReport report = b.merge(a).toReport(List.of(), Estimation.defaults());
    org.assertj.core.api.Assertions.assertThat(report.rejected().examples())
        .extracting(Rejection::line)
        .containsExactly(2L, 3L, 10L);
  }
}
