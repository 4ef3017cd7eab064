package org.recovery.templates;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Loads arbitrary bytes as phrase packs ({@code .properties} and {@code .json}) and as checker
 * pattern packs: each either builds or fails with its documented exception, {@link
 * PhrasePackException} or {@link CheckerPatternException}. Committed inputs live under {@code
 * PackLoadingFuzzTestInputs/}.
 */
class PackLoadingFuzzTest {
  private static final List<Locale> LOCALES =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("pt-BR"), Locale.ITALIAN);

  @FuzzTest
  void phrasePacksBuildOrFailWithAPhrasePackException(FuzzedDataProvider data) {
    Locale locale = data.pickValue(LOCALES);
    String name = data.consumeBoolean() ? "letter.json" : "letter.properties";
    var builder = PhraseBook.builder();
    try {
      builder.resource(locale, new OneResource(name, data.consumeRemainingAsBytes()), name);
      builder.build();
    } catch (PhrasePackException expected) {
      // the documented failure
    }
  }

  @FuzzTest
  void patternPacksBuildOrFailWithACheckerPatternException(FuzzedDataProvider data) {
    Locale locale = data.pickValue(LOCALES);
    var builder = OwnershipChecker.builder();
    try {
      builder.resource(
          locale,
          new OneResource("patterns.json", data.consumeRemainingAsBytes()),
          "patterns.json");
      builder.build();
    } catch (CheckerPatternException expected) {
      // the documented failure
    }
  }

  /** A class loader that holds one resource, so that a pack is read without touching the disk. */
  private static final class OneResource extends ClassLoader {
    private final String name;
    private final byte[] bytes;

    OneResource(String name, byte[] bytes) {
      super(null);
      this.name = name;
      this.bytes = bytes.clone();
    }

    @Override
    public @Nullable InputStream getResourceAsStream(String resource) {
      return resource.equals(name) ? new ByteArrayInputStream(bytes) : null;
    }
  }
}
