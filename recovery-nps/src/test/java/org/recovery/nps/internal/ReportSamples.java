package org.recovery.nps.internal;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyReader;

/**
 * Builds the reports the HTML report is tried on, from generated exports read by the library's own
 * reader: many periods, one period, no responses, and 200 segments with long, right-to-left and
 * markup names. Seeded, so every run draws the same reports.
 */
final class ReportSamples {
  /** Segment names that have broken reports: markup, quotes, right-to-left text, wide glyphs. */
  static final List<String> HOSTILE_NAMES =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "Tom & Jerry's <b>bold</b> shop",
          "חנות הדגל בתל אביב-יפו — סניף מרכזי",
          "متجر القاهرة الرئيسي للأجهزة المنزلية",
          "東京駅前ショッピングセンター本館",
          "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch-"
              + "WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW",
          "url(http://example.com/x.png) @import 'http://example.com/x.css'");

  private ReportSamples() {}

  /** Twenty-four months of a steady score that rises sharply once, with two thin months. */
  static NpsReport manyPeriods() {
    Random random = new Random(15);
    StringBuilder csv = new StringBuilder("at,Region,score\n");
    List<String> regions = List.of("North", "South", "East", "West", "Online");
    LocalDate first = LocalDate.of(2025, 1, 1);
    for (int m = 0; m < 24; m++) {
      int responses = m == 5 || m == 17 ? 18 : 120 + random.nextInt(80);
      double promoters = m < 14 ? 0.42 : 0.58;
      for (int i = 0; i < responses; i++) {
        String region = regions.get(random.nextInt(regions.size()));
        double lift = region.equals("Online") ? 0.1 : region.equals("West") ? -0.12 : 0;
        row(
            csv,
            first.plusMonths(m).plusDays(random.nextInt(28)),
            region,
            random,
            promoters + lift,
            0.25);
      }
    }
    return read(csv, PeriodUnit.MONTH);
  }

  /** One month of twelve responses in two segments. */
  static NpsReport onePeriod() {
    Random random = new Random(16);
    StringBuilder csv = new StringBuilder("at,Region,score\n");
    for (int i = 0; i < 12; i++) {
      row(csv, LocalDate.of(2026, 11, 1 + i), i % 2 == 0 ? "North" : "South", random, 0.5, 0.2);
    }
    return read(csv, PeriodUnit.MONTH);
  }

  /** Rows whose scores are all blank or out of range: nothing counted. */
  static NpsReport noResponses() {
    String csv = "at,Region,score\n2026-11-02,North,\n2026-11-03,South,n/a\n2026-11-04,North,11\n";
    return read(new StringBuilder(csv), PeriodUnit.MONTH);
  }

  /** Two hundred segments over three months, some named with markup, right-to-left or long text. */
  static NpsReport manySegments() {
    Random random = new Random(17);
    List<String> names = new ArrayList<>(HOSTILE_NAMES);
    for (int i = names.size(); i < 200; i++) {
      names.add(String.format("Store %03d", i));
    }
    StringBuilder csv = new StringBuilder("at,Store,score\n");
    for (int s = 0; s < names.size(); s++) {
      int responses = 3 + random.nextInt(s < 20 ? 200 : 40);
      double promoters = 0.2 + 0.5 * random.nextDouble();
      for (int i = 0; i < responses; i++) {
        row(
            csv,
            LocalDate.of(2026, 9 + random.nextInt(3), 1 + random.nextInt(28)),
            names.get(s),
            random,
            promoters,
            0.2);
      }
    }
    return read(csv, PeriodUnit.MONTH);
  }

  /** A year of a shop's survey by region: the report the README shows. */
  static NpsReport year() {
    return read(yearCsv(), PeriodUnit.MONTH);
  }

  /** The export {@link #year()} reads: columns {@code at}, {@code Region} and {@code score}. */
  static StringBuilder yearCsv() {
    Random random = new Random(2026);
    StringBuilder csv = new StringBuilder("at,Region,score\n");
    List<String> regions =
        List.of("North America", "Europe", "Latin America", "Asia Pacific", "Middle East");
    double[] lift = {0.06, 0.02, -0.02, 0.09, -0.16};
    for (int m = 0; m < 12; m++) {
      int responses = m == 7 ? 24 : 150 + random.nextInt(120);
      double promoters = m < 9 ? 0.41 : 0.58;
      for (int i = 0; i < responses; i++) {
        int r = random.nextInt(regions.size());
        row(
            csv,
            LocalDate.of(2026, 1 + m, 1 + random.nextInt(28)),
            regions.get(r),
            random,
            promoters + lift[r],
            0.24);
      }
    }
    return csv;
  }

  private static void row(
      StringBuilder csv,
      LocalDate at,
      String segment,
      Random random,
      double promoters,
      double detractors) {
    double u = random.nextDouble();
    int score =
        u < promoters
            ? 9 + random.nextInt(2)
            : u < 1 - detractors ? 7 + random.nextInt(2) : random.nextInt(7);
    csv.append(at)
        .append(",\"")
        .append(segment.replace("\"", "\"\""))
        .append("\",")
        .append(score)
        .append('\n');
  }

  private static NpsReport read(StringBuilder csv, PeriodUnit unit) {
    String header = csv.substring(0, csv.indexOf("\n"));
    String segment = header.split(",")[1];
    return SurveyReader.builder()
        .scoreColumn("score")
        .segmentColumns(segment)
        .timestampColumn("at")
        .period(unit)
        .build()
        .read(new StringReader(csv.toString()));
  }
}
