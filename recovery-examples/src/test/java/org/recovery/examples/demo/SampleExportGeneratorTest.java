package org.recovery.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class SampleExportGeneratorTest {

  private static String shipped(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            SampleExportGeneratorTest.class.getResourceAsStream(
                "/org/recovery/examples/demo/" + name),
            name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theShippedExportIsExactlyWhatTheGeneratorWrites() throws IOException {
    var generated = SampleExportGenerator.generate();

    assertThat(shipped("survey-export.csv")).isEqualTo(generated.export());
    assertThat(shipped("customers.csv")).isEqualTo(generated.customers());
  }

  @Test
  void theGeneratorIsDeterministic() {
    assertThat(SampleExportGenerator.generate()).isEqualTo(SampleExportGenerator.generate());
  }

  @Test
  void theExportHoldsTwoThousandResponsesWithQuotedMultiLineComments() throws IOException {
    String export = shipped("survey-export.csv");

    assertThat(export).startsWith("response_id,customer_id,submitted_at,country,product,channel,");
    assertThat(export).contains("r-02000,").doesNotContain("r-02001,");
    assertThat(export).contains("\"Support fixed my problem in minutes.\nWill buy again!\"");
    assertThat(export).contains("\"Love the \"\"premium\"\" packaging\"");
  }
}
