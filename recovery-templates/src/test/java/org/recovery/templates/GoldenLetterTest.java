package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.Tone;

/**
 * One letter per tone and language compared with a reviewed file under {@code
 * src/test/resources/golden}. After a deliberate change of wording, regenerate with {@code mvn -pl
 * recovery-templates test -Dtest=GoldenLetterTest -Dgolden.update=true} and review the diff.
 */
class GoldenLetterTest {
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "FORMAL_APOLOGY, en",
    "FRIENDLY_FIX, en",
    "FORMAL_APOLOGY, es",
    "FRIENDLY_FIX, es",
    "FORMAL_APOLOGY, fr",
    "FRIENDLY_FIX, fr",
    "FORMAL_APOLOGY, de",
    "FRIENDLY_FIX, de",
    "FORMAL_APOLOGY, pt",
    "FRIENDLY_FIX, pt",
  })
  void theTypicalLetterReadsAsReviewed(Tone tone, String tag) throws IOException {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.forLanguageTag(tag)), LetterFixtures.typical(tone))
            .zone(ZoneId.of("Europe/Madrid"))
            .signature("Maya")
            .build();

    assertGolden(tone.name().toLowerCase(Locale.ROOT) + "-" + tag + ".txt", letter.toText());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"html", "md"})
  void aBilingualLetterRendersAsReviewed(String format) throws IOException {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.forLanguageTag("es")),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .secondLocale(Locale.ENGLISH)
            .build();

    String out = format.equals("html") ? letter.toHtml() : letter.toMarkdown();
    assertGolden("bilingual-es-en." + format, out);
  }

  private static void assertGolden(String name, String actual) throws IOException {
    if (UPDATE) {
      Path file = Path.of("src/test/resources/golden", name);
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    try (InputStream in = GoldenLetterTest.class.getResourceAsStream("/golden/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      assertThat(actual).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
