package org.recovery.core;

import java.util.Objects;

/** The rule that an identifier or a name is present and not blank. */
final class NonBlank {
  private NonBlank() {}

  static String require(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank but was \"" + value + "\"");
    }
    return value;
  }
}
