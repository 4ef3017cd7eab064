package org.recovery.templates;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A variable a phrase may refer to as {@code {name}}; which phrase may use which is in {@link
 * Catalog}.
 */
enum Var {
  NAME,
  SMILE,
  PRODUCT,
  ORDER,
  ISSUE,
  MESSAGE,
  COUNT,
  AREA,
  OWNER,
  AMOUNT,
  DATE,
  ITEMS,
  PERCENT,
  WHEN,
  TIME,
  WEEKDAY,
  DAY,
  TIMES;

  static final Var[] ALL = values();

  final String token = name().toLowerCase(Locale.ROOT);

  static @Nullable Var byToken(String token) {
    for (Var v : ALL) {
      if (v.token.equals(token)) {
        return v;
      }
    }
    return null;
  }
}
