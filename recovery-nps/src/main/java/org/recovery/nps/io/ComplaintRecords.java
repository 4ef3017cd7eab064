package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.recovery.nps.impact.ComplaintLookup;
import org.recovery.nps.impact.ComplaintStatus;

/**
 * Holds each customer's complaint status, read from a CSV file (or given as a map), for the
 * recovery-impact analysis. The CSV has a header row and, by default, the columns {@code
 * customer_id}, {@code complained} and {@code resolved}; booleans are {@code true}/{@code false},
 * {@code yes}/{@code no}, {@code y}/{@code n} or {@code 1}/{@code 0} (any case, spaces and tabs
 * trimmed); {@code resolved} may be blank when the customer did not complain. A customer on several
 * rows (one per complaint) has complained when any row says so, and is resolved only when every
 * complaint is. Customers not in the file never complained.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintRecords implements ComplaintLookup {
  private final Map<String, ComplaintStatus> statuses;

  private ComplaintRecords(Map<String, ComplaintStatus> statuses) {
    this.statuses = Map.copyOf(statuses);
  }

  /**
   * Wraps statuses the host already has.
   *
   * @param statuses the status per customer id
   * @return the records
   */
  public static ComplaintRecords of(Map<String, ComplaintStatus> statuses) {
    return new ComplaintRecords(statuses);
  }

  /**
   * Reads a UTF-8 CSV file with columns {@code customer_id}, {@code complained}, {@code resolved}.
   *
   * @param file the file
   * @return the records
   * @throws SurveyFormatException when a column is missing or a cell is not a boolean
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ComplaintRecords fromCsv(Path file) {
    return fromCsv(file, "customer_id", "complained", "resolved");
  }

  /**
   * Reads a UTF-8 CSV file with the given columns.
   *
   * @param file the file
   * @param idColumn the customer id column
   * @param complainedColumn the column saying whether the customer complained
   * @param resolvedColumn the column saying whether the complaint was resolved
   * @return the records
   * @throws SurveyFormatException when a column is missing or a cell is not a boolean
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ComplaintRecords fromCsv(
      Path file, String idColumn, String complainedColumn, String resolvedColumn) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(
          new StrictDecodingReader(in, StandardCharsets.UTF_8, 1 << 16),
          idColumn,
          complainedColumn,
          resolvedColumn);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read complaint records " + file, e);
    }
  }

  /**
   * Reads CSV text with the given columns.
   *
   * @param in the text; read to its end, not closed
   * @param idColumn the customer id column
   * @param complainedColumn the column saying whether the customer complained
   * @param resolvedColumn the column saying whether the complaint was resolved
   * @return the records
   * @throws SurveyFormatException when a column is missing, a row is ragged or a cell is not a
   *     boolean
   */
  public static ComplaintRecords read(
      Reader in, String idColumn, String complainedColumn, String resolvedColumn) {
    CsvRecordParser parser = new CsvRecordParser(in, ',', 1 << 16);
    Map<String, boolean[]> seen = new HashMap<>();
    try {
      if (!parser.next()) {
        throw new SurveyFormatException("complaint records are empty: no header row", 1, "");
      }
      List<String> names = new ArrayList<>();
      for (int i = 0; i < parser.fieldCount(); i++) {
        names.add(RowInterpreter.segmentValue(parser.field(i)));
      }
      int id = column(names, idColumn, parser.line());
      int complained = column(names, complainedColumn, parser.line());
      int resolved = column(names, resolvedColumn, parser.line());
      while (parser.next()) {
        long line = parser.line();
        if (parser.fieldCount() != names.size()) {
          throw new SurveyFormatException(
              "complaint record on line "
                  + line
                  + " has "
                  + parser.fieldCount()
                  + " fields, expected "
                  + names.size(),
              line,
              "");
        }
        String customer = RowInterpreter.segmentValue(parser.field(id));
        if (customer.isEmpty()) {
          throw new SurveyFormatException(
              "column \"" + idColumn + "\" must not be blank (line " + line + ")", line, idColumn);
        }
        boolean c = bool(parser.field(complained), complainedColumn, line, false);
        boolean r = bool(parser.field(resolved), resolvedColumn, line, !c);
        boolean[] state = seen.computeIfAbsent(customer, k -> new boolean[] {false, true});
        if (c) {
          state[0] = true;
          state[1] &= r;
        }
      }
    } catch (UnterminatedQuoteException e) {
      throw new SurveyFormatException(
          "unterminated quoted field in the complaint record starting at line " + e.recordLine(),
          e.recordLine(),
          "");
    } catch (InvalidBytesException e) {
      throw new SurveyEncodingException(
          "invalid "
              + e.charsetName()
              + " bytes "
              + e.bytes()
              + " at byte offset "
              + e.byteOffset(),
          parser.currentLine(),
          e.byteOffset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, ComplaintStatus> statuses = new HashMap<>();
    seen.forEach(
        (k, v) ->
            statuses.put(
                k,
                !v[0]
                    ? ComplaintStatus.NEVER_COMPLAINED
                    : v[1]
                        ? ComplaintStatus.COMPLAINED_RESOLVED
                        : ComplaintStatus.COMPLAINED_UNRESOLVED));
    return new ComplaintRecords(statuses);
  }

  private static int column(List<String> names, String column, long line) {
    int i = names.indexOf(column);
    if (i < 0) {
      throw new SurveyFormatException(
          "column \""
              + column
              + "\" not found in the complaint records header on line "
              + line
              + "; headers found: "
              + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")),
          line,
          column);
    }
    return i;
  }

  private static boolean bool(String cell, String column, long line, boolean blankAllowed) {
    String t = RowInterpreter.segmentValue(cell).toLowerCase(Locale.ROOT);
    switch (t) {
      case "true", "yes", "y", "1":
        return true;
      case "false", "no", "n", "0":
        return false;
      default:
        if (t.isEmpty() && blankAllowed) {
          return false;
        }
        throw new SurveyFormatException(
            "column \""
                + column
                + "\" must be true/false, yes/no, y/n or 1/0 but was '"
                + cell
                + "' (line "
                + line
                + ")",
            line,
            column);
    }
  }

  @Override
  public ComplaintStatus statusOf(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return statuses.getOrDefault(customerId, ComplaintStatus.NEVER_COMPLAINED);
  }

  /**
   * Returns the number of customers listed.
   *
   * @return the count
   */
  public int size() {
    return statuses.size();
  }
}
