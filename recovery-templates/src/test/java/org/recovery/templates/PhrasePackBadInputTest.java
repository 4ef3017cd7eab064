package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bad JSON phrase pack is refused naming the file, the JSON path, the line and the column. */
class PhrasePackBadInputTest {

  @TempDir Path dir;

  private Path pack(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void malformedJsonNamesWhereItBreaks() throws IOException {
    Path file =
        pack("letter_en.json", "{\n  \"thanks\": \"Thanks.\",\n  \"signature\" \"Maya\"\n}");

    assertThatThrownBy(() -> PhraseBook.builder().file(Locale.ENGLISH, file))
        .isInstanceOf(PhrasePackException.class)
        .hasMessageStartingWith("phrase pack " + file + ": $.signature: malformed JSON: ")
        .hasMessageEndingWith(" (line 3, column 15)");
  }

  @Test
  void aPhraseThatIsNotAStringNamesItsPath() throws IOException {
    Path file = pack("acme.json", "{\"step\": {\n  \"refund\": 42}}");

    assertThatThrownBy(() -> PhraseBook.builder().file(Locale.ENGLISH, file))
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack "
                + file
                + ": $.step.refund: expected a phrase (a string) or an object of phrases but was 42"
                + " (line 2, column 13)");
  }

  @Test
  void aPackThatIsNotAnObjectIsRefusedAtTheRoot() throws IOException {
    Path file = pack("acme.json", "[\"Thanks.\"]");

    assertThatThrownBy(() -> PhraseBook.builder().file(Locale.ENGLISH, file))
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack "
                + file
                + ": $: expected an object of phrases by key but was an array (line 1, column 1)");
  }

  @Test
  void anUnknownKeyNamesItsPathWhenTheFileIsRead() throws IOException {
    Path file = pack("letter_en.json", "{\"step\": {\n  \"refnd\": \"Refunded.\"}}");

    assertThatThrownBy(() -> PhraseBook.builder().directory(dir))
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack "
                + file
                + ": $.step.refnd: 'step.refnd' is not a phrase letters use; keys are those of the"
                + " shipped letter_en.properties, optionally prefixed with formal. or friendly."
                + " (line 2, column 12)");
  }

  @Test
  void aDuplicateKeyOnTheClasspathNamesTheRepeatedKey() {
    assertThatThrownBy(
            () ->
                PhraseBook.builder()
                    .resource(Locale.ENGLISH, "org/recovery/templates/bad/letter_en.json"))
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack classpath:org/recovery/templates/bad/letter_en.json: $.thanks: duplicate"
                + " field \"thanks\" (line 3, column 3)");
  }

  @Test
  void aMissingPhraseIsNamedWithTheFileItWasLoadedFrom() throws IOException {
    // Which phrases a language lacks is known only once every pack for it is in, at build().
    Path file = pack("letter_it.json", "{\"thanks\": \"Grazie, {name}.\"}");

    assertThatThrownBy(() -> PhraseBook.builder().directory(dir).build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessageStartingWith("phrase pack 'it' lacks ")
        .hasMessageEndingWith("; loaded from " + file);
  }
}
