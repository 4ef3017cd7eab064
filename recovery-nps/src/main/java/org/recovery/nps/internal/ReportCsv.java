package org.recovery.nps.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.recovery.nps.ConfidenceInterval;
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
   * Writes a report, segment by segment; the writer is flushed, not closed.
   *
   * @param report the report
   * @param out where its CSV text goes, CRLF line breaks, header first
   * @throws IOException when the writer fails
   */
  public static void write(NpsReport report, Writer out) throws IOException {
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
    StringBuilder line = new StringBuilder(256);
    row(line, header);
    List<String> noSegment = Collections.nCopies(report.segmentColumns().size(), "");
    cells(line, prefix("overall", noSegment, "", ""));
    line.append(',').append(result(report.overall())).append("\r\n");
    out.append(line);
    if (report.segments() instanceof SegmentResults computed) {
      segments(out, report.segmentColumns().size(), computed);
    } else {
      for (SegmentResult s : report.segments()) {
        List<String> key = new ArrayList<>();
        for (String c : report.segmentColumns()) {
          key.add(text(s.key().getOrDefault(c, "")));
        }
        line.setLength(0);
        cells(line, prefix("segment", key, "", ""));
        line.append(',').append(result(s.result())).append("\r\n");
        out.append(line);
      }
    }
    for (PeriodResult p : report.periods()) {
      line.setLength(0);
      cells(line, prefix("period", noSegment, p.period(), p.start().toString()));
      line.append(',').append(result(p.result())).append("\r\n");
      out.append(line);
    }
    out.flush();
  }

  /** Writes segments computed on demand, rendering each distinct result once. */
  private static void segments(Writer out, int columns, SegmentResults segments)
      throws IOException {
    RenderedResults rendered = new RenderedResults(ReportCsv::result);
    SegmentBlock block = new SegmentBlock(segments, columns);
    // Rows go out in blocks: one small write per row costs more than the row's text. A block's
    // characters are copied into one reused array, not into a new string per block (a 2 M-segment
    // report had made 190 MB of such strings).
    StringBuilder line = new StringBuilder(1 << 16);
    char[] chars = new char[1 << 16];
    for (int from = 0; block.load(from) > 0; from += block.size()) {
      if (line.length() > 1 << 15) {
        chars = write(out, line, chars);
      }
      for (int row = 0; row < block.size(); row++) {
        line.append("segment");
        for (int c = 0; c < columns; c++) {
          line.append(',');
          cell(line, text(block.value(row, c)));
        }
        line.append(",,,").append(rendered.text(block, row)).append("\r\n");
      }
    }
    write(out, line, chars);
  }

  /**
   * Writes and empties {@code line} through {@code chars}, returning the array, grown if need be.
   */
  private static char[] write(Writer out, StringBuilder line, char[] chars) throws IOException {
    int n = line.length();
    char[] into = chars.length < n ? new char[n] : chars;
    line.getChars(0, n, into, 0);
    out.write(into, 0, n);
    line.setLength(0);
    return into;
  }

  private static List<String> prefix(String scope, List<String> key, String period, String start) {
    List<String> cells = new ArrayList<>();
    cells.add(scope);
    cells.addAll(key);
    cells.add(period);
    cells.add(start);
    return cells;
  }

  /** Renders the cells of a result, responses to smallSample, joined by commas. */
  private static String result(NpsResult r) {
    List<String> cells = new ArrayList<>();
    cells.add(Long.toString(r.responses()));
    cells.add(Long.toString(r.promoters()));
    cells.add(Long.toString(r.passives()));
    cells.add(Long.toString(r.detractors()));
    cells.add(number(r.nps()));
    cells.add(number(r.standardError()));
    // No responses, no interval: its four cells stay empty.
    ConfidenceInterval ci = r.confidenceInterval().orElse(null);
    cells.add(ci == null ? "" : number(ci.level()));
    cells.add(ci == null ? "" : ci.method().name());
    cells.add(ci == null ? "" : number(ci.low()));
    cells.add(ci == null ? "" : number(ci.high()));
    cells.add(Boolean.toString(r.smallSample()));
    StringBuilder text = new StringBuilder(128);
    cells(text, cells);
    return text.toString();
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
    cells(out, cells);
    out.append("\r\n");
  }

  private static void cells(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      cell(out, cells.get(i));
    }
  }

  private static void cell(StringBuilder out, String c) {
    if (c.indexOf(',') >= 0
        || c.indexOf('"') >= 0
        || c.indexOf('\r') >= 0
        || c.indexOf('\n') >= 0) {
      out.append('"').append(c.replace("\"", "\"\"")).append('"');
    } else {
      out.append(c);
    }
  }
}
