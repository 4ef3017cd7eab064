package org.recovery.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.json.RecoveryJson;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.impact.RecoveryImpact;
import org.recovery.nps.io.ComplaintRecords;
import org.recovery.nps.io.SurveyReader;
import org.recovery.templates.Letter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recovery demo}: the whole story on sample data shipped in the jar. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Run the whole story on sample data shipped in the jar.",
    description =
        "Run the whole story on sample data shipped in the jar: six complaints (broken item,"
            + " wrong size, usage difficulty, poor quality, a customer's third incident, an angry"
            + " one-star review), their plans and letters, then the NPS report of a 2,000-row"
            + " survey export with its recovery-impact table.")
final class DemoCommand implements Callable<Integer> {

  /** Where the samples live in the jar. */
  static final String SAMPLES = "/org/recovery/examples/demo/";

  /**
   * One seed case.
   *
   * @param name the file name without {@code .json}
   * @param title what the case shows
   */
  record Case(String name, String title) {}

  /** The seed cases, in the order the story tells them. */
  static final List<Case> CASES =
      List.of(
          new Case("1-broken-item", "A broken item: replace it now, ask (never require) it back"),
          new Case("2-wrong-size", "The customer's own mistake: the right size, no blame"),
          new Case("3-usage-difficulty", "Can't make it work: help, with a committed fallback"),
          new Case("4-poor-quality", "Poor quality, 2 x 19.00 USD: refund 38.00 USD at once"),
          new Case("5-third-incident", "A third failure in three months: a named owner, RED"),
          new Case("6-angry-review", "An angry one-star app review: answer within minutes"));

  /** Every sample file shipped in the jar, for {@code --samples}. */
  static final List<String> FILES = files();

  @Spec @Nullable CommandSpec spec;

  @Option(
      names = "--samples",
      paramLabel = "DIR",
      description =
          "Instead of running the demo, write its sample files (complaints, histories, survey"
              + " export, customers, a draft reply) to DIR, to try the other commands on them.")
  @Nullable Path samples;

  private static List<String> files() {
    var names = new ArrayList<String>();
    for (Case c : CASES) {
      names.add(c.name() + ".json");
      names.add(c.name() + ".history.json");
    }
    names.add("survey-export.csv");
    names.add("customers.csv");
    names.add("draft-reply.txt");
    return List.copyOf(names);
  }

  @Override
  public Integer call() {
    var out = Objects.requireNonNull(spec, "spec").commandLine().getOut();
    if (samples != null) {
      writeSamples(samples, out);
      return RecoveryCommand.OK;
    }
    out.println("Recovery demo: six complaints, their plans and letters, then the NPS of a");
    out.println("2,000-row survey export. All data ships in the jar; each decision is made as");
    out.println("of the complaint's arrival, with the default policy.");
    var policy = RecoveryPolicy.defaults();
    var json = RecoveryJson.defaults();
    for (int i = 0; i < CASES.size(); i++) {
      Case c = CASES.get(i);
      Complaint complaint = json.readComplaint(resource(c.name() + ".json"));
      CustomerHistory history = json.readHistory(resource(c.name() + ".history.json"));
      RecoveryPlan plan = policy.decide(complaint, history, complaint.receivedAt());
      heading(out, (i + 1) + "/" + CASES.size() + "  " + c.title());
      out.printf(
          Locale.ROOT,
          "%s from %s by %s: %s, %s, %s customer, cause %s; %d earlier incident%s on file%n",
          complaint.id(),
          complaint.customer().id(),
          complaint.channel(),
          complaint.kind(),
          complaint.severity(),
          complaint.mood(),
          complaint.cause(),
          history.incidents().size(),
          history.incidents().size() == 1 ? "" : "s");
      complaint
          .rating()
          .ifPresent(r -> out.println("rating: " + r + " star" + (r == 1 ? "" : "s")));
      out.println("\"" + complaint.message() + "\"");
      out.println();
      out.println("PLAN");
      out.print(PlanSummary.of(complaint, plan));
      out.println();
      var letter = Letter.builder(complaint, plan);
      if (!complaint.language().getLanguage().equals("en")) {
        letter.secondLocale(Locale.ENGLISH);
      }
      out.println("LETTER");
      out.print(letter.build().toText());
    }
    nps(out);
    return RecoveryCommand.OK;
  }

  private static void nps(PrintWriter out) {
    var estimation = Estimation.defaults();
    ComplaintRecords customers =
        ComplaintRecords.read(
            new InputStreamReader(stream("customers.csv"), StandardCharsets.UTF_8),
            "customer_id",
            "complained",
            "resolved");
    var impact = RecoveryImpact.of(customers, NpsScale.defaults(), estimation).tally();
    var reader =
        SurveyReader.builder()
            .scoreColumn("How likely is it that you would recommend us to a friend or colleague?")
            .respondentColumn("customer_id")
            .timestampColumn("submitted_at")
            .segmentColumns("country")
            .period(PeriodUnit.MONTH)
            .estimation(estimation)
            .onResponse(impact::add)
            .build();
    NpsReport report;
    try (InputStream in = stream("survey-export.csv")) {
      report = reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    heading(out, "NPS of survey-export.csv, by country and by month");
    out.println("The same report as: recovery nps survey-export.csv --by country --period month");
    out.println("  --timestamp submitted_at --id customer_id --impact customers.csv");
    out.println();
    out.print(NpsTable.of(report));
    out.println();
    out.print(NpsTable.rejected(report, 3));
    out.print(ImpactTable.of(impact.report()));
    out.println();
    out.println("Customers whose problem was solved answer more warmly than those who never had");
    out.println("one; those left unresolved become detractors. That is the case for recovery.");
  }

  private static void writeSamples(Path dir, PrintWriter out) {
    try {
      Files.createDirectories(dir);
      for (String name : FILES) {
        Path file = dir.resolve(name);
        if (Files.exists(file)) {
          throw new UnusableInputException(
              "cannot write " + file + ": it exists; choose an empty directory");
        }
        try (InputStream in = stream(name)) {
          Files.copy(in, file);
        }
        out.println(file);
      }
    } catch (IOException e) {
      throw new UnusableInputException(
          "cannot write the samples to " + dir + ": " + CommandFailures.oneLine(e.getMessage()), e);
    }
  }

  private static void heading(PrintWriter out, String title) {
    out.println();
    out.println("=".repeat(72));
    out.println(title);
    out.println("=".repeat(72));
  }

  private static String resource(String name) {
    try (InputStream in = stream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream stream(String name) {
    InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES + name);
    if (in == null) {
      throw new IllegalStateException("the jar lacks its sample " + SAMPLES + name);
    }
    return in;
  }
}
