package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Tone;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;

/**
 * How letters word counts and days: quantities and repeat counts in the pack's words up to where
 * its list ends and in digits beyond, and a deadline within the week by its weekday.
 */
class LetterCountsAndDaysTest {

  /** The complaint arrived on Friday 20 November 2026. */
  private static String steps(RecoveryAction... actions) {
    return Letter.builder(
            LetterFixtures.complaint(Locale.ENGLISH),
            LetterFixtures.plan(Tone.FORMAL_APOLOGY, List.of(actions), List.of()))
        .build()
        .toText(500);
  }

  private static String explanation(OwnershipStatement... statements) {
    return Letter.builder(
            LetterFixtures.complaint(Locale.ENGLISH),
            LetterFixtures.plan(Tone.FORMAL_APOLOGY, List.of(), List.of(statements)))
        .build()
        .toText(500);
  }

  @ParameterizedTest(name = "{0} items read \"{1}\"")
  @CsvSource({"2, two", "3, three", "11, eleven", "12, twelve", "13, 13", "25, 25"})
  void quantitiesAreWordsUpToTheLastTheListNamesAndDigitsBeyond(int quantity, String words) {
    assertThat(
            steps(new Replacement(LetterFixtures.SKU, quantity, LetterFixtures.days(40)))
                .lines()
                .filter(l -> l.startsWith("1. ")))
        .containsExactly(
            "1. We are sending you replacements for your "
                + words
                + " \u201cGarlic press\u201d items, at no cost to you; they will leave our"
                + " warehouse by December 30. There is no need to send anything back.");
  }

  @ParameterizedTest(name = "\"{0}\" reads \"{1}\"")
  @CsvSource({
    "1, once",
    "2, twice",
    "10, ten times",
    "11, 11 times",
    "1000, '1,000 times'",
    "several, several times"
  })
  void repeatCountsAreWordsWhileTheListLastsThenDigitsAndOtherWordsStayAsGiven(
      String count, String words) {
    assertThat(explanation(OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", count)))
        .contains("We have now let you down " + words + ", and that is not acceptable.");
  }

  @Test
  void twoRepeatCountsInOneLetterEachReadOnTheirOwn() {
    assertThat(
            explanation(
                OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", "11"),
                OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", "12")))
        .contains(
            "We have now let you down 11 times, and that is not acceptable. We have now let you"
                + " down 12 times, and that is not acceptable.");
  }

  @Test
  void aDeadlineLaterInTheWeekIsNamedByItsWeekday() {
    String text =
        steps(
            new Replacement(LetterFixtures.SKU, 1, LetterFixtures.days(3)),
            new Reship(LetterFixtures.SKU, 1, LetterFixtures.days(6), false));

    assertThat(text)
        .contains("it will leave our warehouse by Monday.")
        .contains("it will leave our warehouse by Thursday.");
  }

  @Test
  void aDeadlineLaterInTheWeekIsNamedByItsWeekdayInTheCustomersLanguage() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.GERMAN),
                LetterFixtures.plan(
                    Tone.FORMAL_APOLOGY,
                    List.of(new Replacement(LetterFixtures.SKU, 1, LetterFixtures.days(3))),
                    List.of()))
            .build();

    assertThat(letter.toText(500)).contains("bis Montag").doesNotContain("Monday");
  }

  @Test
  void anExchangeOfOneOrSeveralItemsReadsInTheMatchingNumber() {
    assertThat(steps(new Exchange(LetterFixtures.SKU, 1, LetterFixtures.days(40))))
        .contains(
            "We are sending you the right item in place of the one you received, at no cost to"
                + " you; it will leave our warehouse by December 30.");
    assertThat(steps(new Exchange(LetterFixtures.SKU, 2, LetterFixtures.days(40))))
        .contains(
            "We are sending you the right items in place of the ones you received, at no cost"
                + " to you; they will leave our warehouse by December 30.");
  }

  @Test
  void aReturnOfAProductNotOnTheOrderAsksForOneItem() {
    assertThat(steps(new ReturnRequest("XX-1", Optional.empty(), true, false)))
        .contains("we would like to examine your item \u201cXX-1\u201d, so we can find out");
  }
}
