package org.recovery.nps.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.SegmentResult;

/**
 * Writes an {@link NpsReport} as CSV: one row for the overall result, one per segment, one per
 * period. Text cells that come from the export (segment values and column headers) are neutralised
 * against formula injection per OWASP: a cell starting with {@code =}, {@code +}, {@code -},
 * {@code @}, tab or CR gets a leading apostrophe. Numbers written by the report itself are never
 * altered, so a negative NPS stays a number.
 */
public final class ReportCsv {
  private ReportCsv() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return CSV text with CRLF line breaks, header first
   */
  public static String write(NpsReport report) {
    List<String> header = new ArrayList<>();
    header.add("scope");
    for (String c : report.segmentColumns()) {
      header.add(text(c));
    }
    header.addAll(
        List.of(
            "period",
            "start",
            "responses",
            "promoters",
            "passives",
            "detractors",
            "nps",
            "standardError",
            "level",
            "method",
            "low",
            "high",
            "smallSample"));
    StringBuilder out = new StringBuilder();
    row(out, header);
    List<String> noSegment = Collections.nCopies(report.segmentColumns().size(), "");
    row(out, cells("overall", noSegment, "", "", report.overall()));
    for (SegmentResult s : report.segments()) {
      List<String> key = new ArrayList<>();
      for (String c : report.segmentColumns()) {
        key.add(text(s.key().getOrDefault(c, "")));
      }
      row(out, cells("segment", key, "", "", s.result()));
    }
    for (PeriodResult p : report.periods()) {
      row(out, cells("period", noSegment, p.period(), p.start().toString(), p.result()));
    }
    return out.toString();
  }

  private static List<String> cells(
      String scope, List<String> key, String period, String start, NpsResult r) {
    List<String> cells = new ArrayList<>();
    cells.add(scope);
    cells.addAll(key);
    cells.add(period);
    cells.add(start);
    cells.add(Long.toString(r.responses()));
    cells.add(Long.toString(r.promoters()));
    cells.add(Long.toString(r.passives()));
    cells.add(Long.toString(r.detractors()));
    cells.add(number(r.nps()));
    cells.add(number(r.standardError()));
    // No responses, no interval: its four cells stay empty.
    cells.add(r.confidenceInterval().map(ci -> number(ci.level())).orElse(""));
    cells.add(r.confidenceInterval().map(ci -> ci.method().name()).orElse(""));
    cells.add(r.confidenceInterval().map(ci -> number(ci.low())).orElse(""));
    cells.add(r.confidenceInterval().map(ci -> number(ci.high())).orElse(""));
    cells.add(Boolean.toString(r.smallSample()));
    return cells;
  }

  private static String number(double value) {
    return Double.isFinite(value) ? Double.toString(value) : "";
  }

  /**
   * Neutralises a text cell from untrusted input against spreadsheet formula injection.
   *
   * @param cell the cell text
   * @return the text, with a leading apostrophe when it starts with {@code = + - @}, tab or CR
   */
  public static String text(String cell) {
    if (!cell.isEmpty()) {
      char c = cell.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + cell;
      }
    }
    return cell;
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      String c = cells.get(i);
      if (c.indexOf(',') >= 0
          || c.indexOf('"') >= 0
          || c.indexOf('\r') >= 0
          || c.indexOf('\n') >= 0) {
        out.append('"').append(c.replace("\"", "\"\"")).append('"');
      } else {
        out.append(c);
      }
    }
    out.append("\r\n");
  }
}
