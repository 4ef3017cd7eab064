package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsReport;
import org.recovery.nps.io.SurveyReader;

/** The summary sentences above the charts, in their singular and one-sided forms. */
class ReportSummaryTest {

  private static NpsReport read(String csv, String... segments) {
    return SurveyReader.builder()
        .scoreColumn("score")
        .segmentColumns(segments)
        .build()
        .read(new StringReader(csv));
  }

  private static String summary(NpsReport report) {
    StringBuilder h = new StringBuilder();
    ReportSummary.of(report).write(h);
    return h.toString();
  }

  @Test
  void oneRowRejectedIsOneRowRead() {
    assertThat(summary(read("score\nx\n")))
        .isEqualTo(
            "<div class=\"summary\"><p>No responses were counted, so there is no NPS: 1 row was"
                + " read, 1 rejected.</p></div>\n");
    assertThat(summary(read("score\nx\n\n11\n"))).contains("no NPS: 3 rows were read, 3 rejected.");
  }

  @Test
  void oneResponseIsASmallSampleInTheSingular() {
    assertThat(summary(read("score\n10\n")))
        .contains("The overall NPS is <strong>100.0</strong> (95% interval ")
        .contains(" from 1 response, a small sample.</p>");
    String many = summary(read("score\n" + "10\n".repeat(40)));
    assertThat(many).contains(" from 40 responses.</p>").doesNotContain("small sample");
  }

  /** Sixty responses of one score in a segment, beside three segments at NPS 0. */
  private static String oneSegmentClearOfTheRest(String name, int score) {
    StringBuilder csv = new StringBuilder("shop,score\n");
    csv.append((name + "," + score + "\n").repeat(60));
    for (int i = 0; i < 10; i++) {
      csv.append("A,10\nA,0\nB,10\nB,0\nC,10\nC,0\n");
    }
    return summary(read(csv.toString(), "shop"));
  }

  @Test
  void aSegmentClearOnlyBelowIsNamedAndTheOtherSideSaidToBeEmpty() {
    assertThat(oneSegmentClearOfTheRest("Low", 0))
        .contains(" responses. Worst segment: <strong><bdi>Low</bdi></strong> at -100.0 (")
        .contains(", n=60), below the overall interval.")
        .contains(" No segment lies clear above the overall interval.")
        .doesNotContain("Best segment");
  }

  @Test
  void aSegmentClearOnlyAboveIsNamedAndTheOtherSideSaidToBeEmpty() {
    assertThat(oneSegmentClearOfTheRest("High", 10))
        .contains(" responses. Best segment: <strong><bdi>High</bdi></strong> at 100.0 (")
        .contains(", n=60), above the overall interval.")
        .contains(" No segment lies clear below the overall interval.")
        .doesNotContain("Worst segment");
  }

  @Test
  void segmentsInsideTheOverallIntervalAreSaidToBe() {
    StringBuilder csv = new StringBuilder("shop,score\n");
    for (int i = 0; i < 20; i++) {
      csv.append("A,10\nA,0\nB,10\nB,0\n");
    }
    assertThat(summary(read(csv.toString(), "shop")))
        .contains("No segment's interval lies clear of the overall interval.");
  }
}
