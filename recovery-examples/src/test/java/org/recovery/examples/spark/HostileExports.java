package org.recovery.examples.spark;

import java.util.Random;

/**
 * Writes survey exports that probe every rule the report depends on: score cells of each rejection
 * reason and the valid spellings of a score ({@code " 9 "}, {@code 9.0}, {@code +9}, {@code 09}),
 * quoted cells with commas, doubled quotes and line breaks, segment values with spaces, tabs and
 * non-ASCII text, ragged rows, whitespace-only and empty lines, and LF or CRLF line breaks.
 */
final class HostileExports {
  private static final String[] SCORES = {
    "0",
    "1",
    "6",
    "7",
    "8",
    "9",
    "10",
    " 9 ",
    "\t10",
    "9.0",
    "+9",
    "09",
    "-0",
    "10.000",
    "",
    "   ",
    "N/A",
    "n/a",
    "NULL",
    "-",
    "#N/A",
    "ten",
    "10/10",
    "1e1",
    "9.",
    ".5",
    "9,0",
    "\"9\"",
    "'9'",
    "9.5",
    "-1.5",
    "11",
    "-1",
    "99999999999999999999",
    "\u0669",
    "\u00a09",
    "9\n",
    "7 0"
  };

  private static final String[] SEGMENTS = {
    "DE",
    " DE",
    "DE\t",
    "de",
    "FR",
    "Fran\u00e7a",
    "\u65e5\u672c",
    "Hills, Vale",
    "North \"Star\"",
    "two\nlines",
    "",
    " ",
    "N/A",
    "9"
  };

  private HostileExports() {}

  /**
   * Writes one export with columns {@code id,Country,score,Channel}.
   *
   * @param seed the random seed
   * @param rows how many data rows
   * @param crlf whether lines end with CRLF rather than LF
   * @return the CSV text
   */
  static String export(long seed, int rows, boolean crlf) {
    Random random = new Random(seed);
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder csv = new StringBuilder("id,Country,\"score\",Channel").append(eol);
    for (int i = 0; i < rows; i++) {
      int shape = random.nextInt(40);
      if (shape == 0) {
        csv.append("r").append(i).append(",DE,9").append(eol); // too few fields
      } else if (shape == 1) {
        csv.append("r").append(i).append(",DE,9,web,extra").append(eol); // too many
      } else if (shape == 2) {
        csv.append(" \t ").append(eol); // one blank field: ragged
      } else if (shape == 3) {
        csv.append(eol); // an empty line is skipped
      } else {
        csv.append(cell("r" + i, random))
            .append(',')
            .append(cell(pick(SEGMENTS, random), random))
            .append(',')
            .append(cell(pick(SCORES, random), random))
            .append(',')
            .append(cell(random.nextBoolean() ? "web" : "app", random))
            .append(eol);
      }
    }
    return csv.toString();
  }

  private static String pick(String[] values, Random random) {
    return values[random.nextInt(values.length)];
  }

  /** Writes a cell, quoted when it must be and sometimes when it need not be. */
  private static String cell(String value, Random random) {
    boolean must =
        value.contains(",")
            || value.contains("\"")
            || value.contains("\n")
            || value.contains("\r")
            || value.isBlank();
    if (must || random.nextInt(4) == 0) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
