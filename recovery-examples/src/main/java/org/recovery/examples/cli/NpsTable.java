package org.recovery.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import org.recovery.nps.ConfidenceInterval;
import org.recovery.nps.Estimation;
import org.recovery.nps.IntervalMethod;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SegmentResult;

/**
 * An NPS report as an aligned text table for a terminal: one row for the whole export, then one per
 * segment and one per period, each with responses, score, confidence interval, standard error and
 * the promoter / passive / detractor split. Scores are rounded here, for reading, and only here.
 *
 * <p>More than {@link NpsReport#SEGMENTS_SHOWN} segments are too many to read: the table then shows
 * that many with the most responses, most first, and says how many more there are.
 */
final class NpsTable {

  /**
   * The locale figures are written in. Its digits and separators are those of {@code Locale.ROOT},
   * and it is the one locale {@link java.util.Formatter} formats without loading the JDK's locale
   * data, which cost a short {@code recovery nps} run about 30 ms for its rejected-rows summary.
   */
  static final Locale FIGURES = Locale.US;

  private NpsTable() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the table, each line ending in a newline
   */
  static String of(NpsReport report) {
    var overall = report.overall();
    // With no responses there is no interval; every row is then blank in that column anyway.
    Optional<ConfidenceInterval> interval = overall.confidenceInterval();
    double level = interval.isPresent() ? interval.get().level() : Estimation.defaults().level();
    var rows = new ArrayList<List<String>>();
    rows.add(
        List.of(
            "",
            "responses",
            "NPS",
            TableFigures.fixed(level * 100, 0) + "% interval",
            "SE",
            "promoters",
            "passives",
            "detractors"));
    rows.add(row("all responses", overall));
    if (!report.segments().isEmpty()) {
      rows.add(List.of());
      int total = report.segments().size();
      boolean capped = total > NpsReport.SEGMENTS_SHOWN;
      for (SegmentResult s :
          capped ? report.largestSegments(NpsReport.SEGMENTS_SHOWN) : report.segments()) {
        rows.add(row(key(s.key()), s.result()));
      }
      if (capped) {
        rows.add(List.of(more(total - NpsReport.SEGMENTS_SHOWN)));
      }
    }
    if (!report.periods().isEmpty()) {
      rows.add(List.of());
      for (PeriodResult p : report.periods()) {
        rows.add(row(p.period(), p.result()));
      }
    }
    var text = new StringBuilder(align(rows));
    text.append(System.lineSeparator())
        .append("NPS from -100 to 100; interval: ")
        .append(
            interval.isEmpty()
                ? "none without responses"
                : interval.get().method() == IntervalMethod.ADJUSTED_WALD
                    ? "adjusted Wald"
                    : "Wald");
    if (anySmallSample(rows)) {
      text.append("; * too few responses for a reliable score");
    }
    text.append(".\n");
    return text.toString();
  }

  /** Says how many segments the table leaves out and where to find them. */
  static String more(int hidden) {
    return String.format(
        FIGURES,
        "\u2026 and %,d more %s; use --format csv or json for all",
        hidden,
        hidden == 1 ? "segment" : "segments");
  }

  /**
   * Summarises the rejected rows for stderr: counts by reason, then the first few examples.
   *
   * @param report the report
   * @param examples how many examples to show at most, at least 0
   * @return the summary, empty when nothing was rejected
   * @throws IllegalArgumentException when {@code examples} is negative
   */
  static String rejected(NpsReport report, int examples) {
    if (examples < 0) {
      throw new IllegalArgumentException("examples must be at least 0 but was " + examples);
    }
    var rejected = report.rejected();
    if (rejected.count() == 0) {
      return "";
    }
    // Loops rather than streams and lambdas: this runs once, at the end of a run, interpreted,
    // where linking each lambda costs more than the loop it replaces.
    var reasons = new StringJoiner(", ");
    for (Map.Entry<RejectionReason, Long> e : rejected.byReason().entrySet()) {
      if (e.getValue() > 0) {
        reasons.add(String.format(FIGURES, "%,d %s", e.getValue(), e.getKey()));
      }
    }
    var text = new StringBuilder();
    text.append(
        String.format(
            FIGURES,
            "%,d of %,d rows rejected: %s%n",
            rejected.count(),
            report.dataRows(),
            reasons));
    List<Rejection> shown = rejected.examples();
    for (Rejection r : shown.subList(0, Math.min(examples, shown.size()))) {
      Optional<Path> file = r.file();
      Optional<String> column = r.column();
      text.append(
          String.format(
              FIGURES,
              "  line %s%s: '%s' (%s)%n",
              (file.isPresent() ? file.get() + ":" : "") + r.line(),
              column.isPresent() ? ", column \"" + shorten(column.get()) + "\"" : "",
              r.value(),
              r.reason()));
    }
    return text.toString();
  }

  /** Survey questions make long headers; the start is enough to recognise one. */
  private static String shorten(String column) {
    return column.length() <= 32 ? column : column.substring(0, 30) + "\u2026";
  }

  private static List<String> row(String label, NpsResult r) {
    if (r.isEmpty()) {
      return List.of(label, "0", "", "", "", "", "", "");
    }
    var ci = r.confidenceInterval().orElseThrow();
    return List.of(
        label,
        TableFigures.grouped(r.responses()) + (r.smallSample() ? "*" : ""),
        TableFigures.oneDecimal(r.nps()),
        "[" + TableFigures.oneDecimal(ci.low()) + ", " + TableFigures.oneDecimal(ci.high()) + "]",
        TableFigures.oneDecimal(r.standardError()),
        percent(r.promoterShare()),
        percent(r.passiveShare()),
        percent(r.detractorShare()));
  }

  private static String key(Map<String, String> key) {
    var text = new StringJoiner(", ");
    for (Map.Entry<String, String> e : key.entrySet()) {
      text.add(e.getKey() + "=" + e.getValue());
    }
    return text.toString();
  }

  /** Whether any row's responses carry the small-sample mark. */
  private static boolean anySmallSample(List<List<String>> rows) {
    for (List<String> r : rows) {
      if (r.size() > 1 && r.get(1).endsWith("*")) {
        return true;
      }
    }
    return false;
  }

  private static String percent(double share) {
    return TableFigures.oneDecimal(share * 100) + "%";
  }

  /**
   * Left-aligns the first column, right-aligns the numbers; an empty row is a blank line and a row
   * of one cell a line of text, which does not widen the first column.
   */
  static String align(List<List<String>> rows) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (var row : rows) {
      for (int i = 0; i < row.size() && row.size() > 1; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    var text = new StringBuilder();
    for (var row : rows) {
      var line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        String pad = " ".repeat(Math.max(0, widths[i] - cell.length()));
        line.append(i == 0 ? cell + pad : "  " + pad + cell);
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }
}
