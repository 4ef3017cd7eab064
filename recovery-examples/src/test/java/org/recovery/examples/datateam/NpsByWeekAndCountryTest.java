package org.recovery.examples.datateam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.io.SurveyFormatException;

class NpsByWeekAndCountryTest {

  /**
   * Two countries over two ISO weeks, with the edges that matter: Sunday 23:59:59 and Monday
   * 00:00:00 fall in different weeks, 2 January 2027 still belongs to 2026-W53, and two rows are
   * rejected rather than counted.
   */
  private static final String EXPORT =
      """
      response_id,submitted_at,country,score
      r01,2026-11-16T09:00:00Z,DE,10
      r02,2026-11-17T10:00:00Z,DE,9
      r03,2026-11-18T11:00:00Z,DE,3
      r04,2026-11-22T23:59:59Z,DE,7
      r05,2026-11-23T00:00:00Z,DE,0
      r06,2026-11-16T12:00:00Z,FR,8
      r07,2026-11-19T12:00:00Z,FR,10
      r08,2026-11-24T12:00:00Z,FR,6
      r09,2026-11-25T12:00:00Z,FR,n/a
      r10,2026-11-25T13:00:00Z,FR,11
      r11,2026-11-26T12:00:00Z,FR,9
      r12,2027-01-02T12:00:00Z,ES,9
      """;

  @TempDir Path dir;

  private NpsByWeekAndCountry read() throws IOException {
    Path file = Files.writeString(dir.resolve("export.csv"), EXPORT);
    return NpsByWeekAndCountry.read(file, "score");
  }

  @Test
  void countsEachCountryInEachIsoWeek() throws IOException {
    var table = read();

    assertThat(table.cells())
        .extracting(
            c -> c.week(),
            c -> c.country(),
            c -> c.result().promoters(),
            c -> c.result().passives(),
            c -> c.result().detractors())
        .containsExactly(
            tuple("2026-W47", "DE", 2L, 1L, 1L),
            tuple("2026-W47", "FR", 1L, 1L, 0L),
            tuple("2026-W48", "DE", 0L, 0L, 1L),
            tuple("2026-W48", "FR", 1L, 0L, 1L),
            tuple("2026-W53", "ES", 1L, 0L, 0L));
    assertThat(table.cell("2026-W47", "DE").orElseThrow().nps()).isCloseTo(25.0, within(1e-9));
    assertThat(table.cell("2026-W47", "FR").orElseThrow().nps()).isCloseTo(50.0, within(1e-9));
    assertThat(table.cell("2026-W48", "ES")).isEmpty();
  }

  @Test
  void theReportHoldsTheTotalsPerCountryAndPerWeek() throws IOException {
    var report = read().report();

    assertThat(report.overall().responses()).isEqualTo(10);
    assertThat(report.segments())
        .extracting(s -> s.key(), s -> s.result().responses(), s -> s.result().nps())
        .containsExactly(
            tuple(Map.of("country", "DE"), 5L, 0.0),
            tuple(Map.of("country", "ES"), 1L, 100.0),
            tuple(Map.of("country", "FR"), 4L, 25.0));
    assertThat(report.periods())
        .extracting(PeriodResult::period, p -> p.result().responses())
        .containsExactly(tuple("2026-W47", 6L), tuple("2026-W48", 3L), tuple("2026-W53", 1L));
  }

  @Test
  void badScoresAreCountedAsRejectedNotDropped() throws IOException {
    var report = read().report();

    assertThat(report.dataRows()).isEqualTo(12);
    assertThat(report.rejected().count()).isEqualTo(2);
    assertThat(report.rejected().byReason())
        .containsOnly(
            Map.entry(RejectionReason.BLANK, 1L), Map.entry(RejectionReason.OUT_OF_RANGE, 1L));
    assertThat(report.rejected().examples())
        .extracting(r -> r.line(), r -> r.value())
        .containsExactly(tuple(10L, "n/a"), tuple(11L, "11"));
  }

  @Test
  void theTableHasAWeekPerRowACountryPerColumnAndTheTotals() throws IOException {
    String[] lines = read().toTable().split("\n");

    assertThat(lines).hasSize(6);
    assertThat(lines[0].split(" +")).containsExactly("week", "DE", "ES", "FR", "all");
    assertThat(lines[1]).startsWith("2026-W47    25 [").contains("*    -   ");
    assertThat(lines[2]).startsWith("2026-W48  -100 [");
    assertThat(lines[3]).startsWith("2026-W53     -               100 [");
    assertThat(lines[4]).startsWith("all          0 [");
    assertThat(lines[5])
        .isEqualTo("10 responses, 2 rows rejected; NPS [95% interval], * fewer than 30 responses");
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void anExportWithoutACountryColumnFailsNamingIt() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("no-country.csv"), "submitted_at,score\n2026-11-16T09:00:00Z,9\n");

    assertThatThrownBy(() -> NpsByWeekAndCountry.read(file, "score"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("country");
  }
}
