package org.recovery.nps.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.recovery.nps.RejectionReason;

/**
 * Reads CSV text record by record with {@link CsvRecordParser}: the reference reader, whose result
 * every faster path must reproduce. Reads the header rows, finds the configured columns, then hands
 * each data row's cells to a {@link RowInterpreter}.
 *
 * <p>Stateless and thread-safe; each call has its own parser.
 */
final class SequentialCsvRead {

  private SequentialCsvRead() {}

  /**
   * Reads an export into an accumulator.
   *
   * @param reader the reader's settings
   * @param in the text, read to its end
   * @param lineBase added to every line counted into the accumulator ({@link FileLines})
   * @param into where rows are counted
   * @throws SurveyFormatException when the input cannot be read reliably, with the input's own line
   */
  static void read(SurveyReader reader, Reader in, long lineBase, ReportAccumulator into) {
    CsvRecordParser parser =
        new CsvRecordParser(in, reader.settings().delimiter(), SurveyReader.BUFFER_SIZE);
    List<String> names = List.of();
    try {
      ExportHeader header = header(reader, parser);
      names = header.header().names();
      String scoreColumn = reader.scoreColumn();
      ExportHeader.Positions at = header.positions(reader);
      boolean[] wanted = new boolean[names.size()];
      wanted[at.score()] = true;
      for (int i : new int[] {at.respondent(), at.timestamp(), at.weight()}) {
        if (i >= 0) {
          wanted[i] = true;
        }
      }
      for (int i : at.segments()) {
        wanted[i] = true;
      }
      parser.capture(wanted);
      int expected = names.size();
      RowInterpreter interpreter = new RowInterpreter(reader);
      IntFunction<String> field = parser::field;
      long emptyLines = parser.emptyLines();
      while (parser.next()) {
        long line = lineBase + parser.line();
        if (expected == 1) {
          // The empty lines skipped since the last record are the lines just before this one.
          long skipped = parser.emptyLines() - emptyLines;
          emptyLines = parser.emptyLines();
          rejectEmptyLines(scoreColumn, line - skipped, skipped, into);
        }
        if (parser.fieldCount() != expected) {
          into.reject(line, null, parser.rawText(), RejectionReason.RAGGED_ROW);
          continue;
        }
        interpreter.interpret(line, at, field, into);
      }
      if (expected == 1) {
        long skipped = parser.emptyLines() - emptyLines;
        rejectEmptyLines(scoreColumn, lineBase + parser.currentLine() - skipped, skipped, into);
      }
    } catch (UnterminatedQuoteException e) {
      throw unterminated(e, names);
    } catch (InvalidBytesException e) {
      throw e.toSurveyException(parser.currentLine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the header rows of an export.
   *
   * @param reader the reader's settings
   * @param in the text; read no further than the header
   * @return the header as the reader sees it
   * @throws SurveyFormatException when there are fewer records than header rows
   */
  static SurveyHeader header(SurveyReader reader, Reader in) {
    CsvRecordParser parser =
        new CsvRecordParser(in, reader.settings().delimiter(), SurveyReader.BUFFER_SIZE);
    try {
      return header(reader, parser).header();
    } catch (UnterminatedQuoteException e) {
      throw unterminated(e, List.of());
    } catch (InvalidBytesException e) {
      throw e.toSurveyException(parser.currentLine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ExportHeader header(SurveyReader reader, CsvRecordParser parser)
      throws IOException {
    int headerRows = reader.headerRows();
    List<List<String>> rows = new ArrayList<>();
    long[] lines = new long[headerRows];
    long namesLine = 1;
    for (int i = 1; i <= headerRows; i++) {
      if (!parser.next()) {
        throw new SurveyFormatException(
            "the export has "
                + rows.size()
                + " record(s) but needs "
                + headerRows
                + " header row(s) before the data",
            parser.currentLine(),
            "");
      }
      List<String> row = new ArrayList<>();
      for (int f = 0; f < parser.fieldCount(); f++) {
        row.add(RowInterpreter.segmentValue(parser.field(f)));
      }
      if (i == reader.namesRow()) {
        namesLine = parser.line();
      }
      lines[i - 1] = parser.line();
      rows.add(row);
    }
    return ExportHeader.of(reader, rows, lines, namesLine);
  }

  /**
   * Counts empty lines of a one-column export as blank answers: there an empty line is how a blank
   * score is written, so it is a data row rejected as BLANK rather than skipped unseen.
   */
  private static void rejectEmptyLines(
      String scoreColumn, long firstLine, long count, ReportAccumulator into) {
    for (long i = 0; i < count; i++) {
      into.reject(firstLine + i, scoreColumn, "", RejectionReason.BLANK);
    }
  }

  private static SurveyFormatException unterminated(
      UnterminatedQuoteException e, List<String> names) {
    String column = e.fieldIndex() < names.size() ? names.get(e.fieldIndex()) : "";
    return new SurveyFormatException(
        "unterminated quoted field: the record starting at line "
            + e.recordLine()
            + " opens a quote on line "
            + e.quoteLine()
            + " in field "
            + (e.fieldIndex() + 1)
            + (column.isEmpty() ? "" : " (column \"" + column + "\")")
            + " that is not closed before the end of the input",
        e.recordLine(),
        column);
  }
}
