package org.recovery.examples.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads an ISO-8601 instant such as {@code 2026-11-20T10:15:00Z} from an option. */
final class InstantConverter implements CommandLine.ITypeConverter<Instant> {
  @Override
  public Instant convert(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "expected an ISO-8601 instant like 2026-11-20T10:15:00Z but was '" + value + "'");
    }
  }
}
