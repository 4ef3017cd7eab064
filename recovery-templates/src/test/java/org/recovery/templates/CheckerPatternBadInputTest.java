package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad checker pattern file is refused naming the file, the JSON path, the line and the column.
 */
class CheckerPatternBadInputTest {

  private static final String GOOD =
      "{\"id\": \"a\", \"category\": \"BLAME\", \"regex\": \"a\", \"suggestion\": \"b\"}";

  @TempDir Path dir;

  private Path patterns(String json) throws IOException {
    Path file = dir.resolve("patterns_de.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void malformedJsonNamesWhereItBreaks() throws IOException {
    Path file = patterns("[\n  " + GOOD + ",\n  {\"id\": \"b\",}\n]");

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.GERMAN, file))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessageStartingWith("pattern file " + file + ": $[1].id: malformed JSON: ")
        .hasMessageEndingWith(" (line 3, column 14)");
  }

  @Test
  void aFieldOfTheWrongTypeNamesItsPath() throws IOException {
    Path file =
        patterns(
            "[\n  "
                + GOOD
                + ",\n  {\"id\": \"b\", \"category\": \"BLAME\", \"regex\": 7, \"suggestion\":"
                + " \"b\"}\n]");

    assertThatThrownBy(() -> OwnershipChecker.builder().directory(dir))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern file "
                + file
                + ": $[1].regex: expected a string but was 7 (line 3, column 45)");
  }

  @Test
  void aBlankFieldNamesItsPath() throws IOException {
    Path file =
        patterns(
            "[{\"id\": \"b\", \"category\": \"BLAME\", \"regex\": \"x\", \"suggestion\": \" \"}]");

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.GERMAN, file))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern file "
                + file
                + ": $[0].suggestion: expected a non-blank string but was \" \" (line 1, column"
                + " 63)");
  }

  @Test
  void aFileThatIsNotAnArrayIsRefusedAtTheRoot() throws IOException {
    Path file = patterns(GOOD);

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.GERMAN, file))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern file "
                + file
                + ": $: expected an array of patterns but was an object (line 1, column 1)");
  }

  @Test
  void anUnknownKeyNamesItAndTheKeysAllowed() throws IOException {
    Path file =
        patterns(
            "[\n  {\"id\": \"b\", \"category\": \"BLAME\", \"regexp\": \"x\", \"suggestion\":"
                + " \"b\"}\n]");

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.GERMAN, file))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern file "
                + file
                + ": $[0].regexp: unknown field, expected one of id, category, regex, suggestion"
                + " (line 2, column 36)");
  }

  @Test
  void aDuplicateKeyOnTheClasspathNamesTheRepeatedKey() {
    assertThatThrownBy(
            () ->
                OwnershipChecker.builder()
                    .resource(
                        Locale.ENGLISH,
                        OwnershipChecker.class.getClassLoader(),
                        "org/recovery/templates/bad/patterns_en.json"))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern file classpath:org/recovery/templates/bad/patterns_en.json: $[0].id:"
                + " duplicate field \"id\" (line 7, column 5)");
  }

  @Test
  void aMissingFieldNamesThePatternItBelongsTo() throws IOException {
    Path file =
        patterns(
            "[\n  "
                + GOOD
                + ",\n  {\"id\": \"b\", \"category\": \"BLAME\", \"suggestion\": \"b\"}\n]");

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.GERMAN, file))
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern file " + file + ": $[1]: missing required field \"regex\" (line 3, column 3)");
  }
}
