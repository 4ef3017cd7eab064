package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CLDR 44 cardinal examples for whole numbers ({@code plurals.xml}), per language. */
class PluralRuleTest {

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
    // en, de: one @integer 1; other @integer 0, 2~16, 100, 1000, 10000, 100000, 1000000
    "en, 1, ONE",
    "en, 0, OTHER",
    "en, 2, OTHER",
    "en, 16, OTHER",
    "en, 100, OTHER",
    "en, 1000000, OTHER",
    "de, 1, ONE",
    "de, 0, OTHER",
    "de, 3, OTHER",
    "de, 1000000, OTHER",
    // es: one @integer 1; many @integer 1000000, …; other @integer 0, 2~16, 100, 1000, 10000
    "es, 1, ONE",
    "es, 0, OTHER",
    "es, 2, OTHER",
    "es, 16, OTHER",
    "es, 100000, OTHER",
    "es, 1000000, MANY",
    "es, 2000000, MANY",
    "es, 1000001, OTHER",
    // fr: one @integer 0, 1; many @integer 1000000, …; other @integer 2~17, 100, 1000, 10000
    "fr, 0, ONE",
    "fr, 1, ONE",
    "fr, 2, OTHER",
    "fr, 17, OTHER",
    "fr, 1000, OTHER",
    "fr, 1000000, MANY",
    "fr, 3000000, MANY",
    // pt: one @integer 0, 1; many @integer 1000000, …; other @integer 2~17, 100, 1000
    "pt, 0, ONE",
    "pt, 1, ONE",
    "pt, 2, OTHER",
    "pt, 17, OTHER",
    "pt, 1000000, MANY",
    "pt-BR, 0, ONE",
    // pt-PT: one @integer 1; many @integer 1000000, …; other @integer 0, 2~16, 100, 1000
    "pt-PT, 1, ONE",
    "pt-PT, 0, OTHER",
    "pt-PT, 16, OTHER",
    "pt-PT, 1000000, MANY",
    // a language without rules here counts as English does
    "ja, 1, ONE",
    "ja, 5, OTHER",
  })
  void categoriesFollowTheCldrExamples(String tag, long n, PluralCategory expected) {
    assertThat(PluralRule.of(Locale.forLanguageTag(tag)).category(n)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"en", "es", "fr", "de", "pt"})
  void aNegativeCountIsRefused(String tag) {
    assertThatThrownBy(() -> PluralRule.of(Locale.forLanguageTag(tag)).category(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("n must be >= 0 but was -1");
  }
}
