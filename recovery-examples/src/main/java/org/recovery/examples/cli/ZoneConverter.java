package org.recovery.examples.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine;

/** Reads a time zone such as {@code Europe/Berlin} or {@code +02:00} from an option. */
public final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
  /** Creates the converter; picocli instantiates it for {@code converter = ZoneConverter.class}. */
  public ZoneConverter() {}

  /**
   * Reads a zone id.
   *
   * @param value the option's text
   * @return the zone
   * @throws CommandLine.TypeConversionException naming the value when it is not a zone
   */
  @Override
  public ZoneId convert(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new CommandLine.TypeConversionException(
          "expected a time zone like Europe/Berlin, UTC or +02:00 but was '" + value + "'");
    }
  }
}
