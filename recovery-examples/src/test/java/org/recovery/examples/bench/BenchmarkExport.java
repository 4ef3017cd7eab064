package org.recovery.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes the benchmark survey export: a realistic, deterministic CSV of any number of rows (10
 * million rows is about 1.8 GB). Columns: response_id, survey_id, submitted_at (ISO-8601 UTC,
 * spread over one year in time order), email, country, language, product, channel, device, score,
 * duration_sec, comment. About 1% of scores are blank and 0.1% junk ({@code ten}, {@code 10/10},
 * {@code 9.5}, {@code 11}, {@code -1}, {@code N/A}); comments hold quoted commas, doubled quotes,
 * embedded LF and CRLF line breaks and non-ASCII text. Lines end with LF.
 *
 * <p>Run {@code main} with the path and the number of rows.
 */
public final class BenchmarkExport {

  /** The header row. */
  static final String HEADER =
      "response_id,survey_id,submitted_at,email,country,language,product,channel,device,score,"
          + "duration_sec,comment\n";

  private static final String[] COUNTRIES = {
    "US", "US", "US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "BR", "MX", "CA", "AU", "JP", "IN"
  };
  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "it", "nl", "sv", "pt", "ja"};
  private static final String[] PRODUCTS = {
    "Garlic press",
    "Linen tea towel",
    "Espresso maker",
    "Trail running shoes",
    "Casserole",
    "Kettle"
  };
  private static final String[] CHANNELS = {"email", "web", "app", "sms"};
  private static final String[] DEVICES = {"desktop", "mobile", "tablet"};
  private static final String[] JUNK = {"ten", "10/10", "9.5", "11", "-1", "N/A"};
  private static final String[] COMMENTS = {
    "\"Fast delivery, great product\"",
    "\"Support fixed my problem in minutes, thank you\"",
    "\"Love the \"\"premium\"\" packaging but the lid is loose\"",
    "\"Arrived late.\nThird time this year, so I'm done\"",
    "\"Crème brûlée torch works; the manual, however, is in Swedish only\"",
    "Everything worked exactly as described and setup took less than ten minutes",
    "\"Nobody answered my email, then \"\"sorry for any inconvenience\"\"\"",
    "\"Good value overall.\r\nThe app keeps logging me out\"",
    "",
    "\"Fine, nothing special\"",
    "Would buy again from this shop for my whole family without hesitation at all",
    "\"Broke after a week, replacement arrived the next day, which was great\""
  };
  private static final long FROM = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
  private static final long YEAR = 365L * 24 * 3600;

  private BenchmarkExport() {}

  /**
   * Writes the export.
   *
   * @param args the target path and the number of rows (default 10,000,000)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: BenchmarkExport FILE [ROWS]");
      System.exit(2);
    }
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    write(Path.of(args[0]), rows, 20_261_124L);
  }

  /**
   * Writes {@code rows} data rows; the same seed and row count always give the same bytes.
   *
   * @param file the target
   * @param rows the number of data rows
   * @param seed the random seed
   * @throws IOException when the file cannot be written
   */
  static void write(Path file, long rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder row = new StringBuilder(256);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
      out.write(HEADER.getBytes(StandardCharsets.UTF_8));
      for (long i = 0; i < rows; i++) {
        row.setLength(0);
        long at = FROM + i * YEAR / Math.max(1, rows) + random.nextInt(600);
        row.append("R_").append(Long.toString(0x10000000L + i * 7919L % 0x7FFFFFFFL, 36));
        row.append(Long.toString(0x40000000L + random.nextInt(0x3FFFFFFF), 36));
        row.append(",SV_").append(1000 + random.nextInt(20)).append(',');
        timestamp(row, at);
        row.append(",respondent")
            .append(random.nextInt(3_000_000))
            .append("@customers.example.com,");
        row.append(pick(random, COUNTRIES)).append(',');
        row.append(pick(random, LANGUAGES)).append(',');
        row.append(pick(random, PRODUCTS)).append(',');
        row.append(pick(random, CHANNELS)).append(',');
        row.append(pick(random, DEVICES)).append(',');
        int p = random.nextInt(1000);
        if (p < 10) {
          row.append("");
        } else if (p == 10) {
          row.append(pick(random, JUNK));
        } else {
          row.append(score(random));
        }
        row.append(',').append(20 + random.nextInt(900)).append(',');
        row.append(pick(random, COMMENTS)).append('\n');
        out.write(row.toString().getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private static int score(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 42) {
      return 9 + random.nextInt(2);
    }
    if (r < 72) {
      return 7 + random.nextInt(2);
    }
    return random.nextInt(7);
  }

  private static void timestamp(StringBuilder row, long epochSecond) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
    row.append(t.getYear()).append('-');
    two(row, t.getMonthValue()).append('-');
    two(row, t.getDayOfMonth()).append('T');
    two(row, t.getHour()).append(':');
    two(row, t.getMinute()).append(':');
    two(row, t.getSecond()).append('Z');
  }

  private static StringBuilder two(StringBuilder row, int value) {
    return row.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
