package org.recovery.nps.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits decoded text into CSV records per RFC 4180, and is the single definition of record
 * structure and line numbering for every reader of the module (a faster path must reproduce it
 * exactly).
 *
 * <p><b>Lines.</b> Lines are numbered from 1. Each of CR, LF and the pair CRLF is one line break,
 * wherever it occurs, inside quoted fields too (a quoted CR alone is a break; a quoted CRLF is one
 * break). A leading U+FEFF byte-order mark is removed before anything else and does not count. The
 * line of a record is the physical line of its first character; header rows count.
 *
 * <p><b>Records.</b> Outside quotes, CR, LF or CRLF ends a record; the end of input ends the last
 * record (a final line break is optional). A line with no characters at all, outside quotes, is not
 * a record (empty lines are skipped and counted in {@link #emptyLines()}); a line holding only a
 * delimiter or {@code ""} is a record.
 *
 * <p><b>Fields.</b> The delimiter (default comma) separates fields. A field whose first character
 * is the quote {@code "} is quoted: it runs to the next lone quote, {@code ""} inside it stands for
 * one quote, and delimiters, CR and LF inside it are data. A quoted field closed by a quote that is
 * not followed by a delimiter or a line break continues unquoted: the characters after the closing
 * quote are appended literally ({@code "ab"cd} is {@code abcd}). In an unquoted field a quote is an
 * ordinary character ({@code a"b} is {@code a"b}; {@code "a"} with a leading space is the five
 * characters). Fields are never trimmed here.
 *
 * <p><b>Errors.</b> The only structural error is the end of input inside a quoted field: the rest
 * of the file cannot be split reliably, so reading fails with the line the record started on.
 *
 * <p>Not thread-safe.
 */
final class CsvRecordParser {
  private static final int START_FIELD = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private static final char QUOTE = '"';

  private final Reader in;
  private final char delimiter;
  private final char[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean started;

  private long line = 1;
  private boolean prevCr;
  private long emptyLines;

  private boolean @Nullable [] wanted;
  private char[] values = new char[256];
  private int valuesLength;
  private int[] fieldStart = new int[32];
  private int[] fieldEnd = new int[32];
  private int fieldCount;
  private long recordLine;
  private long openQuoteLine;
  // The raw text of the current record: buf[rawStart, rawEnd) after what earlier buffers held.
  private final StringBuilder rawSpill = new StringBuilder();
  private int rawStart;
  private int rawEnd;

  CsvRecordParser(Reader in, char delimiter, int bufferSize) {
    if (delimiter == QUOTE || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException(
          "delimiter must not be a quote or a line break but was " + describe(delimiter));
    }
    this.in = in;
    this.delimiter = delimiter;
    this.buf = new char[bufferSize];
  }

  static String describe(char c) {
    return switch (c) {
      case '\r' -> "CR";
      case '\n' -> "LF";
      case '\t' -> "TAB";
      default -> "'" + c + "'";
    };
  }

  /**
   * Limits which fields keep their text: others are only counted (their {@link #field} is {@code
   * ""}). Null keeps every field.
   */
  void capture(boolean @Nullable [] wanted) {
    this.wanted = wanted == null ? null : wanted.clone();
  }

  /** The most characters of a record {@link #rawText()} returns before cutting it. */
  static final int MAX_RAW = 1024;

  /**
   * Returns the current record as it stands in the input, quotes and delimiters included, without
   * its line break; cut after {@link #MAX_RAW} characters or more.
   */
  String rawText() {
    int tail = Math.min(rawEnd - rawStart, MAX_RAW + 1);
    if (rawSpill.length() == 0) {
      return new String(buf, rawStart, Math.max(0, tail));
    }
    StringBuilder text = new StringBuilder(rawSpill);
    // Past the limit the spilled part stops growing, and the buffer's tail no longer follows it.
    if (tail > 0 && rawSpill.length() <= MAX_RAW) {
      text.append(buf, rawStart, tail);
    }
    return text.toString();
  }

  /** Returns the line the current record starts on. */
  long line() {
    return recordLine;
  }

  /** Returns the line of the first character not yet consumed. */
  long currentLine() {
    return line;
  }

  /** Returns the number of fields of the current record. */
  int fieldCount() {
    return fieldCount;
  }

  /** Returns the number of empty lines skipped so far. */
  long emptyLines() {
    return emptyLines;
  }

  /** Returns the text of a field of the current record ({@code ""} when not captured). */
  String field(int index) {
    if (index >= fieldCount) {
      throw new IndexOutOfBoundsException("field " + index + " of " + fieldCount);
    }
    int start = fieldStart[index];
    return new String(values, start, fieldEnd[index] - start);
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    limit = n;
    if (!started) {
      started = true;
      if (buf[0] == '\uFEFF') {
        pos = 1;
      }
    }
    return true;
  }

  /**
   * Reads the next record.
   *
   * @return false at the end of input
   * @throws UnterminatedQuoteException when the input ends inside a quoted field
   */
  boolean next() throws IOException {
    fieldCount = 0;
    valuesLength = 0;
    boolean inRecord = false;
    int state = START_FIELD;
    boolean capturing = isWanted(0);
    char delim = delimiter;
    while (true) {
      if (pos >= limit) {
        if (inRecord && rawSpill.length() <= MAX_RAW) {
          rawSpill.append(buf, rawStart, Math.min(limit - rawStart, MAX_RAW + 1));
        }
        rawStart = limit;
        if (fill()) {
          rawStart = pos;
          continue; // a buffer may hold only a byte-order mark
        }
        if (!inRecord) {
          return false;
        }
        if (state == QUOTED) {
          throw new UnterminatedQuoteException(recordLine, openQuoteLine, fieldCount);
        }
        endField();
        rawEnd = rawStart;
        return true;
      }
      char c = buf[pos++];
      long lineOfChar = line;
      boolean afterCr = prevCr;
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
        prevCr = false;
      } else if (c == '\r') {
        line++;
        prevCr = true;
      } else {
        prevCr = false;
      }
      if (!inRecord) {
        if (c == '\n' && afterCr) {
          continue; // the LF of a CRLF that ended the previous record or empty line
        }
        if (c == '\r' || c == '\n') {
          emptyLines++;
          continue;
        }
        inRecord = true;
        recordLine = lineOfChar;
        rawSpill.setLength(0);
        rawStart = pos - 1;
      }
      switch (state) {
        case START_FIELD -> {
          if (c == QUOTE) {
            state = QUOTED;
            openQuoteLine = lineOfChar;
          } else if (c == delim) {
            endField();
            capturing = isWanted(fieldCount);
          } else if (c == '\r' || c == '\n') {
            endField();
            rawEnd = pos - 1;
            return true;
          } else {
            if (capturing) {
              append(c);
            }
            skipUntil(capturing, delim);
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          if (c == delim) {
            endField();
            capturing = isWanted(fieldCount);
            state = START_FIELD;
          } else if (c == '\r' || c == '\n') {
            endField();
            rawEnd = pos - 1;
            return true;
          } else {
            if (capturing) {
              append(c);
            }
            skipUntil(capturing, delim);
          }
        }
        case QUOTED -> {
          if (c == QUOTE) {
            state = QUOTE_IN_QUOTED;
          } else {
            if (capturing) {
              append(c);
            }
            if (c != '\r' && c != '\n') {
              skipUntil(capturing, QUOTE);
            }
          }
        }
        default -> {
          if (c == QUOTE) {
            if (capturing) {
              append(QUOTE);
            }
            state = QUOTED;
          } else if (c == delim) {
            endField();
            capturing = isWanted(fieldCount);
            state = START_FIELD;
          } else if (c == '\r' || c == '\n') {
            endField();
            rawEnd = pos - 1;
            return true;
          } else {
            if (capturing) {
              append(c);
            }
            state = UNQUOTED;
          }
        }
      }
    }
  }

  // Consumes, in one tight loop, the characters that follow in a field up to the first CR, LF or
  // stop character (the delimiter in an unquoted field, the quote in a quoted one), which the main
  // loop handles; the character before them was not CR, so prevCr stays false.
  private void skipUntil(boolean capturing, char stop) {
    char[] b = buf;
    int p = pos;
    int end = limit;
    while (p < end) {
      char x = b[p];
      if (x == stop || x == '\r' || x == '\n') {
        break;
      }
      p++;
    }
    if (capturing) {
      appendRange(b, pos, p);
    }
    pos = p;
  }

  private void appendRange(char[] b, int from, int to) {
    int n = to - from;
    if (n == 0) {
      return;
    }
    if (valuesLength + n > values.length) {
      values = Arrays.copyOf(values, Math.max(values.length * 2, valuesLength + n));
    }
    System.arraycopy(b, from, values, valuesLength, n);
    valuesLength += n;
  }

  private boolean isWanted(int index) {
    boolean[] w = wanted;
    return w == null || (index < w.length && w[index]);
  }

  private void append(char c) {
    if (valuesLength == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[valuesLength++] = c;
  }

  private void endField() {
    if (fieldCount == fieldStart.length) {
      fieldStart = Arrays.copyOf(fieldStart, fieldCount * 2);
      fieldEnd = Arrays.copyOf(fieldEnd, fieldCount * 2);
    }
    int start = fieldCount == 0 ? 0 : fieldEnd[fieldCount - 1];
    fieldStart[fieldCount] = start;
    fieldEnd[fieldCount] = valuesLength;
    fieldCount++;
  }
}
