package org.recovery.core;

import java.time.Duration;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * The bounds a policy setting must stay within, each failing with an {@link
 * IllegalArgumentException} that names the setting, the bound and the value: {@code repeatWindow
 * must be positive but was PT0S}. The {@link PolicySettings} groups check every value with these
 * when they are made, so the builder, the JSON reader and a host that builds a group get the same
 * message.
 */
final class SettingBounds {
  private SettingBounds() {}

  static Duration positive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(field + " must be positive but was " + d);
    }
    return d;
  }

  static void atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + " but was " + value);
    }
  }

  static void percent(int value, int min, String field) {
    if (value < min || value > 100) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and 100 but was " + value);
    }
  }

  static void fraction(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be between 0 and 1 but was " + value);
    }
  }

  /** Copies a per-currency map, checking that each amount is in its key's currency and >= 0. */
  static Map<Currency, Money> byCurrency(Map<Currency, Money> amounts, String field) {
    Objects.requireNonNull(amounts, field);
    amounts.forEach(
        (currency, amount) -> {
          Objects.requireNonNull(amount, field).requireNonNegative(field);
          if (!amount.currency().equals(currency)) {
            throw new IllegalArgumentException(
                field + " for " + currency + " must be in " + currency + " but was " + amount);
          }
        });
    return Map.copyOf(amounts);
  }
}
