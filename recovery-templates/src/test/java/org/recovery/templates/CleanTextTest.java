package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.core.Complaint;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Replacement;

/**
 * The HTML renderer copies a string the composer marked clean without escaping it, so a mark must
 * never be wrong: every marked string holds nothing HTML escapes, whatever the customer and the
 * host supply.
 */
class CleanTextTest {
  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "Tom & Jerry",
          "\"quoted\" 'single'",
          "דנה כהן",
          "a\u2068b\u2069c",
          "emoji \uD83D\uDE00 and lone \uD800",
          "tab\tand\u0001control",
          "\uFFFE\uFFFF",
          "plain");

  @Test
  void noStringIsMarkedCleanThatIsNotInAnyToneLanguageOrAction() {
    List<String> wrong = new ArrayList<>();
    int marked = 0;
    for (String hostile : HOSTILE) {
      for (Locale locale : LetterFixtures.SHIPPED) {
        for (Tone tone : Tone.values()) {
          List<RecoveryAction> actions = new ArrayList<>(LetterFixtures.everyActionVariant());
          actions.add(new Investigation(LetterFixtures.SKU, Optional.of(hostile)));
          RecoveryPlan plan =
              LetterFixtures.plan(
                  tone,
                  actions,
                  List.of(
                      OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", hostile),
                      OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", hostile),
                      OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", hostile)));
          Letter letter =
              Letter.builder(complaint(locale, hostile), plan)
                  .secondLocale(Locale.ENGLISH)
                  .signature(hostile + " team")
                  .quoteMessage(true)
                  .build();
          marked += check(letter, wrong);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(marked).as("strings marked clean").isPositive();
  }

  @Test
  void anyValueAnywhereIsEscapedUnlessItIsClean() {
    Gen<String> values = strings().allPossible().ofLengthBetween(1, 12);
    qt().withExamples(300)
        .forAll(values, values, integers().between(0, LetterFixtures.SHIPPED.size() - 1))
        .checkAssert(
            (name, product, l) -> {
              Locale locale = LetterFixtures.SHIPPED.get(l);
              Complaint complaint =
                  complaint(locale, name).toBuilder()
                      .lines(
                          List.of(
                              OrderLine.of(
                                  LetterFixtures.SKU,
                                  "x" + product,
                                  "L" + name,
                                  1,
                                  LetterFixtures.PRICE)))
                      .build();
              RecoveryPlan plan =
                  LetterFixtures.plan(
                      Tone.FORMAL_APOLOGY,
                      List.of(
                          new Replacement(LetterFixtures.SKU, 1, LetterFixtures.days(1)),
                          new Investigation(LetterFixtures.SKU, Optional.of("L" + product))),
                      List.of(OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", name)));
              Letter letter =
                  Letter.builder(complaint, plan)
                      .signature("s" + product)
                      .quoteMessage(true)
                      .build();
              List<String> wrong = new ArrayList<>();
              check(letter, wrong);
              assertThat(wrong).isEmpty();
            });
  }

  private static Complaint complaint(Locale locale, String value) {
    Complaint base = LetterFixtures.complaint(locale, "x" + value, "said " + value);
    return base.toBuilder()
        .lines(
            List.of(
                OrderLine.of(
                    LetterFixtures.SKU, "p" + value, "L" + value, 2, LetterFixtures.PRICE)))
        .build();
  }

  /** Adds every wrongly marked string to {@code wrong}; returns how many strings were marked. */
  private static int check(Letter letter, List<String> wrong) {
    int marked = 0;
    for (LetterBody body : letter.bodies()) {
      for (LetterSection section : body.sections()) {
        for (List<String> texts : List.of(section.paragraphs(), section.steps())) {
          for (int i = 0; i < texts.size(); i++) {
            if (TextList.isClean(texts, i)) {
              marked++;
              if (!HtmlEscaper.isClean(texts.get(i))) {
                wrong.add(section.kind() + ": " + texts.get(i));
              }
            }
          }
        }
      }
    }
    return marked;
  }
}
