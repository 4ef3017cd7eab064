package org.recovery.nps.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.recovery.nps.RejectionReason;

/**
 * Reads one worksheet of an {@code .xlsx} export with dhatim fastexcel-reader, streaming rows, and
 * hands each data row's cells, written as {@link WorkbookCells} text, to the same {@link
 * RowInterpreter} as the CSV reader. A row's line is its sheet row number. The header rows are the
 * first rows that hold a cell; rows with no cell are skipped like empty CSV lines (in a one-column
 * export, those between data rows are blank scores). Missing cells are blank; a value to the right
 * of the header's last column makes the row {@code RAGGED_ROW}.
 *
 * <p>Callers check the package first ({@link WorkbookPackage#check}), start its {@link
 * ExpansionCheck}, which runs beside the read and stops it when a part breaks a cap, and check that
 * the library is present ({@link WorkbookPackage#requireReaderLibrary()}): this class links to it.
 * Stateless.
 */
final class XlsxRead {

  /** How often (rows, less one, a power of two) the read looks at the expansion check. */
  private static final long POLL_ROWS = (1 << 12) - 1;

  private XlsxRead() {}

  static void read(
      SurveyReader reader,
      Path file,
      WorkbookPackage.Layout layout,
      ExpansionCheck check,
      long lineBase,
      ReportAccumulator into) {
    try {
      rows(reader, file, layout, check, lineBase, into);
    } catch (RuntimeException e) {
      throw explained(e, check);
    }
    check.await();
  }

