package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Severity;
import org.recovery.core.Tone;

/**
 * Properties of letters for real plans over every issue kind, cause, mood, severity, tone,
 * language, number of earlier failures, quantity and naming of products: the rules of tone and
 * register the practice asks for, and no internal code ever shown.
 */
class LetterCombinationsTest {
  private static final String LOT = "LOT-7731";
  private static final String ORDER = "ORD-55120";
  private static final String SKU = "SKU-4410";

  /** The word for patience in each language; none may be said to an angry customer. */
  private static final Map<String, String> PATIENCE =
      Map.of(
          "en", "patience", "es", "paciencia", "fr", "patience", "de", "geduld", "pt", "paciência");

  /** Informal address, which formal letters must not use. */
  private static final Map<String, Pattern> INFORMAL =
      Map.of(
          "en", Pattern.compile("(?!)"),
          "es", Pattern.compile("(?iu)(?<!\\p{L})(tu|tus|te|ti|contigo|tú)(?!\\p{L})"),
          "fr", Pattern.compile("(?iu)(?<!\\p{L})(tu|toi|ton|ta|tes|t')(?!\\p{L})"),
          "de",
              Pattern.compile(
                  "(?iu)(?<!\\p{L})(du|dich|dir|dein|deine|deinen|deinem|euch)(?!\\p{L})"),
          "pt", Pattern.compile("(?iu)(?<!\\p{L})(tu|teu|tua|teus|tuas|contigo)(?!\\p{L})"));

  /** One complaint, its history and the letter's options. */
  private record Case(
      IssueKind kind,
      Cause cause,
      Mood mood,
      Severity severity,
      String language,
      int earlier,
      boolean withLine,
      int quantity,
      boolean localName,
      boolean givenName,
      Optional<Tone> tone) {

    Complaint complaint() {
      Customer customer =
          Customer.of("cust-9", "Liu Wei", "liu@example.com", Locale.forLanguageTag(language));
      if (givenName) {
        customer = customer.withGivenName("Wei");
      }
      var b =
          Complaint.builder()
              .id("c-77")
              .customer(customer)
              .receivedAt(LetterCases.RECEIVED)
              .channel(Channel.EMAIL)
              .kind(kind)
              .severity(severity)
              .mood(mood)
              .cause(cause)
              .orderId(ORDER)
              .language(Locale.forLanguageTag(language));
      if (withLine) {
        OrderLine line =
            new OrderLine(SKU, "Kettle", Optional.of(LOT), quantity, Money.of("30.00", "EUR"));
        b.line(localName ? line.withLocalName("hervidor") : line);
      }
      return b.build();
    }

    CustomerHistory history() {
      List<Incident> incidents = new ArrayList<>();
      for (int i = 0; i < earlier; i++) {
        incidents.add(
            new Incident(
                "c-" + i,
                LetterCases.RECEIVED.minus(20L + 30L * i, ChronoUnit.DAYS),
                IssueKind.DAMAGED,
                true,
                Optional.empty(),
                true));
      }
      return new CustomerHistory("cust-9", incidents);
    }
  }

  private static <T> Gen<T> oneOf(List<T> values) {
    return integers().between(0, values.size() - 1).map(values::get);
  }

  private static Gen<Case> cases() {
    Gen<IssueKind> kinds = oneOf(List.of(IssueKind.values()));
    Gen<Cause> causes = oneOf(List.of(Cause.values()));
    Gen<Mood> moods = oneOf(List.of(Mood.values()));
    Gen<Severity> severities = oneOf(List.of(Severity.values()));
    Gen<String> languages = oneOf(LetterCases.LANGUAGES);
    Gen<Optional<Tone>> tones =
        oneOf(
            List.of(
                Optional.<Tone>empty(),
                Optional.of(Tone.FRIENDLY_FIX),
                Optional.of(Tone.FORMAL_APOLOGY)));
    return in ->
        new Case(
            kinds.generate(in),
            causes.generate(in),
            moods.generate(in),
            severities.generate(in),
            languages.generate(in),
            integers().between(0, 3).generate(in),
            booleans().all().generate(in),
            integers().between(1, 3).generate(in),
            booleans().all().generate(in),
            booleans().all().generate(in),
            tones.generate(in));
  }

  private static Letter letter(Case c, RecoveryPlan plan) {
    var b = Letter.builder(c.complaint(), plan).zone(LetterCases.zone(c.language()));
    c.tone().ifPresent(b::tone);
    return b.build();
  }

  @Test
  void everyLetterKeepsTheRulesOfToneRegisterAndDiscretion() {
    qt().withExamples(1500)
        .forAll(cases())
        .checkAssert(
            c -> {
              RecoveryPlan plan =
                  RecoveryPolicy.defaults()
                      .decide(c.complaint(), c.history(), LetterCases.RECEIVED);
              Letter letter = letter(c, plan);
              String text = letter.bodies().get(0).plainText();
              String lower = text.toLowerCase(Locale.ROOT);
              Locale locale = Locale.forLanguageTag(c.language());
              PhraseBook.Language pack = PhraseBook.defaults().language(locale).orElseThrow();
              boolean first =
                  plan.ownership().stream()
                      .noneMatch(s -> s.key() == OwnershipKey.NOT_THE_FIRST_TIME);

              assertThat(text).as("%s", c).doesNotContain(LOT, ORDER, SKU, "customer-care");
              if (text.contains("\uD83D\uDE42")) {
                assertThat(c.mood()).as("%s", c).isEqualTo(Mood.CALM);
                assertThat(first).as("%s", c).isTrue();
                assertThat(letter.tone()).isEqualTo(Tone.FRIENDLY_FIX);
              }
              if (c.mood() == Mood.ANGRY) {
                assertThat(lower).as("%s", c).doesNotContain(PATIENCE.get(c.language()));
              }
              String noReturn = pack.phrase(letter.tone(), Catalog.STEP_NO_RETURN).constant;
              if (text.contains(noReturn)) {
                assertThat(c.withLine()).as("%s", c).isTrue();
                assertThat(c.kind())
                    .as("%s", c)
                    .isNotIn(
                        IssueKind.BILLING_ERROR,
                        IssueKind.SERVICE_FAILURE,
                        IssueKind.ACCOUNT_PROBLEM,
                        IssueKind.STAFF_CONDUCT,
                        IssueKind.LOST_DELIVERY,
                        IssueKind.OTHER);
              }
              if (letter.tone() == Tone.FORMAL_APOLOGY) {
                assertThat(INFORMAL.get(c.language()).matcher(text).find())
                    .as("informal address in a formal letter: %s\n%s", c, text)
                    .isFalse();
                assertThat(text).as("%s", c).contains("Liu Wei");
              } else if (!c.givenName()) {
                assertThat(text.lines().findFirst().orElseThrow())
                    .as("a given name is never guessed: %s", c)
                    .contains("Liu Wei");
              }
              assertThat(OwnershipChecker.defaults().check(text, locale))
                  .as("%s\n%s", c, text)
                  .isEmpty();
            });
  }
}
