package org.recovery.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * Writes a realistic, deterministic survey export for the NPS benchmark: the same row count and
 * seed always give the same bytes. Columns: {@code response_id, survey_id, submitted_at, email,
 * country, language, product, channel, device, score, duration_sec, comment}. About 1% of scores
 * are blank and 0.1% junk ({@code N/A}, {@code ten}, {@code 10/10}, {@code 9.5}, {@code 7.5},
 * {@code 11}, {@code -1}); comments hold quoted commas, doubled quotes, embedded LF and CRLF, and
 * now and then a lone CR inside the quoted last field. Timestamps are ISO-8601 UTC over 2026. Lines
 * end with LF. 10 M rows is about 1.8 GB.
 *
 * <pre>java -cp … org.recovery.examples.bench.ExportGenerator 10000000 /tmp/nps-10m.csv [seed]
 * </pre>
 */
public final class ExportGenerator {
  static final String HEADER =
      "response_id,survey_id,submitted_at,email,country,language,product,channel,device,score,"
          + "duration_sec,comment";

  private static final String[] COUNTRIES = {
    "US", "GB", "DE", "FR", "ES", "IT", "NL", "SE", "BR", "MX", "CA", "AU", "JP", "IN", "PL", "IE"
  };
  private static final String[] LANGUAGES = {
    "en", "en", "de", "fr", "es", "it", "nl", "sv", "pt", "es", "en", "en", "ja", "en", "pl", "en"
  };
  private static final String[] PRODUCTS = {
    "Garlic press",
    "Linen tea towel",
    "Espresso maker",
    "Trail running shoes",
    "Casserole",
    "Chef's knife",
    "Cast-iron pan",
    "Water bottle"
  };
  private static final String[] SURVEYS = {
    "SV_0OqNx1Ja8Ck4XfM", "SV_3kX9aB12cD7eFgH", "SV_8dTqLmW2pZ5rYuV", "SV_bQ1sE4gH6jK9lNo"
  };
  private static final String[] CHANNELS = {"web", "app", "email", "sms"};
  private static final String[] DEVICES = {"desktop", "mobile", "tablet"};
  private static final String[] JUNK = {"N/A", "ten", "10/10", "9.5", "7.5", "11", "-1"};
  private static final String[] COMMENTS = {
    "",
    "Great product",
    "Fast delivery, great product, will buy again",
    "Love the \"premium\" packaging",
    "Broke after a week.\nSupport was slow, but polite",
    "Arrived late, box damaged, item fine",
    "Not what I expected\r\nwould not recommend",
    "\"Perfect\", said my wife",
    "ok",
    "The handle came loose after two uses; I had to return it, which took three weeks",
    "Good value",
    "I ordered the blue one, got the green one; customer service sent the right colour the same"
        + " day and told me to keep the other. That is how you keep a customer.",
    "Quality is fine but the price went up 20% since last year, and delivery now costs extra",
    "meh\rlone CR",
  };

  private ExportGenerator() {}

  /**
   * Writes an export.
   *
   * @param args the number of rows, the output path and optionally the seed (default 42)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ExportGenerator ROWS OUTPUT.csv [SEED]");
      System.exit(2);
    }
    long rows = Long.parseLong(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
    try (Writer w =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      write(w, rows, seed);
    }
    System.out.printf("wrote %d rows, %d bytes to %s%n", rows, Files.size(out), out);
  }

  /**
   * Writes the export to a writer.
   *
   * @param w where to write
   * @param rows the number of data rows
   * @param seed the random seed
   * @throws IOException if writing fails
   */
  static void write(Writer w, long rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    long start = LocalDateTime.of(2026, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    long span = 365L * 24 * 3600;
    StringBuilder line = new StringBuilder(256);
    w.write(HEADER);
    w.write('\n');
    for (long i = 0; i < rows; i++) {
      line.setLength(0);
      int c = pickCountry(random);
      long h = (i + 1) * 0x9E3779B97F4A7C15L;
      line.append("R_").append(Long.toString(h >>> 1, 36)).append(',');
      line.append(SURVEYS[random.nextInt(SURVEYS.length)]).append(',');
      long t = start + (long) (span * (double) i / Math.max(1, rows)) + random.nextInt(600);
      line.append(LocalDateTime.ofEpochSecond(t, 0, ZoneOffset.UTC)).append('Z').append(',');
      line.append("customer.").append(random.nextInt(5_000_000)).append("@mail.example.com,");
      line.append(COUNTRIES[c]).append(',').append(LANGUAGES[c]).append(',');
      String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
      line.append(product.indexOf(',') >= 0 ? "\"" + product + "\"" : product).append(',');
      line.append(CHANNELS[random.nextInt(CHANNELS.length)]).append(',');
      line.append(DEVICES[random.nextInt(DEVICES.length)]).append(',');
      double u = random.nextDouble();
      if (u < 0.01) {
        // blank score
      } else if (u < 0.011) {
        line.append(JUNK[random.nextInt(JUNK.length)]);
      } else {
        line.append(score(random, c));
      }
      line.append(',').append(20 + random.nextInt(600)).append(',');
      String comment = COMMENTS[random.nextInt(COMMENTS.length)];
      if (!comment.isEmpty()) {
        line.append('"').append(comment.replace("\"", "\"\"")).append('"');
      }
      line.append('\n');
      w.append(line);
    }
  }

  private static int pickCountry(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 30) {
      return 0;
    }
    if (r < 42) {
      return 1;
    }
    if (r < 52) {
      return 2;
    }
    return 3 + random.nextInt(COUNTRIES.length - 3);
  }

  private static int score(SplittableRandom random, int country) {
    double shift = (country % 5 - 2) * 0.02;
    double u = random.nextDouble();
    if (u < 0.42 + shift) {
      return 9 + random.nextInt(2);
    }
    if (u < 0.72 + shift) {
      return 7 + random.nextInt(2);
    }
    return random.nextInt(7);
  }
}
