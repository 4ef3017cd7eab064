package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.core.IssueKind;
import org.recovery.core.Tone;

/**
 * Every issue kind × tone × language, decided by the default policy and compared byte for byte with
 * a reviewed file under {@code src/test/resources/golden/letters/<language>/<kind>-<tone>.txt}. The
 * first line of each file says what the case is; the letter follows a blank line. A change to a
 * phrase pack shows up as a diff of these files, to be read by a fluent reader of the language.
 * Regenerate with {@code mvn -pl recovery-templates test -Dtest=GoldenLettersTest
 * -Dgolden.update=true} and review the diff.
 */
class GoldenLettersTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static List<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String language : LetterCases.LANGUAGES) {
      for (IssueKind kind : IssueKind.values()) {
        for (Tone tone : Tone.values()) {
          out.add(Arguments.of(language, kind, tone));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("cases")
  void everyLetterReadsAsReviewed(String language, IssueKind kind, Tone tone) throws IOException {
    Letter letter = LetterCases.letter(kind, tone, language);
    String actual =
        "Case: " + LetterCases.describe(kind, tone, language) + "\n\n" + letter.toText();

    String name =
        "golden/letters/"
            + language
            + "/"
            + kind.name().toLowerCase(Locale.ROOT)
            + "-"
            + tone.name().toLowerCase(Locale.ROOT)
            + ".txt";
    if (UPDATE) {
      Path file = Path.of("src/test/resources", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = GoldenLettersTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
