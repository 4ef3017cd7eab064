package org.recovery.nps.io.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes survey exports that stress a CSV scanner: quotes, doubled quotes, CR, LF and CR LF inside
 * and outside quotes, a byte order mark, empty fields, blank lines, ragged rows, multi-byte UTF-8,
 * and now and then malformed UTF-8, stray quotes or an unterminated quote. Deterministic per seed.
 */
public final class HostileExports {

  /** Columns of every generated export: score, country, submitted_at, comment. */
  static final int SCORE = 0;

  static final int COUNTRY = 1;
  static final int WHEN = 2;
  static final int COMMENT = 3;

  private static final String[] SCORES = {
    "9",
    "10",
    "0",
    "7",
    "6",
    "8",
    " 9 ",
    "9.0",
    "",
    "N/A",
    "ten",
    "10/10",
    "9.5",
    "11",
    "-1",
    "\"9\"",
    "\"1\"\"0\"",
    "1",
    "5",
    "3",
    "\" 10\"",
    "010",
    "9.00"
  };
  private static final String[] COUNTRIES = {
    "US",
    "DE",
    "\"FR\"",
    "Ünïcødé",
    "日本",
    "\"Bosnia, and \"\"H\"\"\"",
    "\"two\nlines\"",
    "\"cr\rline\"",
    "\"crlf\r\nline\"",
    "",
    "\"\"",
    "US ",
    "😀x"
  };
  private static final String[] WHENS = {
    "2026-11-20T10:15:00Z",
    "2026-11-22T23:59:59-05:00",
    "2026-11-23T00:00:01+02:00",
    "2026-12-31T23:00:00.123Z",
    "2027-01-01T00:30:00",
    "2026-11-20T10:15Z",
    "2026-02-30T10:15:00Z",
    "yesterday",
    "",
    "\"2026-11-16T08:00:00Z\"",
    "2026-11-16T08:00:00.123456789+01:00",
    "2026-11-16T08:00:00+18:30",
    "2026-11-16 23:30+01:00",
    "2026-11-16T23:59:60Z",
    "2026-11-16T24:00:00Z",
    "2026-11-16",
    "2026-11-16T08:00:00.Z",
    "2026-11-16T08:00:00-00:00",
    "2026-11-16T08:00:00[Europe/Paris]",
    "2026-11-16T08:0Z",
    "2026-11-16T08:00:00+0100"
  };
  private static final String[] COMMENTS = {
    "fine", "", "\"quoted, comma\"", "\"say \"\"hi\"\"\"", "\"line\nbreak\"", "\"cr\ronly\"",
    "\"crlf\r\nboth\"", "\"\r\n\"", "\"\n\n\n\"", "ß and ü", "\"a,\"\"b\"\",\nc\"", "€"
  };
  private static final String[] ENDS = {"\n", "\r\n", "\r"};

  private HostileExports() {}

  /**
   * Writes an export with the header {@code score,"country",submitted_at,comment}.
   *
   * @param seed the seed
   * @param delimiter the field delimiter
   * @param hostile whether to add structural damage now and then
   * @return the file's bytes
   */
  public static byte[] write(long seed, char delimiter, boolean hostile) {
    Random r = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (r.nextInt(4) == 0) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    String end = ENDS[r.nextInt(ENDS.length)];
    boolean mixedEnds = r.nextInt(3) == 0;
    text(
        out,
        "score" + delimiter + "\"country\"" + delimiter + "submitted_at" + delimiter + "comment");
    text(out, end);
    int rows = r.nextInt(40);
    for (int i = 0; i < rows; i++) {
      if (r.nextInt(15) == 0) {
        text(out, mixedEnds ? ENDS[r.nextInt(ENDS.length)] : end);
        continue;
      }
      int fields = r.nextInt(12) == 0 ? 1 + r.nextInt(6) : 4;
      StringBuilder row = new StringBuilder();
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          row.append(delimiter);
        }
        String[] pool =
            f == SCORE ? SCORES : f == COUNTRY ? COUNTRIES : f == WHEN ? WHENS : COMMENTS;
        String cell = pool[r.nextInt(pool.length)];
        if (cell.indexOf(delimiter) >= 0 && !cell.startsWith("\"")) {
          cell = "\"" + cell + "\"";
        }
        row.append(cell);
      }
      text(out, row.toString());
      if (hostile && r.nextInt(60) == 0) {
        damage(out, r);
      }
      if (i < rows - 1 || r.nextBoolean()) {
        text(out, mixedEnds ? ENDS[r.nextInt(ENDS.length)] : end);
      }
    }
    return out.toByteArray();
  }

  private static void damage(ByteArrayOutputStream out, Random r) {
    switch (r.nextInt(5)) {
      case 0 -> out.write(0xC3);
      case 1 -> out.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80});
      case 2 -> text(out, "x\"y");
      case 3 -> text(out, ",\"open");
      default -> text(out, ",\"a\"b");
    }
  }

  private static void text(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
