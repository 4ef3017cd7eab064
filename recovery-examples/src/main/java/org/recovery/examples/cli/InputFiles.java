package org.recovery.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import org.recovery.core.RecoveryException;
import org.recovery.nps.NpsException;

/** Reads the files named on the command line, naming the file in every failure. */
final class InputFiles {

  private InputFiles() {}

  /**
   * Reads a whole UTF-8 text file.
   *
   * @param path the file
   * @return its text
   * @throws UnusableInputException if the file is missing, unreadable, a directory or not UTF-8
   */
  static String readText(Path path) {
    if (Files.isDirectory(path)) {
      throw new UnusableInputException("cannot read " + path + ": it is a directory, not a file");
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      ByteBuffer in = ByteBuffer.wrap(bytes);
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in)
            .toString()
            // Editors on some systems start UTF-8 files with a byte order mark; not content.
            .transform(text -> text.startsWith("\uFEFF") ? text.substring(1) : text);
      } catch (CharacterCodingException e) {
        // The decoder stops at the first bad byte; name it so the file can be fixed.
        int at = in.position();
        int line = 1;
        for (int i = 0; i < at; i++) {
          if (bytes[i] == '\n') {
            line++;
          }
        }
        throw new UnusableInputException(
            String.format(
                Locale.ROOT,
                "cannot read %s: expected UTF-8 text but byte 0x%02X at offset %d (line %d) does"
                    + " not start a valid sequence",
                path,
                bytes[at] & 0xFF,
                at,
                line),
            e);
      }
    } catch (IOException e) {
      throw new UnusableInputException(CommandFailures.describe(e), e);
    }
  }

  /**
   * Reads a file with a library reader, prefixing any data error with the file name.
   *
   * @param path the file
   * @param reader reads the file
   * @param <T> the value type
   * @return the value
   * @throws UnusableInputException naming the file and the problem
   */
  static <T> T located(Path path, Function<Path, T> reader) {
    try {
      return reader.apply(path);
    } catch (RecoveryException | NpsException | IllegalArgumentException e) {
      throw new UnusableInputException(path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UnusableInputException(CommandFailures.describe(e), e);
    }
  }

  /**
   * Reads a text file and parses it, prefixing any data error with the file name.
   *
   * @param path the file
   * @param parser turns the text into a value; throws a {@link RecoveryException} or {@link
   *     IllegalArgumentException} for bad data
   * @param <T> the value type
   * @return the value
   * @throws UnusableInputException naming the file and the problem
   */
  static <T> T parse(Path path, Function<String, T> parser) {
    String text = readText(path);
    try {
      return parser.apply(text);
    } catch (RecoveryException | IllegalArgumentException e) {
      throw new UnusableInputException(path + ": " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new UnusableInputException(path + ": " + CommandFailures.describe(e), e);
    }
  }
}
