package org.recovery.templates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.recovery.core.internal.json.JsonFailure;
import org.recovery.core.internal.json.StrictJson;

/**
 * Opens the data files a letter builder reads, phrase packs and checker patterns alike, from a
 * file, from every matching file of a directory, or from the classpath, and hands each open stream
 * to a reader of its content. Every error names the kind of file and where it came from; a JSON
 * error also names the path, line and column inside the file. Immutable; the readers it calls need
 * not be.
 */
final class PackLoader {

  /** Reads the content of one opened file. */
  @FunctionalInterface
  interface Content {
    /**
     * Reads one file.
     *
     * @param locale the language the file is written in
     * @param in the file's bytes; closed by the loader
     * @param source where it came from, for messages: a path or {@code classpath:name}
     * @param name the file name, to tell formats apart by extension
     */
    void read(Locale locale, InputStream in, String source, String name) throws IOException;
  }

  /** Creates the pack's own exception. */
  @FunctionalInterface
  interface Failure {
    /**
     * Creates the exception for one problem.
     *
     * @param message what is wrong and where
     * @param cause the low-level failure, if any
     * @return the exception to throw
     */
    RuntimeException create(String message, @Nullable Throwable cause);
  }

  private final String kind;
  private final String kinds;
  private final Pattern fileName;
  private final Failure failure;

  /**
   * Creates a loader.
   *
   * @param kind what one file is called in messages, e.g. {@code phrase pack}
   * @param kinds the plural, e.g. {@code phrase packs}
   * @param fileName the names a directory scan picks up; group 1 is the language tag
   * @param failure creates the pack's exception
   */
  PackLoader(String kind, String kinds, Pattern fileName, Failure failure) {
    this.kind = kind;
    this.kinds = kinds;
    this.fileName = fileName;
    this.failure = failure;
  }

  /** Reads one file from disk. */
  void file(Locale locale, Path file, Content content) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      content.read(locale, in, file.toString(), file.getFileName().toString());
    } catch (IOException e) {
      throw failure.create("cannot read " + kind + " " + file + ": " + e, e);
    }
  }

  /**
   * Reads every file of a directory whose name matches, in name order, each in the language its
   * name gives ({@code letter_pt-BR.json} is {@code pt-BR}; an underscore counts as a hyphen).
   */
  void directory(Path directory, Content content) {
    Objects.requireNonNull(directory, "directory");
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files =
          list.filter(p -> fileName.matcher(p.getFileName().toString()).matches())
              .sorted()
              .collect(Collectors.toList());
    } catch (IOException e) {
      throw failure.create("cannot list " + kinds + " in " + directory + ": " + e, e);
    }
    for (Path f : files) {
      Matcher m = fileName.matcher(f.getFileName().toString());
      if (!m.matches()) {
        throw new IllegalStateException("listed file no longer matches: " + f);
      }
      file(Locale.forLanguageTag(m.group(1).replace('_', '-')), f, content);
    }
  }

  /** Reads one file from the classpath of a class loader. */
  void resource(Locale locale, ClassLoader loader, String resource, Content content) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(resource, "resource");
    String source = "classpath:" + resource;
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw failure.create(kind + " " + source + " was not found on the classpath", null);
    }
    try (in) {
      content.read(locale, in, source, resource);
    } catch (IOException e) {
      throw failure.create("cannot read " + kind + " " + source + ": " + e, e);
    }
  }

  /**
   * Returns the strict JSON reader for one file, whose errors read {@code phrase pack
   * /etc/letter_it.json: $.step.refund: expected a string but was 42 (line 3, column 18)}.
   */
  StrictJson json(String source) {
    return StrictJson.of(
        (path, detail, line, column, cause) ->
            failure.create(
                kind + " " + source + ": " + JsonFailure.message(path, detail, line, column),
                cause));
  }
}
