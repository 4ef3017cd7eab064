package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recovery.core.Money;

/**
 * Numbers written through a layout read exactly as the JDK's own formats write them, in every
 * locale the JDK has: money in currencies with 0, 2 and 3 decimals, whole numbers and percentages.
 */
class DigitLayoutTest {
  private static final List<Locale> LOCALES = List.of(Locale.getAvailableLocales());
  private static final List<Currency> CURRENCIES =
      List.of(
          Currency.getInstance("USD"),
          Currency.getInstance("EUR"),
          Currency.getInstance("JPY"),
          Currency.getInstance("BHD"),
          Currency.getInstance("INR"),
          Currency.getInstance("CHF"),
          Currency.getInstance("BRL"),
          Currency.getInstance("SAR"));
  private static final long[] EDGES = {
    0,
    1,
    9,
    10,
    99,
    100,
    999,
    1_000,
    9_999,
    10_000,
    99_999,
    100_000,
    999_999,
    1_000_000,
    12_345_678,
    999_999_999_999_999L,
    100_000_000_000_000L
  };

  @Test
  void moneyReadsAsTheJdkWritesItInEveryLocale() {
    List<String> differences = new ArrayList<>();
    for (Locale locale : LOCALES) {
      Formats formats = new Formats(locale);
      for (Currency currency : CURRENCIES) {
        NumberFormat format = jdkMoneyFormat(locale, currency);
        for (long whole : EDGES) {
          for (long cents : new long[] {0, 1, 5, 50, 99}) {
            Money money = money(whole, cents, currency);
            String jdk = format.format(money.amount());
            String ours = formats.money(money);
            if (!ours.equals(jdk)) {
              differences.add(locale + " " + money + ": " + ours + " but the JDK writes " + jdk);
            }
          }
        }
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void anyAmountReadsAsTheJdkWritesIt() {
    qt().forAll(
            integers().between(0, LOCALES.size() - 1),
            integers().between(0, CURRENCIES.size() - 1),
            longs().between(0, 999_999_999_999_999L),
            longs().between(0, 999))
        .checkAssert(
            (l, c, whole, fraction) -> {
              Locale locale = LOCALES.get(l);
              Money money = money(whole, fraction, CURRENCIES.get(c));

              assertThat(new Formats(locale).money(money))
                  .as("%s in %s", money, locale)
                  .isEqualTo(jdkMoney(locale, money));
            });
  }

  @Test
  void negativeMoneyIsStillWrittenByTheJdk() {
    Money refund = Money.of("-1234.50", "EUR");
    for (Locale locale :
        List.of(Locale.GERMANY, Locale.US, Locale.FRANCE, new Locale("ar", "EG"))) {
      assertThat(new Formats(locale).money(refund)).isEqualTo(jdkMoney(locale, refund));
    }
  }

  @Test
  void wholeNumbersAndPercentagesReadAsTheJdkWritesThemInEveryLocale() {
    List<String> differences = new ArrayList<>();
    for (Locale locale : LOCALES) {
      Formats formats = new Formats(locale);
      NumberFormat number = NumberFormat.getIntegerInstance(locale);
      NumberFormat percent = NumberFormat.getPercentInstance(locale);
      for (long n : EDGES) {
        compare(differences, locale, "number", formats.number(n), number.format(n));
        compare(differences, locale, "number", formats.number(-n), number.format(-n));
      }
      compare(
          differences,
          locale,
          "number",
          formats.number(Long.MAX_VALUE),
          number.format(Long.MAX_VALUE));
      for (int p : new int[] {0, 5, 10, 15, 29, 33, 50, 57, 100, 1_000, 12_345, -20}) {
        compare(differences, locale, "percent", formats.percent(p), percent.format(p / 100.0));
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void everyWholePercentageTheLayoutWritesIsTheJdks() {
    for (Locale locale : List.of(Locale.US, Locale.FRANCE, new Locale("ar", "EG"))) {
      Formats formats = new Formats(locale);
      NumberFormat percent = NumberFormat.getPercentInstance(locale);
      for (int p = 0; p <= Formats.MAX_EXACT_PERCENT; p++) {
        String jdk = percent.format(p / 100.0);
        if (!formats.percent(p).equals(jdk)) {
          assertThat(formats.percent(p)).as("%d%% in %s", p, locale).isEqualTo(jdk);
        }
      }
    }
  }

  @Test
  void theShippedLanguagesAreWrittenThroughTheirLayouts() {
    for (String tag : List.of("en-US", "es-ES", "fr-FR", "de-DE", "pt-BR", "ar-EG", "hi-IN")) {
      Locale locale = Locale.forLanguageTag(tag);
      assertThat(DigitLayout.of(jdkMoneyFormat(locale, CURRENCIES.get(0)), true, 1))
          .as(tag)
          .isNotNull();
      assertThat(DigitLayout.of(NumberFormat.getIntegerInstance(locale), false, 1))
          .as(tag)
          .isNotNull();
      assertThat(DigitLayout.of(NumberFormat.getPercentInstance(locale), false, 100))
          .as(tag)
          .isNotNull();
    }
  }

  @Test
  void aFormatTheLayoutCannotReproduceIsRefused() {
    var scientific = new java.text.DecimalFormat("0.###E0");
    var alwaysPoint = new java.text.DecimalFormat("#,##0");
    alwaysPoint.setDecimalSeparatorAlwaysShown(true);
    var roundedMoney = NumberFormat.getCurrencyInstance(Locale.US);
    roundedMoney.setMaximumFractionDigits(4);

    assertThat(DigitLayout.of(scientific, false, 1)).isNull();
    assertThat(DigitLayout.of(alwaysPoint, false, 1)).isNull();
    assertThat(DigitLayout.of(roundedMoney, true, 1)).isNull();
    assertThat(DigitLayout.of(NumberFormat.getPercentInstance(Locale.US), false, 1)).isNull();
  }

  private static void compare(
      List<String> differences, Locale locale, String what, String ours, String jdk) {
    if (!ours.equals(jdk)) {
      differences.add(locale + " " + what + ": " + ours + " but the JDK writes " + jdk);
    }
  }

  private static Money money(long whole, long fraction, Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    long scaledFraction = digits == 0 ? 0 : fraction % pow10(digits);
    return Money.of(
        BigDecimal.valueOf(whole).add(BigDecimal.valueOf(scaledFraction, digits)), currency);
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static String jdkMoney(Locale locale, Money money) {
    return jdkMoneyFormat(locale, money.currency()).format(money.amount());
  }

  private static NumberFormat jdkMoneyFormat(Locale locale, Currency currency) {
    NumberFormat f = NumberFormat.getCurrencyInstance(locale);
    f.setCurrency(currency);
    int digits = currency.getDefaultFractionDigits();
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f;
  }

  @Test
  void leadingZerosInThePlainDigitsAreDroppedAsTheFormatDropsThem() {
    NumberFormat format = NumberFormat.getIntegerInstance(Locale.US);
    DigitLayout layout = DigitLayout.of(format, false, 1);

    assertThat(layout).isNotNull();
    assertThat(layout.write("0001234")).isEqualTo(format.format(1234)).isEqualTo("1,234");
    assertThat(layout.write("000")).isEqualTo("0");
  }
}
