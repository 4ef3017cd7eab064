package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.Cause;
import org.recovery.core.IssueKind;
import org.recovery.core.Tone;
import org.recovery.core.action.FollowUp;

/** The wording rules fluent readers asked for, over every issue kind × tone of each language. */
class LetterWordingRulesTest {
  private static final Pattern FRENCH_TIME = Pattern.compile("\\d{1,2}\u00a0h\u00a0\\d{2}");
  private static final Pattern ANY_TIME = Pattern.compile("\\d{1,2}(:|\u00a0h\u00a0|h)\\d{2}");

  @Test
  void aSameDayFollowUpSaysLaterTodayWithoutAYear() {
    Instant soon = LetterFixtures.RECEIVED.plus(Duration.ofHours(3));
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.plan(
                    Tone.FORMAL_APOLOGY,
                    List.of(new FollowUp(soon, FollowUp.Why.CONFIRM_RESOLVED)),
                    List.of()))
            .build();

    assertThat(letter.toText()).contains("We will get in touch later today").doesNotContain("2026");
  }

  @Test
  void aFollowUpWithinTheWeekIsNamedByItsWeekday() {
    Instant monday = Instant.parse("2026-11-23T10:15:00Z");
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.GERMAN),
                LetterFixtures.plan(
                    Tone.FORMAL_APOLOGY,
                    List.of(new FollowUp(monday, FollowUp.Why.CONFIRM_ARRIVAL)),
                    List.of()))
            .build();

    assertThat(letter.toText()).contains("Wir fragen am Montag bei Ihnen nach");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "de", "pt"})
  void noFollowUpOrCheckInShowsTheYearOfArrival(String language) {
    for (IssueKind kind : IssueKind.values()) {
      for (Tone tone : Tone.values()) {
        String text = LetterCases.letter(kind, tone, language).toText();
        assertThat(text).as("%s %s %s", language, kind, tone).doesNotContain("2026");
      }
    }
  }

  @Test
  void wrongSizeLettersNeverSayTheItemYouOrdered() {
    for (Tone tone : Tone.values()) {
      assertThat(LetterCases.letter(IssueKind.WRONG_SIZE, tone, "en").toText())
          .doesNotContain("the item you ordered")
          .contains("the right size");
      assertThat(LetterCases.letter(IssueKind.WRONG_ITEM, tone, "en").toText())
          .contains("the item you ordered")
          .doesNotContain("the right size");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "de", "pt"})
  void lettersWithAnUnknownCauseNeverClaimAFoundCause(String language) {
    List<String> claims =
        List.of(
            "traced the problem",
            "tiene su origen",
            "identifié l'origine",
            "Ursache gefunden",
            "Já sabemos");
    for (IssueKind kind : IssueKind.values()) {
      if (LetterCases.cause(kind) != Cause.UNKNOWN) {
        continue;
      }
      for (Tone tone : Tone.values()) {
        String text = LetterCases.letter(kind, tone, language).toText();
        for (String claim : claims) {
          assertThat(text).as("%s %s %s", language, kind, tone).doesNotContain(claim);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "de", "pt"})
  void timesFollowEachLanguagesConvention(String language) {
    boolean sawATime = false;
    for (IssueKind kind : IssueKind.values()) {
      for (Tone tone : Tone.values()) {
        String text = LetterCases.letter(kind, tone, language).toText().replace('\n', ' ');
        var m = ANY_TIME.matcher(text);
        while (m.find()) {
          sawATime = true;
          String time = m.group();
          switch (language) {
            case "fr" -> assertThat(FRENCH_TIME.matcher(time).matches()).as(time).isTrue();
            case "pt" -> assertThat(time).matches("\\d{1,2}h\\d{2}");
            case "de" -> assertThat(text).contains(time + " Uhr");
            default -> assertThat(time).matches("\\d{1,2}:\\d{2}");
          }
        }
      }
    }
    assertThat(sawATime).as("some letter of %s names a time", language).isTrue();
  }

  @Test
  void lostParcelsAreNeverCalledLateNorLateOnesLost() {
    for (Tone tone : Tone.values()) {
      assertThat(LetterCases.letter(IssueKind.LOST_DELIVERY, tone, "en").toText())
          .doesNotContainIgnoringCase("late")
          .doesNotContain("delivery dates");
      assertThat(LetterCases.letter(IssueKind.LATE_DELIVERY, tone, "en").toText())
          .doesNotContain("lost")
          .doesNotContain("never arrived")
          .doesNotContain("in your hands");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "fr", "de", "pt"})
  void noGreetingGuessesTheCustomersGender(String language) {
    for (IssueKind kind : IssueKind.values()) {
      for (Tone tone : Tone.values()) {
        String greeting =
            LetterCases.letter(kind, tone, language).toText().lines().findFirst().orElseThrow();
        assertThat(greeting)
            .doesNotContain("Estimad")
            .doesNotContain("Cher ")
            .doesNotContain("Chère")
            .doesNotContain("Sehr geehrte")
            .doesNotContain("Prezad");
      }
    }
  }
}
