package org.recovery.nps;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one rejected data row: where it is, which cell and why.
 *
 * @param line the 1-based physical line on which the record starts, counting header rows; each of
 *     CR, LF and CRLF is one line break, also inside quoted fields
 * @param column the header of the offending column, or empty for a whole-row problem ({@link
 *     RejectionReason#RAGGED_ROW}, {@link RejectionReason#MALFORMED_RECORD}); JSON writes {@code
 *     null}
 * @param value the offending cell as read (after CSV unquoting), or for a whole-row problem the raw
 *     record text as it stands in the file (quotes and delimiters included, without its line
 *     break); cut to {@link #MAX_VALUE_LENGTH} (200) characters
 * @param reason why the row was rejected
 * @param file the file the row is in, when several files were read as one export; {@code line} is
 *     then the line in that file
 */
public record Rejection(
    long line, Optional<String> column, String value, RejectionReason reason, Optional<Path> file) {

  /** The longest value kept in an example; longer values are cut and end with "…". */
  public static final int MAX_VALUE_LENGTH = 200;

  /**
   * Validates the parts and cuts an over-long value.
   *
   * @param line the 1-based physical line on which the record starts, counting header rows; each of
   *     CR, LF and CRLF is one line break, also inside quoted fields
   * @param column the header of the offending column, or empty for a whole-row problem ({@link
   *     RejectionReason#RAGGED_ROW}, {@link RejectionReason#MALFORMED_RECORD}); JSON writes {@code
   *     null}
   * @param value the offending cell as read (after CSV unquoting), or for a whole-row problem the
   *     raw record text as it stands in the file (quotes and delimiters included, without its line
   *     break); cut to {@link #MAX_VALUE_LENGTH} (200) characters
   * @param reason why the row was rejected
   * @param file the file the row is in, when several files were read as one export; {@code line} is
   *     then the line in that file
   * @throws IllegalArgumentException when the line is below 1
   */
  public Rejection {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(file, "file");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1 but was " + line);
    }
    if (value.length() > MAX_VALUE_LENGTH) {
      value = value.substring(0, MAX_VALUE_LENGTH - 1) + "…";
    }
  }

  /**
   * Describes a rejected row of a single export.
   *
   * @param line the 1-based physical line on which the record starts
   * @param column the header of the offending column, or empty for a whole-row problem
   * @param value the offending cell as read, or the raw record text
   * @param reason why the row was rejected
   * @throws IllegalArgumentException when the line is below 1
   */
  public Rejection(long line, Optional<String> column, String value, RejectionReason reason) {
    this(line, column, value, reason, Optional.empty());
  }

  /**
   * Names the file of a several-file read this row is in.
   *
   * @param file the file
   * @param fileLine the line in that file
   * @return a copy that names the file
   */
  public Rejection inFile(Path file, long fileLine) {
    return new Rejection(fileLine, column, value, reason, Optional.of(file));
  }

  /**
   * Describes a rejected cell of a named column.
   *
   * @param line the 1-based physical line on which the record starts
   * @param column the header of the offending column
   * @param value the offending cell as read
   * @param reason why the row was rejected
   * @throws IllegalArgumentException when the line is below 1
   */
  public Rejection(long line, String column, String value, RejectionReason reason) {
    this(line, Optional.of(column), value, reason, Optional.empty());
  }
}
