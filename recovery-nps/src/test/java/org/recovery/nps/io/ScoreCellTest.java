package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.RejectionReason;

class ScoreCellTest {
  private static final NpsScale SCALE = NpsScale.defaults();

  @ParameterizedTest(name = "[{0}] is {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "' 9.0 '|9",
        "+10|10",
        "0|0",
        "''|BLANK",
        "n/a|BLANK",
        "ten|NOT_A_NUMBER",
        "9.5|NOT_AN_INTEGER",
        "11|OUT_OF_RANGE",
      })
  void readsACellByTheReadersGrammar(String cell, String expected) {
    ScoreCell read = ScoreCell.parse(cell, SCALE);

    String actual =
        read.score().isPresent()
            ? Integer.toString(read.score().getAsInt())
            : read.rejection().orElseThrow().name();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void givesTheReaderItsAnswerForAnyCell() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 6))
        .check(
            cell -> {
              String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
              NpsReport report =
                  SurveyReader.builder()
                      .scoreColumn("score")
                      .build()
                      .read(new StringReader("score,x\n" + quoted + ",x\n"));
              ScoreCell read = ScoreCell.parse(cell, SCALE);
              if (read.rejection().isPresent()) {
                return report.rejected().count(read.rejection().get()) == 1;
              }
              var overall = report.overall();
              return switch (SCALE.categorize(read.score().getAsInt())) {
                case PROMOTER -> overall.promoters() == 1;
                case PASSIVE -> overall.passives() == 1;
                case DETRACTOR -> overall.detractors() == 1;
              };
            });
  }

  @Test
  void honoursTheScale() {
    NpsScale oneToFive = NpsScale.of(1, 2, 3, 3, 4, 5);

    assertThat(ScoreCell.parse("0", oneToFive).rejection()).contains(RejectionReason.OUT_OF_RANGE);
    assertThat(ScoreCell.parse("5", oneToFive).score()).hasValue(5);
  }

  @Test
  void trimsSegmentValuesOfSpacesAndTabsOnly() {
    assertThat(ScoreCell.segmentValue(" \tDE\t ")).isEqualTo("DE");
    assertThat(ScoreCell.segmentValue("\u00a0DE\r")).isEqualTo("\u00a0DE\r");
  }

  @Test
  void holdsEitherAScoreOrARejection() {
    assertThatThrownBy(() -> new ScoreCell(OptionalInt.of(9), Optional.of(RejectionReason.BLANK)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a score cell must hold either a score or a rejection but held score OptionalInt[9]"
                + " and rejection Optional[BLANK]");
    assertThatThrownBy(
            () -> new ScoreCell(OptionalInt.empty(), Optional.of(RejectionReason.RAGGED_ROW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a score cell's rejection must be BLANK, NOT_A_NUMBER, NOT_AN_INTEGER or OUT_OF_RANGE"
                + " but was RAGGED_ROW");
  }

  @Test
  void findsColumnsAsTheReaderDoes() {
    var header = new SurveyHeader(List.of("Score", "score", "Country"), List.of(List.of("x")));

    assertThat(header.indexOf("score", "score", 1)).isEqualTo(1);
    assertThat(header.indexOf("COUNTRY", "segment", 1)).isEqualTo(2);
    assertThatThrownBy(() -> header.indexOf("SCORE", "score", 1))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining(
            "score column \"SCORE\" not found in the header on line 1; headers found: \"Score\","
                + " \"score\", \"Country\"");
  }
}
