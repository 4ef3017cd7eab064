package org.recovery.nps.io.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recovery.nps.RejectionReason;

/**
 * Reads a whole export one character at a time with a textbook RFC 4180 state machine: the
 * sequential oracle the parallel scan must equal. Returns empty where the parallel scan must hand
 * over to the reference reader (malformed UTF-8, an unterminated quote, quoting outside RFC 4180).
 */
final class SequentialScan {

  private record Cell(String text) {}

  private record Row(long line, List<Cell> cells, boolean blank, String raw) {}

  private SequentialScan() {}

  static Optional<ScanTotals> scan(byte[] file, ScanLayout layout, int headerRows) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(file))
              .toString();
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Optional<List<Row>> parsed = rows(text, (char) layout.delimiter());
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    List<Row> rows = parsed.get().stream().filter(r -> !r.blank()).toList();
    if (rows.size() < headerRows) {
      return Optional.empty();
    }
    ScanTotals totals = new ScanTotals(layout);
    int width = layout.scoreWidth();
    for (Row row : rows.subList(headerRows, rows.size())) {
      if (row.blank()) {
        continue;
      }
      totals.rows++;
      if (row.cells().size() != layout.fieldCount()) {
        reject(totals, layout, row.line(), -1, row.raw(), RejectionReason.RAGGED_ROW);
        continue;
      }
      String scoreCell = row.cells().get(layout.scoreColumn()).text();
      int score = layout.rules().score(scoreCell);
      if (score < 0) {
        reject(
            totals, layout, row.line(), layout.scoreColumn(), scoreCell, ValueRules.reason(score));
        continue;
      }
      long epochDay = 0;
      if (layout.timestampColumn() >= 0) {
        String when = row.cells().get(layout.timestampColumn()).text();
        epochDay = layout.rules().epochDay(when);
        if (epochDay == ValueRules.NO_DAY) {
          reject(
              totals,
              layout,
              row.line(),
              layout.timestampColumn(),
              when,
              RejectionReason.BAD_TIMESTAMP);
          continue;
        }
      }
      int index = score - layout.scoreMin();
      totals.overall[index]++;
      if (layout.timestampColumn() >= 0) {
        totals.days.computeIfAbsent(epochDay, k -> new long[width])[index]++;
      }
      if (!layout.segmentColumns().isEmpty()) {
        List<String> key = new ArrayList<>();
        for (int c : layout.segmentColumns()) {
          key.add(layout.rules().segment(row.cells().get(c).text()));
        }
        totals.segments.add(key.toArray(new String[0]), score, 1.0);
      }
    }
    return Optional.of(totals);
  }

  private static void reject(
      ScanTotals totals,
      ScanLayout layout,
      long line,
      int column,
      String value,
      RejectionReason fault) {
    totals.faults[fault.ordinal()]++;
    if (totals.rejections.size() < layout.exampleLimit()) {
      totals.rejections.add(new ScanTotals.Rejection(line, column, value, fault));
    }
  }

  private static Optional<List<Row>> rows(String s, char delimiter) {
    List<Row> rows = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    long line = 1;
    long rowLine = 1;
    int i = 0;
    int rowStart = 0;
    int n = s.length();
    boolean fieldStart = true;
    boolean quoted = false;
    boolean closed = false;
    boolean any = false;
    while (i < n) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && s.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          closed = true;
          i++;
          continue;
        }
        if (c == '\n' || (c == '\r' && !(i + 1 < n && s.charAt(i + 1) == '\n'))) {
          line++;
        }
        cell.append(c);
        i++;
        continue;
      }
      if (c == '"') {
        if (!fieldStart) {
          return Optional.empty();
        }
        quoted = true;
        fieldStart = false;
        any = true;
        i++;
        continue;
      }
      if (c == delimiter) {
        cells.add(new Cell(cell.toString()));
        cell.setLength(0);
        fieldStart = true;
        closed = false;
        any = true;
        i++;
        continue;
      }
      if (c == '\r' || c == '\n') {
        boolean blank = !any && cell.length() == 0;
        cells.add(new Cell(cell.toString()));
        rows.add(new Row(rowLine, List.copyOf(cells), blank, s.substring(rowStart, i)));
        cells.clear();
        cell.setLength(0);
        i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
        line++;
        rowLine = line;
        rowStart = i;
        fieldStart = true;
        closed = false;
        any = false;
        continue;
      }
      if (closed) {
        return Optional.empty();
      }
      cell.append(c);
      fieldStart = false;
      any = true;
      i++;
    }
    if (quoted) {
      return Optional.empty();
    }
    if (any || cell.length() > 0) {
      cells.add(new Cell(cell.toString()));
      rows.add(new Row(rowLine, List.copyOf(cells), false, s.substring(rowStart)));
    }
    return Optional.of(rows);
  }
}
