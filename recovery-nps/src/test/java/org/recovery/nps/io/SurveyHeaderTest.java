package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A configured column is found by its exact name first, then by its name ignoring case. */
class SurveyHeaderTest {

  @Test
  void anExactNameWinsOverOneThatDiffersOnlyInCaseInAnyColumn() {
    SurveyHeader header =
        new SurveyHeader(List.of("Score", "score"), List.of(List.of("Score", "score")));

    assertThat(header.indexOf("Score", "score", 1)).isZero();
    assertThat(header.indexOf("score", "score", 1)).isEqualTo(1);
    assertThatThrownBy(() -> header.indexOf("SCORE", "score", 1))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("score column \"SCORE\" not found in the header on line 1");
  }
}
