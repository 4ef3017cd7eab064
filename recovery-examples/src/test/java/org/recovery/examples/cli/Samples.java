package org.recovery.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Copies the demo's shipped sample files out of the classpath, as a user would have them. */
final class Samples {

  private Samples() {}

  /**
   * Copies one shipped sample into a directory.
   *
   * @param dir the directory
   * @param name the file name, e.g. {@code 1-broken-item.json}
   * @return the copy
   */
  static Path copy(Path dir, String name) {
    try (InputStream in =
        Objects.requireNonNull(
            Samples.class.getResourceAsStream("/org/recovery/examples/demo/" + name), name)) {
      Path file = dir.resolve(name);
      Files.copy(in, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Copies a complaint and its history.
   *
   * @param dir the directory
   * @param name the case, e.g. {@code 5-third-incident}
   * @return the complaint's path; the history sits beside it as {@code NAME.history.json}
   */
  static Path complaint(Path dir, String name) {
    copy(dir, name + ".history.json");
    return copy(dir, name + ".json");
  }

  static Path history(Path dir, String name) {
    return dir.resolve(name + ".history.json");
  }
}
