package org.recovery.examples.demo;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes the demo's sample survey export (2,000 responses from 1,700 customers) and the matching
 * per-customer complaint file, deterministically: the same seed always gives the same bytes, which
 * a test checks against the files shipped in the jar.
 *
 * <p>Customers who complained and had their problem solved answer a little more warmly than those
 * who never complained (the service recovery paradox the demo's impact table shows); those left
 * unresolved mostly become detractors. About 1% of scores are blank and a few are junk, so the
 * rejected-row summary has something to say. Run {@link #main} to rewrite the files after changing
 * it.
 */
public final class SampleExportGenerator {

  /** The score column's header: the standard NPS question. */
  static final String SCORE_HEADER =
      "How likely is it that you would recommend us to a friend or colleague?";

  static final int CUSTOMERS = 1_700;
  static final int RESPONSES = 2_000;
  private static final long SEED = 20_261_124L;
  private static final Instant FROM = Instant.parse("2026-08-03T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-11-23T00:00:00Z");

  private static final String[] COUNTRIES = {"US", "GB", "DE", "ES", "FR", "BR"};
  private static final int[] COUNTRY_WEIGHTS = {35, 15, 15, 12, 13, 10};
  // How much warmer (or cooler) each country answers: added to the promoter share.
  private static final double[] COUNTRY_SHIFT = {0.03, 0.0, -0.05, 0.02, -0.02, 0.06};
  private static final String[] PRODUCTS = {
    "Garlic press", "Linen tea towel", "Espresso maker", "Trail running shoes", "Casserole"
  };
  private static final String[] CHANNELS = {"web", "app", "email"};
  private static final String[] JUNK = {"N/A", "10/10", "9.5", "11", "ten", "-1"};
  private static final String[] PROMOTER_COMMENTS = {
    "Fast delivery, great product",
    "Support fixed my problem in minutes.\nWill buy again!",
    "Love the \"premium\" packaging",
    ""
  };
  private static final String[] PASSIVE_COMMENTS = {
    "Fine, nothing special", "Good, but shipping took a while", ""
  };
  private static final String[] DETRACTOR_COMMENTS = {
    "Broke after a week",
    "Nobody answered my email, then \"sorry for any inconvenience\"",
    "Late again.\nThird time this year, so I'm done",
    ""
  };

  private SampleExportGenerator() {}

  /** What happened to a customer, as the recovery-impact table groups them. */
  enum Status {
    NEVER_COMPLAINED(0.45, 0.25),
    RESOLVED(0.55, 0.17),
    UNRESOLVED(0.15, 0.60);

    final double promoters;
    final double detractors;

    Status(double promoters, double detractors) {
      this.promoters = promoters;
      this.detractors = detractors;
    }
  }

  /** The two generated files' contents. */
  record Output(String export, String customers) {}

  /**
   * Generates both files.
   *
   * @return the export CSV and the customers CSV
   */
  static Output generate() {
    var random = new Random(SEED);
    var statuses = new Status[CUSTOMERS];
    var countries = new int[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      double r = random.nextDouble();
      statuses[c] =
          r < 0.78 ? Status.NEVER_COMPLAINED : r < 0.93 ? Status.RESOLVED : Status.UNRESOLVED;
      countries[c] = weighted(random, COUNTRY_WEIGHTS);
    }
    var rows = new ArrayList<Response>();
    long span = UNTIL.getEpochSecond() - FROM.getEpochSecond();
    for (int i = 0; i < RESPONSES; i++) {
      // Every customer answers once; the rest are second answers from random customers.
      int c = i < CUSTOMERS ? i : random.nextInt(CUSTOMERS);
      Instant at = FROM.plusSeconds((long) (random.nextDouble() * span));
      rows.add(
          new Response(
              i,
              c,
              at,
              COUNTRIES[countries[c]],
              PRODUCTS[random.nextInt(PRODUCTS.length)],
              CHANNELS[random.nextInt(CHANNELS.length)],
              random.nextDouble(),
              random.nextDouble(),
              random.nextInt(1_000),
              statuses[c],
              COUNTRY_SHIFT[countries[c]]));
    }
    rows.sort(Comparator.comparing(Response::at).thenComparing(Response::customer));
    var export = new ArrayList<List<String>>();
    export.add(
        List.of(
            "response_id",
            "customer_id",
            "submitted_at",
            "country",
            "product",
            "channel",
            SCORE_HEADER,
            "comment"));
    for (int i = 0; i < rows.size(); i++) {
      var r = rows.get(i);
      export.add(
          List.of(
              String.format("r-%05d", i + 1),
              customerId(r.customer()),
              r.at().toString(),
              r.country(),
              r.product(),
              r.channel(),
              r.scoreCell(),
              r.comment()));
    }
    var customers = new ArrayList<List<String>>();
    customers.add(List.of("customer_id", "complained", "resolved"));
    for (int c = 0; c < CUSTOMERS; c++) {
      customers.add(
          List.of(
              customerId(c),
              Boolean.toString(statuses[c] != Status.NEVER_COMPLAINED),
              Boolean.toString(statuses[c] == Status.RESOLVED)));
    }
    return new Output(csv(export), csv(customers));
  }

  /**
   * Rewrites the shipped files.
   *
   * @param args the resources directory, default {@code
   *     recovery-examples/src/main/resources/org/recovery/examples/demo}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(
            args.length > 0
                ? args[0]
                : "recovery-examples/src/main/resources/org/recovery/examples/demo");
    var files = generate();
    Files.writeString(dir.resolve("survey-export.csv"), files.export(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("customers.csv"), files.customers(), StandardCharsets.UTF_8);
  }

  static String customerId(int c) {
    return String.format("cust-%04d", c + 1);
  }

  private static int weighted(Random random, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int pick = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      pick -= weights[i];
      if (pick < 0) {
        return i;
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  private static String csv(List<List<String>> rows) {
    var mapper = new CsvMapper().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING);
    var schema = CsvSchema.emptySchema().withLineSeparator("\n");
    var out = new StringWriter();
    try (var writer = mapper.writer(schema).writeValues(out)) {
      for (var row : rows) {
        writer.write(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One generated response, before it is written. */
  private record Response(
      int index,
      int customer,
      Instant at,
      String country,
      String product,
      String channel,
      double draw,
      double quality,
      int pick,
      Status status,
      double shift) {

    String scoreCell() {
      if (quality < 0.009) {
        return "";
      }
      if (index % 331 == 17) {
        // One of each kind of junk, spread through the file.
        return JUNK[index / 331 % JUNK.length];
      }
      int score;
      double promoters = status.promoters + shift;
      double detractors = status.detractors - shift / 2;
      if (draw < promoters) {
        score = 9 + pick % 2;
      } else if (draw < 1 - detractors) {
        score = 7 + pick % 2;
      } else {
        // Detractors cluster at 5 and 6, with a long tail down to 0.
        int[] tail = {6, 6, 6, 5, 5, 4, 3, 2, 1, 0};
        score = tail[pick % tail.length];
      }
      return Integer.toString(score);
    }

    String comment() {
      String[] pool =
          draw < status.promoters + shift
              ? PROMOTER_COMMENTS
              : draw < 1 - (status.detractors - shift / 2) ? PASSIVE_COMMENTS : DETRACTOR_COMMENTS;
      return pool[(pick / 7) % pool.length];
    }
  }
}
