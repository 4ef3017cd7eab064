package org.recovery.nps.io.internal;

/**
 * Tells whether a position just after a line break is plausibly where a record starts: the bytes
 * from there read, under RFC 4180 quoting, as {@link #RECORDS} whole records of the header's field
 * count. A line break inside a quoted field (a multi-line comment) is followed by the rest of the
 * comment, which almost never reads so: too few fields, a quote inside an unquoted field, or text
 * after a closing quote. The check only steers a guess, which the scan verifies anyway.
 */
final class RecordStart {

  /** How many whole records must follow: one can happen to fit, two in a row hardly ever do. */
  static final int RECORDS = 2;

  private RecordStart() {}

  /**
   * Checks the bytes from {@code from}.
   *
   * @param buf the bytes
   * @param from the candidate record start
   * @param limit where the bytes read so far end
   * @param eof whether the file ends at {@code limit}, which then also ends a record
   * @param delimiter the field delimiter
   * @param fieldCount the number of fields of a well-formed record
   * @return true when {@link #RECORDS} whole records follow, or at least one and then the bytes run
   *     out; false when the bytes contradict a record start or run out before one record ends
   */
  static boolean plausible(
      byte[] buf, int from, int limit, boolean eof, byte delimiter, int fieldCount) {
    int at = from;
    for (int record = 0; record < RECORDS; record++) {
      int fields = 1;
      while (true) {
        if (at >= limit) {
          // The window ends: at the end of the file that is the end of a last record.
          return eof ? fields == fieldCount : record > 0;
        }
        byte c = buf[at];
        if (c == '"') {
          if (at > from && buf[at - 1] != delimiter && !lineBreak(buf[at - 1])) {
            return false;
          }
          at = closingQuote(buf, at + 1, limit);
          if (at < 0) {
            return record > 0;
          }
          at++;
          if (at < limit && buf[at] != delimiter && !lineBreak(buf[at])) {
            return false;
          }
        } else if (c == delimiter) {
          fields++;
          at++;
        } else if (lineBreak(c)) {
          if (fields != fieldCount) {
            return false;
          }
          at += c == '\r' && at + 1 < limit && buf[at + 1] == '\n' ? 2 : 1;
          break;
        } else {
          at++;
        }
      }
    }
    return true;
  }

  /** Returns the position of the quote that closes a field opened before {@code at}, or -1. */
  private static int closingQuote(byte[] buf, int at, int limit) {
    for (int i = at; i < limit; i++) {
      if (buf[i] == '"') {
        if (i + 1 < limit && buf[i + 1] == '"') {
          i++;
        } else if (i + 1 < limit) {
          return i;
        } else {
          // A quote at the very end may be the first of a doubled pair: undecided.
          return -1;
        }
      }
    }
    return -1;
  }

  private static boolean lineBreak(byte c) {
    return c == '\n' || c == '\r';
  }
}