  private static void rows(
      SurveyReader reader,
      Path file,
      WorkbookPackage.Layout layout,
      ExpansionCheck check,
      long lineBase,
      ReportAccumulator into) {
    try (ReadableWorkbook workbook = open(file, layout);
        Stream<Row> stream = sheet(workbook, reader.settings()).openStream()) {
      WorkbookCells cells = cells(reader, layout.date1904());
      Iterator<Row> rows = stream.iterator();
      Header header = header(reader, rows, cells);
      List<String> names = header.columns().names();
      String scoreColumn = reader.scoreColumn();
      int score = header.indexOf(scoreColumn, "score");
      Optional<SurveyFormatException> problem =
          reader.headerProblem(header.columns().rows(), header.lines(), score);
      if (problem.isPresent()) {
        throw problem.get();
      }
      int respondent = index(header, reader.respondentColumn().orElse(null), "respondent");
      int timestamp = index(header, reader.timestampColumn().orElse(null), "timestamp");
      int weight = index(header, reader.settings().weightColumn(), "weight");
      List<String> segmentColumns = reader.settings().segmentColumns();
      int[] segments = new int[segmentColumns.size()];
      for (int i = 0; i < segments.length; i++) {
        segments[i] = header.indexOf(segmentColumns.get(i), "segment");
      }
      int width = names.size();
      RowInterpreter interpreter = new RowInterpreter(reader);
      String[] segmentValues = new String[segments.length];
      long previous = header.lines()[header.lines().length - 1];
      long polled = 0;
      while (rows.hasNext()) {
        Row row = rows.next();
        if ((++polled & POLL_ROWS) == 0 && check.failure().isPresent()) {
          throw check.failure().get();
        }
        if (row.getCellCount() == 0) {
          continue;
        }
        long line = row.getRowNum();
        if (width == 1) {
          for (long gap = previous + 1; gap < line; gap++) {
            into.reject(lineBase + gap, scoreColumn, "", RejectionReason.BLANK);
          }
        }
        previous = line;
        if (beyond(row, width, cells)) {
          into.reject(lineBase + line, null, rawText(row, cells), RejectionReason.RAGGED_ROW);
          continue;
        }
        for (int i = 0; i < segments.length; i++) {
          segmentValues[i] = RowInterpreter.segmentValue(text(row, segments[i], cells));
        }
        interpreter.interpret(
            lineBase + line,
            text(row, score, cells),
            respondent < 0 ? null : text(row, respondent, cells),
            timestamp < 0 ? null : text(row, timestamp, cells),
            weight < 0 ? null : text(row, weight, cells),
            segmentValues,
            into);
      }
    } catch (ExcelReaderException e) {
      throw damaged(e);
    } catch (RuntimeException e) {
      throw malformedMarkup(e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /**
   * Explains a failed read: a part past the caps explains whatever the parser made of it, so the
   * check is awaited and its failure wins.
   */
  private static RuntimeException explained(RuntimeException e, ExpansionCheck check) {
    try {
      check.await();
    } catch (RuntimeException verdict) {
      if (verdict != e) {
        verdict.addSuppressed(e);
      }
      return verdict;
    }
    return e;
  }

  static SurveyHeader header(
      SurveyReader reader, Path file, WorkbookPackage.Layout layout, ExpansionCheck check) {
    SurveyHeader header;
    try {
      header = headerRows(reader, file, layout);
    } catch (RuntimeException e) {
      throw explained(e, check);
    }
    // The header is read: what follows it is never parsed, so it need not be inflated either.
    check.cancel();
    return header;
  }

  private static SurveyHeader headerRows(
      SurveyReader reader, Path file, WorkbookPackage.Layout layout) {
    try (ReadableWorkbook workbook = open(file, layout);
        Stream<Row> stream = sheet(workbook, reader.settings()).openStream()) {
      return header(reader, stream.iterator(), cells(reader, layout.date1904())).columns();
    } catch (ExcelReaderException e) {
      throw damaged(e);
    } catch (RuntimeException e) {
      throw malformedMarkup(e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static ReadableWorkbook open(Path file, WorkbookPackage.Layout layout) {
    try {
      // Cell formats tell a date from a number; the library fails on a workbook without styles
      // when asked for them.
      return new ReadableWorkbook(file.toFile(), new ReadingOptions(layout.styled(), false));
    } catch (IOException e) {
      // WorkbookPackage.check has just read the whole file: what the library's zip reader
      // refuses now is the package's structure (entries overlapping the central directory).
      Throwable cause = e;
      while (cause.getCause() != null) {
        cause = cause.getCause();
      }
      throw new SurveyFormatException(
          "cannot read the workbook: "
              + cause.getMessage()
              + "; open it in Excel and save it again",
          1,
          "");
    }
  }

  // The date system comes from WorkbookPackage: the library reads date1904="1", as Excel writes
  // it, as false.
  private static WorkbookCells cells(SurveyReader reader, boolean date1904) {
    return new WorkbookCells(date1904, reader.timestampFormat(), reader.settings().zone());
  }

  private static Sheet sheet(ReadableWorkbook workbook, ReaderSettings settings) {
    String name = settings.sheetName();
    if (name != null) {
      return workbook
          .findSheet(name)
          .orElseThrow(
              () ->
                  new SurveyFormatException(
                      "the workbook has no sheet named \""
                          + name
                          + "\"; its sheets are "
                          + sheetNames(workbook),
                      1,
                      ""));
    }
    int number = Math.max(1, settings.sheetNumber());
    return workbook
        .getSheet(number - 1)
        .orElseThrow(
            () ->
                new SurveyFormatException(
                    "the workbook has no sheet "
                        + number
                        + "; its sheets are "
                        + sheetNames(workbook)
                        + ", numbered from 1",
                    1,
                    ""));
  }

  private static String sheetNames(ReadableWorkbook workbook) {
    return workbook
        .getSheets()
        .map(s -> "\"" + s.getName() + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** The header rows, the sheet row each is on, and the row of the names. */
  private record Header(SurveyHeader columns, long[] lines, long namesLine) {
    int indexOf(String column, String role) {
      return columns.indexOf(column, role, namesLine);
    }
  }

  private static int index(
      Header header, @org.jspecify.annotations.Nullable String column, String role) {
    return column == null ? -1 : header.indexOf(column, role);
  }

  private static Header header(SurveyReader reader, Iterator<Row> rows, WorkbookCells cells) {
    int headerRows = reader.headerRows();
    List<List<String>> found = new ArrayList<>();
    long[] lines = new long[headerRows];
    long namesLine = 1;
    int width = 0;
    long last = 0;
    while (found.size() < headerRows) {
      if (!rows.hasNext()) {
        throw new SurveyFormatException(
            "the sheet has "
                + found.size()
                + " row(s) but needs "
                + headerRows
                + " header row(s) before the data",
            last + 1,
            "");
      }
      Row row = rows.next();
      if (row.getCellCount() == 0) {
        continue;
      }
      List<String> cellTexts = new ArrayList<>();
      for (int c = 0; c < row.getCellCount(); c++) {
        cellTexts.add(RowInterpreter.segmentValue(text(row, c, cells)));
      }
      while (!cellTexts.isEmpty() && cellTexts.get(cellTexts.size() - 1).isEmpty()) {
        cellTexts.remove(cellTexts.size() - 1);
      }
      width = Math.max(width, cellTexts.size());
      last = row.getRowNum();
      lines[found.size()] = last;
      found.add(cellTexts);
      if (found.size() == reader.namesRow()) {
        namesLine = last;
      }
    }
    List<List<String>> rowsOfWidth = new ArrayList<>();
    for (List<String> row : found) {
      List<String> padded = new ArrayList<>(row);
      while (padded.size() < width) {
        padded.add("");
      }
      rowsOfWidth.add(List.copyOf(padded));
    }
    List<String> names = reader.settings().preset().columnNames(rowsOfWidth, reader.namesRow());
    return new Header(new SurveyHeader(names, rowsOfWidth), lines, namesLine);
  }

  private static boolean beyond(Row row, int width, WorkbookCells cells) {
    for (int c = width; c < row.getCellCount(); c++) {
      if (!text(row, c, cells).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String rawText(Row row, WorkbookCells cells) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < row.getCellCount(); c++) {
      text.append(c == 0 ? "" : ",").append(text(row, c, cells));
    }
    return text.toString();
  }

  /** Returns a cell's text as a CSV export would hold it; a missing cell is blank. */
  static String text(Row row, int column, WorkbookCells cells) {
    if (column >= row.getCellCount()) {
      return "";
    }
    Cell cell = row.getCell(column);
    if (cell == null) {
      return "";
    }
    Object value = cell.getValue();
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal) {
      return cells.number(cell.getRawValue(), cell.getDataFormatId(), cell.getDataFormatString());
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    return value.toString();
  }

  /**
   * The XML parser under the library reports some malformed markup (an illegal character in a
   * cell's text) unchecked, with the {@link XMLStreamException} as its cause, where the library's
   * own wrapping does not reach: that is a damaged workbook too. Anything else is returned as it
   * is.
   */
  private static RuntimeException malformedMarkup(RuntimeException e) {
    if (e.getCause() instanceof XMLStreamException || fromTheLibrary(e)) {
      return damaged(e);
    }
    return e;
  }

  /**
   * Tells whether the library itself failed on the data, as it does with an index out of range for
   * a cell that names a shared string the workbook does not hold, an illegal state for a cell type
   * it does not know ({@code t="inlineStn"}) or a null pointer for a relationship without a target:
   * the first frame outside the JDK is the library's. The library sees nothing but the file, so
   * whatever it fails on is the file's damage.
   */
  private static boolean fromTheLibrary(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.")) {
        return type.startsWith("org.dhatim.fastexcel.");
      }
    }
    return false;
  }

  /** A failure to read the file, or, when the parser found malformed markup, a damaged workbook. */
  private static RuntimeException unreadable(Path file, IOException e) {
    if (e.getCause() instanceof XMLStreamException) {
      return damaged(e);
    }
    return new UncheckedIOException("cannot read survey export " + file, e);
  }

  private static SurveyFormatException damaged(Exception e) {
    // A message written for a reader of the file says what is wrong; a null pointer's names the
    // library's own variables, so only the damage is said.
    String what =
        e.getMessage() == null || e instanceof NullPointerException
            ? "its structure is damaged ("
                + e.getClass().getSimpleName()
                + " in the worksheet reader)"
            : e.getMessage();
    return new SurveyFormatException(
        "cannot read the workbook: " + what + "; open it in Excel and save it again", 1, "");
  }
}
