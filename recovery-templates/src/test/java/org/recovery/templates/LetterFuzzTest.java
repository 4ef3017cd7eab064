package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.recovery.core.Complaint;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;

/**
 * Writes letters with arbitrary text in every slot a host or a customer fills: name, message, sku,
 * product name, lot, order id, signature and the named owner. Every character that HTML treats
 * specially in a value is given a marker just before it, so that the rendered HTML shows whether
 * that character was escaped; the plain text never carries a control character other than a line
 * break. Committed inputs live under {@code LetterFuzzTestInputs/}.
 */
class LetterFuzzTest {
  /**
   * A character no phrase uses, put before every special character of a value and dropped from the
   * values themselves.
   */
  private static final char MARKER = '\u2603';

  /** A marked special character that reached the HTML unescaped. */
  private static final Pattern RAW =
      Pattern.compile(MARKER + "(?!&amp;|&lt;|&gt;|&quot;|&#39;)[<>&\"']");

  private static final List<Locale> LOCALES =
      List.of(Locale.ENGLISH, new Locale("es"), Locale.FRENCH, Locale.GERMAN, new Locale("pt"));

  @FuzzTest
  void valuesNeverBreakOutOfTheirText(FuzzedDataProvider data) {
    Locale locale = data.pickValue(LOCALES);
    Tone tone = data.pickValue(Tone.values());
    String name = value(data);
    String sku = value(data);
    String product = value(data);
    String lot = value(data);
    String owner = value(data);
    String signature = value(data);
    String orderId = value(data);
    String message = marked(data.consumeRemainingAsString());
    Letter letter;
    try {
      Complaint complaint =
          LetterFixtures.complaint(locale, name, message).toBuilder()
              .orderId(orderId)
              .lines(List.of(OrderLine.of(sku, product, lot, 1, LetterFixtures.PRICE)))
              .build();
      RecoveryPlan plan =
          LetterFixtures.plan(
              tone,
              List.of(
                  new Refund(LetterFixtures.PRICE, List.of(sku)),
                  new Replacement(sku, 1, LetterFixtures.days(1)),
                  new Guidance(Optional.of(sku), Guidance.Fallback.REPLACEMENT),
                  new ReturnRequest(sku, Optional.of(lot), true, true),
                  new Investigation(sku, Optional.of(lot)),
                  new Escalation(owner, Escalation.Why.REPEATED_FAILURES, LetterFixtures.days(1)),
                  new StopSaleReview(sku, owner)),
              List.of(
                  OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", owner),
                  OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG)));
      letter =
          Letter.builder(complaint, plan)
              .secondLocale(Locale.ENGLISH)
              .signature(signature)
              .quoteMessage(true)
              .build();
    } catch (IllegalArgumentException rejected) {
      // a value the model refuses (blank, too long, malformed): nothing to render
      return;
    }

    String html = letter.toHtml();
    assertThat(RAW.matcher(html).find()).as("unescaped value character in %s", html).isFalse();
    assertThat(letter.toText().chars().filter(c -> c != '\n' && Character.isISOControl(c)))
        .as("control characters in the text")
        .isEmpty();
    assertThat(letter.toMarkdown()).isNotBlank();
  }

  private static String value(FuzzedDataProvider data) {
    return marked(data.consumeString(40));
  }

  private static String marked(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == MARKER) {
        // a marker in the value itself would stand before the letter's own markup
        continue;
      }
      if ("<>&\"'".indexOf(c) >= 0) {
        out.append(MARKER);
      }
      out.append(c);
    }
    return out.toString();
  }
}
