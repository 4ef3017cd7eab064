package org.recovery.examples.serve;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes sizes such as {@code 1MB}, {@code 512KB} or {@code 1GB} (binary units: 1KB is
 * 1024 bytes).
 */
public final class ByteSize {

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,12})\\s*(B|KB|K|MB|M|GB|G)?", Pattern.CASE_INSENSITIVE);

  private ByteSize() {}

  /**
   * Reads a size.
   *
   * @param text e.g. {@code 1MB}, {@code 64KB}, {@code 1GB} or a number of bytes
   * @return the size in bytes
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "expected a size like 1MB, 512KB, 1GB or a number of bytes but was '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    int shift =
        switch (unit.charAt(0)) {
          case 'K' -> 10;
          case 'M' -> 20;
          case 'G' -> 30;
          default -> 0;
        };
    if (n < 1 || Long.numberOfLeadingZeros(n) <= shift + 1) {
      throw new IllegalArgumentException(
          "expected a size of at least 1 byte and at most 1,000,000 GB but was '" + text + "'");
    }
    return n << shift;
  }

  /**
   * Writes a size in the largest unit that divides it, e.g. {@code 1MB}.
   *
   * @param bytes the size
   * @return the text
   */
  public static String describe(long bytes) {
    String[] units = {"B", "KB", "MB", "GB"};
    int unit = 0;
    long n = bytes;
    while (unit < units.length - 1 && n >= 1024 && n % 1024 == 0) {
      n /= 1024;
      unit++;
    }
    return n + units[unit];
  }
}
