package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recovery.core.Cause;
import org.recovery.core.IssueKind;
import org.recovery.core.OwnershipKey;
import org.recovery.core.Tone;
import org.recovery.core.action.RecoveryAction;

/** Every letter the builder writes passes the ownership checker in its own language. */
class LetterPassesCheckerTest {
  private final OwnershipChecker checker = OwnershipChecker.defaults();

  @Test
  void everyToneLanguageAndActionPassesTheChecker() {
    List<String> failures = new ArrayList<>();
    for (Locale locale : LetterFixtures.SHIPPED) {
      for (Tone tone : Tone.values()) {
        for (RecoveryAction action : LetterFixtures.everyActionVariant()) {
          Letter letter =
              Letter.builder(
                      LetterFixtures.complaint(locale),
                      LetterFixtures.plan(tone, List.of(action), List.of()))
                  .build();
          collect(letter, tone + " " + action, failures);
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyOwnershipStatementKindAndCausePassesTheChecker() {
    List<String> failures = new ArrayList<>();
    for (Locale locale : LetterFixtures.SHIPPED) {
      for (Tone tone : Tone.values()) {
        for (OwnershipKey key : OwnershipKey.values()) {
          Letter letter =
              Letter.builder(
                      LetterFixtures.complaint(locale),
                      LetterFixtures.plan(
                          tone,
                          LetterFixtures.everyActionType(),
                          List.of(LetterFixtures.statement(key))))
                  .build();
          collect(letter, tone + " " + key, failures);
        }
        for (IssueKind kind : IssueKind.values()) {
          for (Cause cause : Cause.values()) {
            for (boolean lines : new boolean[] {true, false}) {
              Letter letter =
                  Letter.builder(
                          LetterFixtures.complaint(locale, kind, cause, lines),
                          LetterFixtures.plan(tone, List.of(), List.of()))
                      .build();
              collect(letter, tone + " " + kind + " " + cause + " lines=" + lines, failures);
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void bilingualLettersPassInBothLanguages() {
    List<String> failures = new ArrayList<>();
    for (Locale locale : LetterFixtures.SHIPPED) {
      for (Tone tone : Tone.values()) {
        Letter letter =
            Letter.builder(LetterFixtures.complaint(locale), LetterFixtures.everything(tone))
                .secondLocale(Locale.ENGLISH)
                .build();
        collect(letter, tone + " bilingual", failures);
      }
    }
    assertThat(failures).isEmpty();
  }

  private void collect(Letter letter, String what, List<String> failures) {
    for (LetterBody body : letter.bodies()) {
      for (Finding f : checker.check(body.plainText(), body.locale())) {
        failures.add(body.locale() + " " + what + ": " + f);
      }
    }
  }
}
