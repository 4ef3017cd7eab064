package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.SegmentResult;

class RealExportsTest {
  private static final SurveyReader PREP_AIR =
      SurveyReader.builder()
          .scoreColumn("How likely are you to recommend this airline?")
          .segmentColumns("Airline")
          .build();

  private static NpsReport read(SurveyReader reader, String resource) throws Exception {
    try (InputStream in =
        Objects.requireNonNull(RealExportsTest.class.getResourceAsStream("/real/" + resource))) {
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
  void readsAThreeRowQualtricsHeaderWithAMultiLineQuestion() {
    String csv =
        "StartDate,ResponseId,Q1\r\n"
            + "Start Date,Response ID,\"How likely,\nreally?\"\r\n"
            + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"_recordId\"\"}\","
            + "\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\r\n"
            + "2017-07-18 08:28:09,R_1,9\r\n"
            + "2017-07-18 08:28:09,R_2,n/a\r\n";
    NpsReport report =
        SurveyReader.builder()
            .preset(SurveyPreset.QUALTRICS)
            .scoreColumn("Q1")
            .build()
            .read(new StringReader(csv));
    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.rejected().examples().get(0).line()).isEqualTo(6);
  }

  @Test
  void oneReaderServesConcurrentReadsWithIdenticalResults() throws Exception {
    NpsReport expected = read(PREP_AIR, "prep_air_nps.csv");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NpsReport>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> read(PREP_AIR, "prep_air_nps.csv")));
      }
      for (Future<NpsReport> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
