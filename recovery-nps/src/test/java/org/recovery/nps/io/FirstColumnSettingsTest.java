package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;

/**
 * Columns read sequentially count from the first: a weight, timestamp or respondent column in the
 * first column is read like any other, and errors name the line and field they are on.
 */
class FirstColumnSettingsTest {

  private static NpsReport read(SurveyReaderBuilder builder, String csv) {
    return builder.scoreColumn("score").build().read(new StringReader(csv));
  }

  @Test
  void aWeightInTheFirstColumnWeighsItsRow() {
    NpsReport report = read(SurveyReader.builder().weightColumn("w"), "w,score\n3,10\n1,0\n");
    assertThat(report.overall().nps()).isEqualTo(50.0);
  }

  @Test
  void aTimestampInTheFirstColumnPlacesItsRowInAPeriod() {
    NpsReport report =
        read(
            SurveyReader.builder().timestampColumn("at").period(PeriodUnit.MONTH),
            "at,score\n2026-05-03,10\n");
    assertThat(report.periods())
        .singleElement()
        .satisfies(p -> assertThat(p.period()).contains("2026-05"));
  }

  @Test
  void aRespondentInTheFirstColumnIsDeduplicated() {
    NpsReport report =
        read(
            SurveyReader.builder().respondentColumn("id").deduplicate(true),
            "id,score\na,10\na,0\n");
    assertThat(report.overall().responses()).isEqualTo(1);
    assertThat(report.duplicates()).isEqualTo(1);
  }

  @Test
  void aMissingColumnIsLookedForOnTheNamesRow() {
    assertThatThrownBy(
            () ->
                read(
                    SurveyReader.builder().headerRows(2).namesRow(2),
                    "Survey,\nrating,country\n9,FR\n"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("not found in the header on line 2");
  }

  @Test
  void aQuoteLeftOpenInAFieldPastTheHeaderIsReportedWithoutAColumnName() {
    assertThatThrownBy(() -> read(SurveyReader.builder(), "score\n9,\"open\n"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "unterminated quoted field: the record starting at line 2 opens a quote on line 2 in"
                + " field 2 that is not closed before the end of the input");
  }
}
