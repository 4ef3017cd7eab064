package org.recovery.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterBenchmarkTest {

  @Test
  void theMustacheBaselineRendersTheSameLetterByteForByte() {
    LetterBenchmark bench = new LetterBenchmark();

    assertThat(bench.mustache()).isEqualTo(bench.recovery());
    assertThat(bench.mustacheRenderOnly()).isEqualTo(bench.recoveryRenderOnly());
    assertThat(bench.recovery()).contains("<p class=\"greeting\">Dear Dana Whitfield,</p>");
  }
}
