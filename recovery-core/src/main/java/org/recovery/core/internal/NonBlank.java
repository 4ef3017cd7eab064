package org.recovery.core.internal;

import java.util.Objects;

/**
 * The rule that an identifier or a name is present and not blank, shared by the model's records.
 */
public final class NonBlank {
  private NonBlank() {}

  public static String require(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank but was \"" + value + "\"");
    }
    return value;
  }
}
