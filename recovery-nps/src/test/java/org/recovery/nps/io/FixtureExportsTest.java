package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;

/** Reads the project's own exports in real tools' layouts and checks their known answers. */
class FixtureExportsTest {

  private static NpsReport read(SurveyReader reader, String text) {
    return reader.read(new StringReader(text));
  }

  @Test
  void conferenceExportWithCrlfQuotedCommasAndSlashDatesGivesItsKnownAnswer() {
    NpsReport report =
        read(
            SurveyReader.builder()
                .scoreColumn(ExportFixtures.CONFERENCE_SCORE)
                .timestampColumn("Timestamp")
                .timestampFormat(TimestampFormat.pattern("M/d/yyyy H:mm:ss"))
                .period(PeriodUnit.DAY)
                .build(),
            ExportFixtures.conference());
    assertThat(report.overall().responses()).isEqualTo(20);
    assertThat(report.overall().promoters()).isEqualTo(7);
    assertThat(report.overall().passives()).isEqualTo(4);
    assertThat(report.overall().detractors()).isEqualTo(9);
    assertThat(report.overall().nps()).isCloseTo(-10.0, within(1e-12));
    assertThat(report.rejected().count()).isZero();
    assertThat(report.dataRows()).isEqualTo(20);
    assertThat(report.periods())
        .extracting(p -> p.period())
        .containsExactly("2019-11-01", "2019-11-02");
  }

  @Test
  void airlineExportKeepsQuotedCommasAndDoubledQuotesInSegmentNames() {
    NpsReport report =
        read(
            SurveyReader.builder()
                .scoreColumn(ExportFixtures.AIRLINE_SCORE)
                .segmentColumns("Airline")
                .build(),
            ExportFixtures.airlines(500, 3));
    assertThat(report.dataRows()).isEqualTo(500);
    assertThat(report.overall().responses()).isEqualTo(500);
    assertThat(report.segments())
        .extracting(s -> s.key().get("Airline"))
        .contains("Hills, Vale and Partners", "North \"Star\" Air", "Prep Air");
  }

  @Test
  void readsTheQualtricsLayoutsWithTheirPresets() {
    NpsReport current =
        read(
            SurveyReader.builder().preset(SurveyPreset.QUALTRICS).scoreColumn("Q1").build(),
            ExportFixtures.qualtrics());
    NpsReport legacy =
        read(
            SurveyReader.builder()
                .preset(SurveyPreset.QUALTRICS_LEGACY)
                .scoreColumn("Q1")
                .respondentColumn("V1")
                .deduplicate(true)
                .build(),
            ExportFixtures.qualtricsLegacy());
    assertThat(current.dataRows()).isEqualTo(2);
    assertThat(current.overall().detractors()).isEqualTo(1);
    assertThat(current.overall().promoters()).isEqualTo(1);
    assertThat(legacy.dataRows()).isEqualTo(2);
    assertThat(legacy.overall().detractors()).isEqualTo(1);
    assertThat(legacy.overall().promoters()).isEqualTo(1);
    assertThat(legacy.rejected().count()).isZero();
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
    SurveyReader reader =
        SurveyReader.builder()
            .scoreColumn(ExportFixtures.AIRLINE_SCORE)
            .segmentColumns("Airline")
            .build();
    String csv = ExportFixtures.airlines(2000, 5);
    NpsReport expected = read(reader, csv);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<NpsReport>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> read(reader, csv)));
      }
      for (Future<NpsReport> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }
}
