package org.recovery.examples.datateam;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.SegmentResult;
import org.recovery.nps.io.SurveyReader;

/**
 * Weekly NPS by country from a survey export, read in one pass: the {@link NpsReport} gives the
 * totals per country and per ISO week (and every rejected row), and an accumulator per week and
 * country fills the cells between them.
 *
 * <pre>
 * java -cp recovery-examples/target/recovery.jar \
 *     org.recovery.examples.datateam.NpsByWeekAndCountry survey-export.csv
 * </pre>
 *
 * @param report the export's report: overall, per country, per ISO week, rejected rows
 * @param cells the NPS of each week and country with responses, by week then country
 */
public record NpsByWeekAndCountry(NpsReport report, List<NpsByWeekAndCountry.Cell> cells) {

  /** The header of the score column in the shipped sample export. */
  public static final String SAMPLE_SCORE_COLUMN =
      "How likely is it that you would recommend us to a friend or colleague?";

  /**
   * The NPS of one country in one week.
   *
   * @param week the ISO week, e.g. {@code 2026-W47}
   * @param country the country as written in the export
   * @param result the NPS of that week's responses from that country
   */
  public record Cell(String week, String country, NpsResult result) {

    /** Checks that every part is present. */
    public Cell {
      Objects.requireNonNull(week, "week");
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(result, "result");
    }
  }

  /** Checks that every part is present and copies the cells. */
  public NpsByWeekAndCountry {
    Objects.requireNonNull(report, "report");
    cells = List.copyOf(cells);
  }

  /**
   * Reads an export with {@code country} and {@code submitted_at} columns (ISO-8601 instants, weeks
   * taken in UTC).
   *
   * @param export the CSV file
   * @param scoreColumn the header of the 0-10 score column
   * @return the report and its week-by-country cells
   * @throws org.recovery.nps.io.SurveyFormatException if a column is missing or the file cannot be
   *     read reliably; bad rows are counted in {@code report().rejected()} instead
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static NpsByWeekAndCountry read(Path export, String scoreColumn) {
    var cells = new TreeMap<String, Map<String, NpsAccumulator>>();
    NpsReport report =
        SurveyReader.builder()
            .scoreColumn(scoreColumn)
            .segmentColumns("country")
            .timestampColumn("submitted_at")
            .period(PeriodUnit.ISO_WEEK)
            .onResponse(
                r -> {
                  String week =
                      PeriodUnit.ISO_WEEK.label(
                          LocalDate.ofInstant(r.submittedAt().orElseThrow(), ZoneOffset.UTC));
                  cells
                      .computeIfAbsent(week, w -> new TreeMap<>())
                      .computeIfAbsent(r.segment().get("country"), c -> NpsAccumulator.create())
                      .add(r.score());
                })
            .build()
            .read(export);
    var list = new ArrayList<Cell>();
    cells.forEach(
        (week, row) -> row.forEach((c, acc) -> list.add(new Cell(week, c, acc.result()))));
    return new NpsByWeekAndCountry(report, list);
  }

  /**
   * Returns the NPS of one country in one week.
   *
   * @param week the ISO week, e.g. {@code 2026-W47}
   * @param country the country
   * @return the result, or empty when that country had no response that week
   */
  public Optional<NpsResult> cell(String week, String country) {
    return cells.stream()
        .filter(c -> c.week().equals(week) && c.country().equals(country))
        .map(Cell::result)
        .findFirst();
  }

  /**
   * Lays the cells out as a table: a row per week, a column per country, then the totals per week
   * (column {@code all}) and per country (row {@code all}). Each cell is the NPS and its 95%
   * interval, {@code *} marking fewer than 30 responses.
   *
   * @return the table, lines ending in {@code \n}
   */
  public String toTable() {
    List<String> countries = report.segments().stream().map(s -> s.key().get("country")).toList();
    var out = new StringBuilder(String.format(Locale.ROOT, "%-9s", "week"));
    countries.forEach(c -> out.append(String.format(Locale.ROOT, " %-17s", c)));
    out.append(" all\n");
    for (PeriodResult week : report.periods()) {
      out.append(String.format(Locale.ROOT, "%-9s", week.period()));
      countries.forEach(c -> out.append(' ').append(format(cell(week.period(), c))));
      out.append(' ').append(format(Optional.of(week.result()))).append('\n');
    }
    out.append(String.format(Locale.ROOT, "%-9s", "all"));
    for (SegmentResult country : report.segments()) {
      out.append(' ').append(format(Optional.of(country.result())));
    }
    out.append(' ').append(format(Optional.of(report.overall()))).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "%d responses, %d rows rejected; NPS [95%% interval], * fewer than 30 responses%n",
            report.overall().responses(),
            report.rejected().count()));
    // The last column's blank small-sample mark would leave a space at the end of a row.
    return out.toString().replaceAll("(?m) +$", "");
  }

  private static String format(Optional<NpsResult> result) {
    return result
        .flatMap(
            r ->
                r.confidenceInterval()
                    .map(
                        interval ->
                            String.format(
                                Locale.ROOT,
                                "%4d [%4d,%4d]%s",
                                Math.round(r.nps()),
                                Math.round(interval.low()),
                                Math.round(interval.high()),
                                r.smallSample() ? "*" : " ")))
        .orElse(String.format(Locale.ROOT, "%4s%13s", "-", ""));
  }

  /**
   * Prints the week-by-country table of an export.
   *
   * @param args the CSV file, then optionally the score column's header (default {@link
   *     #SAMPLE_SCORE_COLUMN})
   */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: NpsByWeekAndCountry EXPORT.csv [SCORE_COLUMN]");
      System.exit(2);
    }
    String scoreColumn = args.length == 2 ? args[1] : SAMPLE_SCORE_COLUMN;
    System.out.print(read(Path.of(args[0]), scoreColumn).toTable());
  }
}
