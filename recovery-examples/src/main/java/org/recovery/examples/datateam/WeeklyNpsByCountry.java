package org.recovery.examples.datateam;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyReader;

/**
 * Weekly NPS per country from a survey export: the reader streams the file, rejects and counts bad
 * rows, and hands each accepted response to one accumulator per (country, ISO week).
 *
 * <pre>
 * java -cp recovery.jar org.recovery.examples.datateam.WeeklyNpsByCountry export.csv
 * </pre>
 */
public final class WeeklyNpsByCountry {

  private WeeklyNpsByCountry() {}

  /**
   * Computes NPS per country per ISO week.
   *
   * @param export a CSV export with {@code country}, {@code submitted_at} and a score column
   * @param scoreColumn the score column's header
   * @return country → week label (e.g. {@code 2026-W47}) → result, both sorted
   * @throws org.recovery.nps.io.SurveyFormatException if the export cannot be read reliably
   */
  public static Map<String, Map<String, NpsResult>> compute(Path export, String scoreColumn) {
    var weeks = new TreeMap<String, Map<String, NpsAccumulator>>();
    SurveyReader.builder()
        .scoreColumn(scoreColumn)
        .segmentColumns("country")
        .timestampColumn("submitted_at")
        .onResponse(
            r -> {
              var day = LocalDate.ofInstant(r.submittedAt().orElseThrow(), ZoneOffset.UTC);
              weeks
                  .computeIfAbsent(r.segment().get("country"), c -> new TreeMap<>())
                  .computeIfAbsent(PeriodUnit.ISO_WEEK.label(day), w -> NpsAccumulator.create())
                  .add(r.score());
            })
        .build()
        .read(export);
    var results = new TreeMap<String, Map<String, NpsResult>>();
    weeks.forEach(
        (country, byWeek) -> {
          var row = new TreeMap<String, NpsResult>();
          byWeek.forEach((week, accumulator) -> row.put(week, accumulator.result()));
          results.put(country, row);
        });
    return results;
  }

  /**
   * Prints one line per country and week: responses, NPS and its 95% interval.
   *
   * @param args the export, then optionally the score column (default: the NPS question)
   */
  public static void main(String[] args) {
    String score =
        args.length > 1
            ? args[1]
            : "How likely is it that you would recommend us to a friend or colleague?";
    compute(Path.of(args[0]), score)
        .forEach(
            (country, byWeek) ->
                byWeek.forEach(
                    (week, r) ->
                        System.out.printf(
                            Locale.ROOT,
                            "%s %s %5d %6.1f [%.1f, %.1f]%n",
                            country,
                            week,
                            r.responses(),
                            r.nps(),
                            r.confidenceInterval().orElseThrow().low(),
                            r.confidenceInterval().orElseThrow().high())));
  }
}
