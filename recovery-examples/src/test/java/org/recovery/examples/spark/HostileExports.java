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

  private static final String[] WEIGHTS = {
    "1", " 2.5 ", "0.5", "1e-3", "+3", "4.", ".25", "0", "-1", "abc", "", "1e7", "NaN"
  };

  /**
   * Writes one export with columns {@code id,Country,score,submitted,weight}: few respondents, so
   * most answer several times (some twice at the same second), ids with spaces or blank, timestamps
   * in every ISO shape (with and without offset, date only) around the change to summer time in
   * Europe, some unreadable, and weights valid and invalid.
   *
   * @param seed the random seed
   * @param rows how many data rows
   * @param crlf whether lines end with CRLF rather than LF
   * @return the CSV text
   */
  static String responses(long seed, int rows, boolean crlf) {
    Random random = new Random(seed);
    String eol = crlf ? "\r\n" : "\n";
    StringBuilder csv = new StringBuilder("id,Country,score,submitted,weight").append(eol);
    for (int i = 0; i < rows; i++) {
      int shape = random.nextInt(30);
      if (shape == 0) {
        csv.append("c1,DE,9").append(eol); // ragged
        continue;
      }
      String id =
          shape == 1
              ? ""
              : (shape == 2 ? " c" + random.nextInt(20) + "\t" : "c" + random.nextInt(20));
      String score =
          random.nextInt(8) == 0 ? pick(SCORES, random) : String.valueOf(random.nextInt(11));
      csv.append(cell(id, random))
          .append(',')
          .append(cell(pick(SEGMENTS, random), random))
          .append(',')
          .append(cell(score, random))
          .append(',')
          .append(cell(timestamp(random), random))
          .append(',')
          .append(cell(random.nextInt(3) == 0 ? pick(WEIGHTS, random) : "1", random))
          .append(eol);
    }
    return csv.toString();
  }

  private static String timestamp(Random random) {
    int day = 1 + random.nextInt(31);
    int hour = random.nextInt(4) * 6;
    String date = String.format(java.util.Locale.ROOT, "2026-03-%02d", day);
    String time = String.format(java.util.Locale.ROOT, "%02d:00:00", hour);
    return switch (random.nextInt(10)) {
      case 0 -> date;
      case 1 -> date + " " + time;
      case 2 -> date + "T" + time + "+05:00";
      case 3 -> random.nextBoolean() ? "yesterday" : "";
      case 4 -> "2026-02-30T10:00:00Z";
      default -> date + "T" + time + "Z";
    };
  }

  /**
   * Writes a SurveyMonkey "expanded" export: two header rows, the country question spanning two
   * columns (the second named {@code Which country? / Other (please specify)}), US-style end dates.
   *
   * @param seed the random seed
   * @param rows how many data rows
   * @return the CSV text
   */
  static String surveyMonkey(long seed, int rows) {
    Random random = new Random(seed);
    StringBuilder csv =
        new StringBuilder(
            "Respondent ID,End Date,How likely are you to recommend us?,Which country?,\n"
                + ",,Response,Response,Other (please specify)\n");
    for (int i = 0; i < rows; i++) {
      csv.append(100 + random.nextInt(40))
          .append(',')
          .append(
              String.format(
                  java.util.Locale.ROOT,
                  "%02d/%02d/2026 %02d:30:00 %s",
                  1 + random.nextInt(3),
                  1 + random.nextInt(28),
                  1 + random.nextInt(12),
                  random.nextBoolean() ? "AM" : "PM"))
          .append(',')
          .append(random.nextInt(12) == 0 ? "n/a" : String.valueOf(random.nextInt(11)))
          .append(',')
          .append(cell(pick(SEGMENTS, random), random))
          .append(',')
          .append(random.nextBoolean() ? "" : cell(pick(SEGMENTS, random), random))
          .append('\n');
    }
    return csv.toString();
  }
}
