package org.recovery.templates;

import java.util.Locale;

/**
 * The CLDR cardinal plural rules (CLDR 44, {@code plurals.xml}) of the shipped languages, for the
 * whole numbers letters count: quantities and repeated failures. Whole numbers have no visible
 * fraction digits (v = 0) and no compact exponent (e = 0), which leaves these rules:
 *
 * <ul>
 *   <li>en, de: one: i = 1 and v = 0.
 *   <li>es, pt-PT: one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0.
 *   <li>fr, pt: one: i = 0,1; many: as Spanish.
 * </ul>
 *
 * <p>A language without rules here is counted as English is. The JDK has no public plural-rules
 * API, and this is all letters need of one.
 */
enum PluralRule {
  /** English and German: one for 1 only. */
  ONE_ONLY,
  /** Spanish and European Portuguese: one for 1, many for exact millions. */
  ONE_AND_MILLIONS,
  /** French and Brazilian Portuguese: one for 0 and 1, many for exact millions. */
  ZERO_ONE_AND_MILLIONS;

  /**
   * Returns the rule of a locale's language; Portuguese follows Brazil unless the region is
   * Portugal.
   */
  static PluralRule of(Locale locale) {
    return switch (locale.getLanguage()) {
      case "es" -> ONE_AND_MILLIONS;
      case "fr" -> ZERO_ONE_AND_MILLIONS;
      case "pt" -> locale.getCountry().equals("PT") ? ONE_AND_MILLIONS : ZERO_ONE_AND_MILLIONS;
      default -> ONE_ONLY;
    };
  }

  /**
   * Returns the category of a whole number.
   *
   * @param n the number; never negative
   * @throws IllegalArgumentException if the number is negative
   */
  PluralCategory category(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0 but was " + n);
    }
    return switch (this) {
      case ONE_ONLY -> n == 1 ? PluralCategory.ONE : PluralCategory.OTHER;
      case ONE_AND_MILLIONS -> n == 1 ? PluralCategory.ONE : millions(n);
      case ZERO_ONE_AND_MILLIONS -> n <= 1 ? PluralCategory.ONE : millions(n);
    };
  }

  private static PluralCategory millions(long n) {
    return n != 0 && n % 1_000_000 == 0 ? PluralCategory.MANY : PluralCategory.OTHER;
  }
}
