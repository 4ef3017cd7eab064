package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;

/** A JSON value that is neither text, a number nor null is read as its JSON text. */
class JsonLinesCellsTest {

  @Test
  void aBooleanOrObjectScoreIsNotANumberAndShownAsWritten() {
    NpsReport report =
        SurveyReader.builder()
            .format(SurveyFormat.JSON_LINES)
            .scoreColumn("score")
            .build()
            .read(new StringReader("{\"score\": true}\n{\"score\": {\"a\": 1}}\n{\"score\": 9}\n"));

    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.rejected().count(RejectionReason.NOT_A_NUMBER)).isEqualTo(2);
    assertThat(report.rejected().examples())
        .extracting(Rejection::value)
        .containsExactly("true", "{\"a\":1}");
  }
}
