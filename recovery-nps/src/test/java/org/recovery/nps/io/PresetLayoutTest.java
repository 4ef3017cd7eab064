package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A preset checks its own header rows only; header rows set on the builder are taken as given. */
class PresetLayoutTest {
  private static final String EXPORT = "ResponseId,Q1\nResponse ID,How likely\nthird,row\nr1,9\n";

  @Test
  void headerRowsSetOnTheBuilderAreNotCheckedByThePreset() {
    assertThatThrownBy(
            () ->
                SurveyReader.builder()
                    .preset(SurveyPreset.QUALTRICS)
                    .scoreColumn("Q1")
                    .build()
                    .read(new StringReader(EXPORT)))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("expected the Qualtrics ImportId row");

    assertThat(
            SurveyReader.builder()
                .preset(SurveyPreset.QUALTRICS)
                .scoreColumn("Q1")
                .headerRows(3)
                .build()
                .read(new StringReader(EXPORT))
                .overall()
                .promoters())
        .isEqualTo(1);
  }
}
