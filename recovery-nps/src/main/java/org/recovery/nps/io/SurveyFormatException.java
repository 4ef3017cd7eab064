package org.recovery.nps.io;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.NpsException;

/**
 * Reports a survey export that cannot be read reliably: a missing column, an unterminated quoted
 * field, bytes that are not valid in the charset. Rows that are merely bad (a blank score, a ragged
 * row) are not exceptions but counted rejections in the report.
 */
public class SurveyFormatException extends NpsException {
  private static final long serialVersionUID = 1L;

  /** The physical line the problem is on, from 1. */
  private final long line;

  /** The header of the column concerned, or {@code ""} when the problem is not about one column. */
  private final String column;

  /** The file the problem is in, when several files are read as one export. */
  private @Nullable String file;

  /**
   * Creates an exception.
   *
   * @param message what went wrong, where, and how to fix it
   * @param line the 1-based physical line the problem is on (for a record, the line it starts on)
   * @param column the header of the column concerned, or {@code ""} when no column is
   */
  public SurveyFormatException(String message, long line, String column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /**
   * Returns the 1-based physical line the problem is on; for a record, the line on which it starts.
   * Each of CR, LF and CRLF ends a line, also inside quoted fields.
   *
   * @return the line, at least 1
   */
  public long line() {
    return line;
  }

  /**
   * Returns the header of the column concerned.
   *
   * @return the column header, or {@code ""} when the problem is not about one column
   */
  public String column() {
    return column;
  }

  /**
   * Returns the file the problem is in, when several files were read as one export ({@link
   * SurveyReader#read(java.util.List)}); {@link #line()} is then that file's own line, and the
   * message starts with the file.
   *
   * @return the file, or empty when one file or stream was read
   */
  public Optional<Path> file() {
    return Optional.ofNullable(file).map(Path::of);
  }

  @Override
  public String getMessage() {
    return file == null ? super.getMessage() : file + ": " + super.getMessage();
  }

  /** Names the file of a several-file read the problem is in; returns this exception. */
  SurveyFormatException inFile(Path file) {
    this.file = file.toString();
    return this;
  }
}
