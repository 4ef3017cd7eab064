package org.recovery.examples.cli;

import java.util.Locale;
import picocli.CommandLine;

/** Reads a language tag such as {@code es} or {@code pt-BR} from an option. */
final class LocaleConverter implements CommandLine.ITypeConverter<Locale> {
  @Override
  public Locale convert(String value) {
    Locale locale = Locale.forLanguageTag(value.replace('_', '-'));
    if (locale.getLanguage().isEmpty()) {
      throw new CommandLine.TypeConversionException(
          "expected a language tag like es or pt-BR but was '" + value + "'");
    }
    return locale;
  }
}
