package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.recovery.nps.RejectionReason;

/**
 * Reads one worksheet of an {@code .xlsx} export, streaming rows, and hands each data row's cells,
 * written as {@link WorkbookCells} text, to the same {@link RowInterpreter} as the CSV reader. A
 * row's line is its sheet row number. The header rows are the first rows that hold a cell; rows
 * with no cell are skipped like empty CSV lines (in a one-column export, those between data rows
 * are blank scores). Missing cells are blank; a value to the right of the header's last column
 * makes the row {@code RAGGED_ROW}.
 *
 * <p>dhatim fastexcel-reader opens the workbook, finds the sheet and its cell formats; the sheet's
 * rows are read by {@link WorksheetScanner} from the bytes of its part, or, when it holds markup
 * the scanner leaves alone (a formula, a comment, anything the XML parser might refuse), by the
 * library from the start, which then reads or refuses it as it always has.
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

  static ReportAccumulator read(
      SurveyReader reader,
      Path file,
      WorkbookPackage.Layout layout,
      ExpansionCheck check,
      long lineBase,
      Supplier<ReportAccumulator> accumulators) {
    ReportAccumulator into;
    try {
      into = accumulators.get();
      if (!scanned(reader, file, layout, check, lineBase, into)) {
        into = accumulators.get();
        rows(reader, file, layout, check, lineBase, into);
      }
    } catch (RuntimeException e) {
      throw explained(e, check);
    }
    check.await();
    return into;
  }

  /**
   * Reads the sheet with {@link WorksheetScanner}, from the bytes of its part, claimed from the
   * expansion check so that they are inflated once.
   *
   * @return false, having read nothing into {@code into} that counts, when the sheet or its package
   *     holds anything the scanner leaves to the library
   */
  static boolean scanned(
      SurveyReader reader,
      Path file,
      WorkbookPackage.Layout layout,
      ExpansionCheck check,
      long lineBase,
      ReportAccumulator into) {
    ReadableWorkbook opened;
    try {
      opened = open(file, layout);
    } catch (RuntimeException e) {
      // The library explains a package it cannot open when it reads the sheet itself.
      return false;
    }
    try (ReadableWorkbook workbook = opened;
        ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      Sheet sheet;
      try {
        sheet = sheet(workbook, reader.settings());
      } catch (RuntimeException e) {
        return false;
      }
      Optional<WorkbookParts> parts = WorkbookParts.find(zip, sheet.getId());
      if (parts.isEmpty()) {
        return false;
      }
      String[] strings = new String[0];
      ZipEntry table = parts.get().sharedStrings();
      if (table != null) {
        ExpansionCheck.CappedPart part = check.claim(zip, table);
        try {
          strings = SharedStringsPart.read(new XmlBytes(part));
        } finally {
          part.finish();
        }
      }
      ExpansionCheck.CappedPart part = check.claim(zip, parts.get().sheet());
      // Inflating is a third of the work: on a second core it runs beside the scan.
      InputStream sheetBytes =
          Runtime.getRuntime().availableProcessors() > 1 ? new ReadAheadInputStream(part) : part;
      try {
        WorksheetScanner rows =
            WorksheetScanner.open(
                new XmlBytes(sheetBytes),
                strings,
                workbook.getFormats(),
                workbook.getNumFmtIdToFormat(),
                cells(reader, layout.date1904()));
        interpret(reader, rows, check, lineBase, into);
        return true;
      } finally {
        try {
          if (sheetBytes instanceof ReadAheadInputStream ahead) {
            ahead.close();
          }
        } finally {
          part.finish();
        }
      }
    } catch (ScanDeclinedException | UncheckedIOException | IOException e) {
      return false;
    }
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
      interpret(reader, new LibraryRows(stream.iterator(), cells), check, lineBase, into);
    } catch (ExcelReaderException e) {
      throw damaged(e);
    } catch (RuntimeException e) {
      throw malformedMarkup(e);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  private static void interpret(
      SurveyReader reader,
      SheetRows rows,
      ExpansionCheck check,
      long lineBase,
      ReportAccumulator into) {
    ExportHeader header = header(reader, rows);
    List<String> names = header.header().names();
    String scoreColumn = reader.scoreColumn();
    ExportHeader.Positions at = header.positions(reader);
    int width = names.size();
    RowInterpreter interpreter = new RowInterpreter(reader);
    IntFunction<String> cell = rows::text;
    long previous = header.lines()[header.lines().length - 1];
    long polled = 0;
    while (rows.next()) {
      if ((++polled & POLL_ROWS) == 0 && check.failure().isPresent()) {
        throw check.failure().get();
      }
      if (rows.cellCount() == 0) {
        continue;
      }
      long line = rows.rowNumber();
      if (line <= previous) {
        // Excel numbers rows upward from 1; a row at or before the last cannot be given a line.
        throw new SurveyFormatException(
            "cannot read the workbook: row "
                + line
                + " follows row "
                + previous
                + ", but a worksheet's rows are numbered upward from 1; open it in Excel and save"
                + " it again",
            1,
            "");
      }
      if (width == 1) {
        for (long gap = previous + 1; gap < line; gap++) {
          into.reject(lineBase + gap, scoreColumn, "", RejectionReason.BLANK);
        }
      }
      previous = line;
      if (beyond(rows, width)) {
        into.reject(lineBase + line, null, rawText(rows), RejectionReason.RAGGED_ROW);
        continue;
      }
      interpreter.interpret(lineBase + line, at, cell, into);
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
      return header(reader, new LibraryRows(stream.iterator(), cells(reader, layout.date1904())))
          .header();
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

  private static ExportHeader header(SurveyReader reader, SheetRows rows) {
    int headerRows = reader.headerRows();
    List<List<String>> found = new ArrayList<>();
    long[] lines = new long[headerRows];
    long namesLine = 1;
    int width = 0;
    long last = 0;
    while (found.size() < headerRows) {
      if (!rows.next()) {
        throw new SurveyFormatException(
            "the sheet has "
                + found.size()
                + " row(s) but needs "
                + headerRows
                + " header row(s) before the data",
            last + 1,
            "");
      }
      if (rows.cellCount() == 0) {
        continue;
      }
      List<String> cellTexts = new ArrayList<>();
      for (int c = 0; c < rows.cellCount(); c++) {
        cellTexts.add(RowInterpreter.segmentValue(rows.text(c)));
      }
      while (!cellTexts.isEmpty() && cellTexts.get(cellTexts.size() - 1).isEmpty()) {
        cellTexts.remove(cellTexts.size() - 1);
      }
      width = Math.max(width, cellTexts.size());
      last = rows.rowNumber();
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
    return ExportHeader.of(reader, rowsOfWidth, lines, namesLine);
  }

  private static boolean beyond(SheetRows rows, int width) {
    for (int c = width; c < rows.cellCount(); c++) {
      if (!rows.text(c).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String rawText(SheetRows rows) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < rows.cellCount(); c++) {
      text.append(c == 0 ? "" : ",").append(rows.text(c));
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
   *
   * <p>An exception without frames is one the JVM preallocates for compiled code that fails often
   * (a null pointer, an index out of range), as the library's does on a damaged file read many
   * times in one process; it cannot be located, and is taken for the library's too, since the
   * reader's own code on this path never fails on data.
   */
  static boolean fromTheLibrary(RuntimeException e) {
    StackTraceElement[] frames = e.getStackTrace();
    if (frames.length == 0) {
      return true;
    }
    for (StackTraceElement frame : frames) {
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
