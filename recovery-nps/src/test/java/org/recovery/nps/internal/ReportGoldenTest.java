package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.nps.Estimation;
import org.recovery.nps.IntervalMethod;
import org.recovery.nps.NpsReport;
import org.recovery.nps.io.SurveyReader;

/**
 * Every rendering of the sample reports compared byte for byte with a reviewed file under {@code
 * src/test/resources/org/recovery/nps/internal/golden}: the HTML page with its charts, the CSV and
 * the JSON. The other report tests check properties of a page (the axis fits the intervals, labels
 * fit their room, markup is escaped); these pin every figure, coordinate and word, so any change to
 * the rendering shows as a diff to review. After a deliberate change, regenerate with {@code mvn
 * -pl recovery-nps test -Dtest=ReportGoldenTest -Dgolden.update=true} and review the diff.
 */
class ReportGoldenTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> reports() {
    return Stream.of(
        sample("year", ReportSamples::year),
        sample("many-periods", ReportSamples::manyPeriods),
        sample("one-period", ReportSamples::onePeriod),
        sample("no-responses", ReportSamples::noResponses),
        sample("many-segments", ReportSamples::manySegments),
        // The same year by region without periods, at 90% and with Wald intervals.
        sample(
            "year-segments-wald-90",
            () ->
                SurveyReader.builder()
                    .scoreColumn("score")
                    .segmentColumns("Region")
                    .estimation(Estimation.builder().level(0.9).method(IntervalMethod.WALD).build())
                    .build()
                    .read(new StringReader(ReportSamples.yearCsv().toString()))),
        // Overall only: no segments, no periods, at 99%.
        sample(
            "year-overall-99",
            () ->
                SurveyReader.builder()
                    .scoreColumn("score")
                    .estimation(Estimation.builder().level(0.99).build())
                    .build()
                    .read(new StringReader(ReportSamples.yearCsv().toString()))));
  }

  private static Arguments sample(String name, Supplier<NpsReport> report) {
    return Arguments.of(name, report);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyRenderingReadsAsReviewed(String name, Supplier<NpsReport> sample) throws IOException {
    NpsReport report = sample.get();
    Map<String, String> renderings = new LinkedHashMap<>();
    renderings.put(name + ".html", report.toHtml("Net Promoter Score: " + name));
    renderings.put(name + ".csv", report.toCsv());
    renderings.put(name + ".json", report.toJson());
    if (UPDATE) {
      for (Map.Entry<String, String> e : renderings.entrySet()) {
        Path file = Path.of("src/test/resources/org/recovery/nps/internal/golden", e.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, String> e : renderings.entrySet()) {
      assertGolden(e.getKey(), e.getValue());
    }
  }

  private static void assertGolden(String name, String actual) throws IOException {
    String resource = "golden/" + name;
    try (InputStream in = ReportGoldenTest.class.getResourceAsStream(resource)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      assertThat(actual)
          .as("%s (regenerate with -Dgolden.update=true and review the diff)", name)
          .isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
