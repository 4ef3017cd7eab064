package org.recovery.nps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.recovery.nps.io.SurveyReader;

class ReportRenderingTest {
  private static final String CSV =
      "at,Country,score\n"
          + "2026-11-16,US,10\n"
          + "2026-11-17,US,0\n"
          + "2026-11-23,=HYPERLINK(\"x\"),9\n"
          + "2026-11-24,<b>DE</b>,N/A\n";

  private static NpsReport report() {
    return SurveyReader.builder()
        .scoreColumn("score")
        .segmentColumns("Country")
        .timestampColumn("at")
        .period(PeriodUnit.ISO_WEEK)
        .build()
        .read(new StringReader(CSV));
  }

  @Test
  void writesJsonInTheDocumentedShape() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report().toJson());
    assertThat(json.get("overall").get("responses").asLong()).isEqualTo(3);
    assertThat(json.get("overall").get("confidenceInterval").get("method").asText())
        .isEqualTo("ADJUSTED_WALD");
    assertThat(json.get("overall").has("smallSample")).isTrue();
    assertThat(json.get("rejected").get("byReason").get("BLANK").asLong()).isEqualTo(1);
    assertThat(json.get("rejected").get("examples").get(0).toString())
        .isEqualTo("{\"line\":5,\"column\":\"score\",\"value\":\"N/A\",\"reason\":\"BLANK\"}");
    assertThat(json.get("segments").get(0).get("key").toString())
        .isEqualTo("{\"Country\":\"=HYPERLINK(\\\"x\\\")\"}");
    assertThat(json.get("periods").get(0).get("period").asText()).isEqualTo("2026-W47");
    assertThat(json.get("periods").get(0).get("start").asText()).isEqualTo("2026-11-16");
  }

  @Test
  void jsonHasExactlyTheDocumentedFieldsWithoutDataRowsOrChangeFromPrevious() throws Exception {
    JsonNode json = new ObjectMapper().readTree(report().toJson());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("overall", "rejected", "segments", "periods");
    assertThat(json.get("periods").get(1).fieldNames())
        .toIterable()
        .containsExactly("period", "start", "result");
    assertThat(json.get("overall").fieldNames())
        .toIterable()
        .containsExactly(
            "responses",
            "promoters",
            "passives",
            "detractors",
            "nps",
            "standardError",
            "confidenceInterval",
            "smallSample");
    assertThat(json.get("overall").get("confidenceInterval").fieldNames())
        .toIterable()
        .containsExactly("level", "method", "low", "high");
    assertThat(json.get("rejected").fieldNames())
        .toIterable()
        .containsExactly("count", "byReason", "examples");
  }

  @Test
  void jsonWritesDuplicatesOnlyWhenDeduplicationWasRequested() throws Exception {
    String csv = "id,at,score\nA,2026-11-16,10\nA,2026-11-17,0\nB,2026-11-17,9\n";
    NpsReport deduplicated =
        SurveyReader.builder()
            .scoreColumn("score")
            .respondentColumn("id")
            .timestampColumn("at")
            .deduplicate(true)
            .build()
            .read(new StringReader(csv));
    JsonNode json = new ObjectMapper().readTree(deduplicated.toJson());
    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("overall", "rejected", "segments", "periods", "duplicates");
    assertThat(json.get("duplicates").asLong()).isEqualTo(1);
    assertThat(new ObjectMapper().readTree(report().toJson()).has("duplicates")).isFalse();
    assertThat(report().periods().get(1).changeFromPrevious().orElseThrow().difference())
        .isEqualTo(100.0);
  }

  @Test
  void writesUndefinedNumbersAsJsonNull() throws Exception {
    NpsReport empty =
        SurveyReader.builder().scoreColumn("s").build().read(new StringReader("s\nN/A\n"));
    JsonNode json = new ObjectMapper().readTree(empty.toJson());
    assertThat(json.get("overall").get("nps").isNull()).isTrue();
  }

  @Test
  void emptyResultWritesANullConfidenceIntervalNotTheAdjustedWaldOfNothing() throws Exception {
    NpsReport empty =
        SurveyReader.builder().scoreColumn("s").build().read(new StringReader("s\nN/A\n"));
    JsonNode overall = new ObjectMapper().readTree(empty.toJson()).get("overall");
    assertThat(overall.has("confidenceInterval")).isTrue();
    assertThat(overall.get("confidenceInterval").isNull()).isTrue();
    assertThat(empty.overall().confidenceInterval()).isEmpty();
    assertThat(empty.toCsv()).endsWith("\r\noverall,,,0,0,0,0,,,,,,,true\r\n");
    assertThat(empty.toHtml()).doesNotContain("% interval");
  }

  @Test
  void neutralisesFormulaCellsInCsvButKeepsNegativeNumbers() {
    String csv = report().toCsv();
    assertThat(csv)
        .startsWith(
            "scope,Country,period,start,responses,promoters,passives,detractors,nps,"
                + "standardError,level,method,low,high,smallSample\r\n");
    assertThat(csv).contains("\r\nsegment,\"'=HYPERLINK(\"\"x\"\")\",,,1,1,0,0,100.0,");
    assertThat(csv).contains("\r\nperiod,,2026-W47,2026-11-16,2,1,0,1,0.0,");
    assertThat(csv).doesNotContain(",=");
  }

  @Test
  void writesSelfContainedHtmlWithEscapedTextAndInlineSvg() {
    String html = report().toHtml("NPS <Q4>");
    assertThat(html).contains("<title>NPS &lt;Q4&gt;</title>");
    assertThat(html).contains("<svg");
    assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("<b>DE");
    assertThat(html).doesNotContain("src=").doesNotContain("@import");
  }

  @Test
  void segmentNamesWithMarkupAndControlCharactersAreEscapedInTheHtmlReport() {
    String csv =
        "at,Country,score\n"
            + "2026-11-16,<script>alert(1)</script>,10\n"
            + "2026-11-16,Ben & Jerry's,9\n"
            + "2026-11-16,\"say \"\"hi\"\"\",8\n"
            + "2026-11-16,nul\u0000here,7\n"
            + "2026-11-16,next\u0085line,6\n"
            + "2026-11-16,line\u2028sep,5\n";
    NpsReport report =
        SurveyReader.builder()
            .scoreColumn("score")
            .segmentColumns("Country")
            .timestampColumn("at")
            .build()
            .read(new StringReader(csv));

    String html = report.toHtml("Segments <&> \u0000");

    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("Ben &amp; Jerry&#39;s")
        .contains("say &quot;hi&quot;")
        .contains("nul\uFFFDhere")
        .contains("next\uFFFDline")
        .contains("line&#x2028;sep")
        .contains("<title>Segments &lt;&amp;&gt; \uFFFD</title>")
        .doesNotContain("<script>")
        .doesNotContain("Jerry's")
        .doesNotContain("\"hi\"");
    assertThat(html.chars().filter(c -> c == 0 || c == 0x85 || c == 0x2028)).isEmpty();
  }
}
