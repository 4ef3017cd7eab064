package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.SegmentResult;

/**
 * Checks the readers against real exports and their independently computed answers. The exports are
 * reference data kept beside the repository, not fixtures: the build passes their directory as the
 * system property {@code recovery.realData}, and these tests run only where it exists; under {@code
 * CI=true} they always run and fail when it is missing.
 */
@EnabledIf(
    value = "org.recovery.nps.io.ExportFixtures#realDataPresent",
    disabledReason =
        "the real exports live in the reference-data directory beside the repository"
            + " (system property recovery.realData), which this checkout does not have")
class RealExportsTest {
  private static final SurveyReader PREP_AIR =
      SurveyReader.builder()
          .scoreColumn("How likely are you to recommend this airline?")
          .segmentColumns("Airline")
          .build();

  /** Reads with the reference reader (a stream); the parallel path is compared elsewhere. */
  private static NpsReport read(SurveyReader reader, String name) throws IOException {
    try (InputStream in = Files.newInputStream(ExportFixtures.realData().resolve(name))) {
      return reader.read(in);
    }
  }

  @Test
  void sudzillaMatchesTheIndependentlyComputedAnswer() throws Exception {
    NpsReport report =
        read(
            SurveyReader.builder()
                .scoreColumn("On a scale of 0-10, how would you rate Sudzilla?")
                .timestampColumn("Timestamp")
                .timestampFormat(TimestampFormat.pattern("M/d/yyyy H:mm:ss"))
                .period(PeriodUnit.DAY)
                .build(),
            "sudzilla_survey.csv");
    assertThat(report.overall().responses()).isEqualTo(39);
    assertThat(report.overall().promoters()).isEqualTo(8);
    assertThat(report.overall().detractors()).isEqualTo(22);
    assertThat(report.overall().nps()).isCloseTo(-35.897435897, within(1e-8));
    assertThat(report.rejected().count()).isZero();
    assertThat(report.periods()).extracting(p -> p.period()).startsWith("2019-11-01");
  }

  @Test
  void prepAirMatchesTheIndependentlyComputedAnswer() throws Exception {
    NpsReport report = read(PREP_AIR, "prep_air_nps.csv");
    NpsResult prepAir =
        report.segments().stream()
            .filter(s -> s.key().get("Airline").equals("Prep Air"))
            .map(SegmentResult::result)
            .findFirst()
            .orElseThrow();
    assertThat(prepAir.responses()).isEqualTo(184);
    assertThat(prepAir.promoters()).isEqualTo(74);
    assertThat(prepAir.detractors()).isEqualTo(35);
    assertThat(prepAir.nps()).isCloseTo(21.195652173, within(1e-8));
    assertThat(report.segments()).hasSize(99);
    assertThat(report.dataRows()).isEqualTo(5907);
  }

  @Test
  void readsTheQualtricsSamplesWithTheirPresets() throws Exception {
    NpsReport current =
        read(
            SurveyReader.builder().preset(SurveyPreset.QUALTRICS).scoreColumn("Q1").build(),
            "qualtrics_sample.csv");
    NpsReport legacy =
        read(
            SurveyReader.builder()
                .preset(SurveyPreset.QUALTRICS_LEGACY)
                .scoreColumn("Q1")
                .respondentColumn("V1")
                .deduplicate(true)
                .build(),
            "qualtrics_sample_legacy.csv");
    assertThat(current.overall().detractors()).isEqualTo(1);
    assertThat(current.dataRows()).isEqualTo(1);
    assertThat(legacy.overall().detractors()).isEqualTo(1);
    assertThat(legacy.dataRows()).isEqualTo(1);
  }

  @Test
  void qualtricsPresetOnTheLegacySampleFailsInsteadOfReadingNoRows() {
    assertThatThrownBy(
            () ->
                read(
                    SurveyReader.builder().preset(SurveyPreset.QUALTRICS).scoreColumn("Q1").build(),
                    "qualtrics_sample_legacy.csv"))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith("expected the Qualtrics ImportId row ({\"ImportId\":…}) on line 3")
        .hasMessageEndingWith(
            "use the QUALTRICS_LEGACY preset, for an export without that row set headerRows(2)");
  }
}
