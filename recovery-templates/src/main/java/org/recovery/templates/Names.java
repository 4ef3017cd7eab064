package org.recovery.templates;

import java.util.Locale;

/** The lower-case names of sections used as HTML classes and JSON values, made once. */
final class Names {
  private static final String[] NAMES = new String[SectionKind.values().length];

  static {
    for (SectionKind k : SectionKind.values()) {
      NAMES[k.ordinal()] = k.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  private Names() {}

  static String of(SectionKind kind) {
    return NAMES[kind.ordinal()];
  }
}
