package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.io.SurveyReader;

class NpsTableTest {

  private static final String EXPORT =
      "country,score\n" + "DE,10\n" + "DE,\n" + "FR,7\n" + "FR,ten\n" + "DE,0\n" + "FR,11\n";

  private static NpsReport report() {
    return SurveyReader.builder()
        .scoreColumn("score")
        .segmentColumns("country")
        .build()
        .read(new StringReader(EXPORT));
  }

  @Test
  void theRejectedSummaryCountsEveryReasonAndShowsTheFirstExamples() {
    assertThat(NpsTable.rejected(report(), 2))
        .isEqualTo(
            String.format(
                "3 of 6 rows rejected: 1 BLANK, 1 NOT_A_NUMBER, 1 OUT_OF_RANGE%n"
                    + "  line 3, column \"score\": '' (BLANK)%n"
                    + "  line 5, column \"score\": 'ten' (NOT_A_NUMBER)%n"));
  }

  @Test
  void noExamplesLeavesTheCountsAlone() {
    assertThat(NpsTable.rejected(report(), 0))
        .isEqualTo(
            String.format("3 of 6 rows rejected: 1 BLANK, 1 NOT_A_NUMBER, 1 OUT_OF_RANGE%n"));
  }

  @Test
  void aNegativeNumberOfExamplesIsRefused() {
    assertThatThrownBy(() -> NpsTable.rejected(report(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("examples must be at least 0 but was -1");
  }

  @Test
  void theTableWritesEverySegmentsFiguresAsTheFormatterWould() {
    String table = NpsTable.of(report());
    assertThat(table)
        .contains("country=DE")
        .contains("country=FR")
        .contains("95% interval")
        .contains("50.0%")
        .contains("; * too few responses for a reliable score.\n");
    assertThat(table.lines().filter(l -> l.startsWith("all responses")))
        .singleElement()
        .asString()
        .contains("3*")
        .contains("0.0");
  }
}
