package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Checks arbitrary drafts: the checker never throws, and every finding lies inside the draft, says
 * where it starts and quotes the text it spans; checking time grows linearly with the draft.
 * Committed inputs live under {@code OwnershipCheckerFuzzTestInputs/}.
 */
class OwnershipCheckerFuzzTest {
  private static final OwnershipChecker CHECKER = OwnershipChecker.defaults();
  private static final List<Locale> LOCALES =
      List.of(
          Locale.ENGLISH,
          new Locale("es"),
          Locale.FRENCH,
          Locale.GERMAN,
          new Locale("pt"),
          Locale.forLanguageTag("pt-BR"),
          Locale.JAPANESE);

  @FuzzTest
  void findingsLieInsideTheDraft(FuzzedDataProvider data) {
    Locale locale = data.pickValue(LOCALES);
    String draft = data.consumeRemainingAsString();

    List<Finding> findings = CHECKER.check(draft, locale);

    int previous = 0;
    for (Finding f : findings) {
      assertThat(f.start()).isGreaterThanOrEqualTo(previous);
      assertThat(f.end()).isLessThanOrEqualTo(draft.length());
      assertThat(f.text()).isEqualTo(draft.substring(f.start(), f.end()));
      assertThat(f.line()).isEqualTo(lineOf(draft, f.start()));
      previous = f.start();
    }
  }

  @Test
  void checkingTimeGrowsLinearlyWithTheDraft() {
    // Text built to make a backtracking pattern work hard: near-misses of every category, no
    // line breaks, long runs of letters and spaces. Best of three runs each, so that a busy
    // machine does not decide the outcome; a linear checker takes 16 times as long for 16 times
    // the text, a quadratic one 256 times.
    String unit =
        "I'm sorry if you feel that you should have read the instructions, unfortunately our"
            + " policy as I said before is that you must understand, obviously    aaaaaaaa ";
    String megabyte = unit.repeat((1 << 20) / unit.length() + 1);
    String small = megabyte.substring(0, 1 << 16);

    long smallNanos = bestOfThree(small);
    long megabyteNanos = bestOfThree(megabyte);

    assertThat(megabyteNanos).as("nanoseconds for 1 MB").isLessThan(40 * smallNanos + 50_000_000L);
    assertThat(megabyteNanos / 1_000_000).as("milliseconds for 1 MB").isLessThan(3_000);
  }

  private static long bestOfThree(String draft) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      assertThat(CHECKER.check(draft, Locale.ENGLISH)).isNotEmpty();
      best = Math.min(best, System.nanoTime() - start);
    }
    return best;
  }

  /** The 1-based line of an offset, counting LF, CRLF and CR as one break each. */
  private static int lineOf(String draft, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = draft.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= draft.length() || draft.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
