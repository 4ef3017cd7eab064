package org.recovery.nps.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Holds an export's header as a {@link SurveyReader} sees it: the column names it matches
 * configured columns against (cells trimmed of spaces and tabs, a byte-order mark removed, a
 * preset's multi-row names merged), and every header row, for a host that looks for a column by its
 * question text in another row (as Qualtrics writes it in row 2). For JSON Lines, the names are the
 * keys of the first object and its only row.
 *
 * <p>Immutable and thread-safe.
 *
 * @param names the column names, in file order
 * @param rows the header rows, cells trimmed, in file order; the names row among them
 */
public record SurveyHeader(List<String> names, List<List<String>> rows) {

  /**
   * Copies the parts.
   *
   * @param names the column names, in file order
   * @param rows the header rows, cells trimmed, in file order; the names row among them
   * @throws IllegalArgumentException when there are no rows
   */
  public SurveyHeader {
    names = List.copyOf(names);
    List<List<String>> copy = new ArrayList<>();
    for (List<String> row : rows) {
      copy.add(List.copyOf(row));
    }
    rows = List.copyOf(copy);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a header must have at least one row");
    }
  }

  /**
   * Finds a configured column the way the reader does: the exact name (the first of duplicates),
   * else the one name equal ignoring case. A host that splits the records with another parser (a
   * Spark job) finds its columns with this, so that it reads the same cells as the reader.
   *
   * @param column the configured column
   * @param role what the column is for, for the message ({@code score}, {@code segment})
   * @param line the line the names are on, for the message
   * @return the column's index in {@link #names()}
   * @throws SurveyFormatException listing the names when there is no such column, or when several
   *     names equal it ignoring case and none exactly; give the exact name to fix it
   */
  public int indexOf(String column, String role, long line) {
    int found = names.indexOf(column);
    if (found >= 0) {
      return found;
    }
    int match = -1;
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(column)) {
        if (match >= 0) {
          match = -2;
          break;
        }
        match = i;
      }
    }
    if (match >= 0) {
      return match;
    }
    throw new SurveyFormatException(
        role
            + " column \""
            + Objects.requireNonNull(column, "column")
            + "\" not found in the header on line "
            + line
            + "; headers found: "
            + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")),
        line,
        column);
  }
}
