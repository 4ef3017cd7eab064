package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsScale;

/** How presets name columns from their header rows and check that those rows are no data. */
class SurveyPresetHeaderTest {

  @Test
  void aSurveyMonkeyLabelRowShorterThanTheNamesRowLeavesTheLastLabelsBlank() {
    List<String> names =
        SurveyPreset.SURVEYMONKEY.columnNames(
            List.of(List.of("Respondent ID", "How likely", ""), List.of("", "Response")), 1);

    assertThat(names).containsExactly("Respondent ID", "How likely", "How likely / ");
  }

  @Test
  void aZeroInTheScoreColumnOfAnExtraHeaderRowLooksLikeData() {
    long[] lines = {1, 2};
    NpsScale scale = NpsScale.defaults();

    assertThat(
            SurveyPreset.QUALTRICS_LEGACY.headerProblem(
                List.of(List.of("V1", "Q1"), List.of("x", "0")), lines, 1, 1, "Q1", scale))
        .get()
        .extracting(Throwable::getMessage)
        .asString()
        .contains("expected header row 2 of the QUALTRICS_LEGACY preset on line 2")
        .contains("but found a score \"0\" in column \"Q1\"");
    assertThat(
            SurveyPreset.QUALTRICS_LEGACY.headerProblem(
                List.of(List.of("V1", "Q1"), List.of("x")), lines, 1, 1, "Q1", scale))
        .isEmpty();
  }
}
