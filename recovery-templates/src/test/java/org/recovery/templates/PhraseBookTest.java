package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.Tone;

class PhraseBookTest {

  private static Letter write(PhraseBook book, Locale locale, Tone tone) {
    return Letter.builder(LetterFixtures.complaint(locale), LetterFixtures.typical(tone))
        .phrases(book)
        .build();
  }

  @Test
  void shipsFiveLanguages() {
    assertThat(PhraseBook.defaults().languageTags()).containsExactly("de", "en", "es", "fr", "pt");
    assertThat(PhraseBook.defaults().supports(Locale.forLanguageTag("pt-BR"))).isTrue();
    assertThat(PhraseBook.defaults().supports(Locale.ITALIAN)).isFalse();
  }

  @Test
  void rejectsAPhraseThatRefersToAVariableTheLetterDoesNotHave() {
    assertThatThrownBy(
            () ->
                PhraseBook.builder()
                    .phrase(Locale.ENGLISH, "step.refund", "We refunded {amont} today.")
                    .build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase 'step.refund' (en, from phrase(en, step.refund)) refers to variable {amont},"
                + " which this phrase does not have; it may use {amount}, {name}, {smile}");
  }

  @Test
  void rejectsAVariableThatBelongsToAnotherPhrase(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("letter_de.properties");
    Files.writeString(file, "thanks=Danke bis zum {date}!\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PhraseBook.builder().file(Locale.GERMAN, file).build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase 'thanks' (de, from "
                + file
                + ") refers to variable {date}, which this phrase does not have; it may use"
                + " {name}, {smile}");
  }

  @Test
  void rejectsAnUnclosedBrace() {
    assertThatThrownBy(
            () ->
                PhraseBook.builder()
                    .phrase(Locale.FRENCH, "friendly.thanks", "Merci {name")
                    .build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase 'friendly.thanks' (fr, from phrase(fr, friendly.thanks)) has a '{' at index 6"
                + " with no '}' after it: \"Merci {name\"");
  }

  @Test
  void rejectsALoneClosingBrace() {
    assertThatThrownBy(
            () -> PhraseBook.builder().phrase(Locale.ENGLISH, "signature", "Team }").build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase 'signature' (en, from phrase(en, signature)) has a '}' at index 5 with no '{'"
                + " before it: \"Team }\"");
  }

  @Test
  void rejectsAKeyLettersDoNotUse() {
    assertThatThrownBy(
            () -> PhraseBook.builder().phrase(Locale.ENGLISH, "step.refnd", "Refunded.").build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase 'step.refnd' (en, from phrase(en, step.refnd)) is not a phrase letters use;"
                + " keys are those of the shipped letter_en.properties, optionally prefixed with"
                + " formal. or friendly.");
  }

  @Test
  void rejectsABlankPhrase() {
    assertThatThrownBy(() -> PhraseBook.builder().phrase(Locale.ENGLISH, "thanks", " ").build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage("phrase 'thanks' (en, from phrase(en, thanks)) must not be blank");
  }

  @Test
  void rejectsANewLanguageThatLacksPhrasesNamingThem(@TempDir Path dir) throws IOException {
    // given: an Italian pack missing heading.changes and friendly.thanks
    List<String> lines = new ArrayList<>(italianPack());
    lines.removeIf(l -> l.startsWith("heading.changes=") || l.startsWith("friendly.thanks="));
    Path file = dir.resolve("letter_it.properties");
    Files.write(file, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PhraseBook.builder().directory(dir).build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack 'it' lacks 2 phrase(s): heading.changes, friendly.thanks (give each"
                + " plainly or as both a formal. and a friendly. variant); loaded from "
                + file);
  }

  @Test
  void namesEachMissingKeyOnceAndOnlyTheFirstTenOfAnAlmostEmptyPack(@TempDir Path dir)
      throws IOException {
    // given: an Italian pack with a single phrase
    Path file = dir.resolve("letter_it.properties");
    Files.write(file, List.of("signature=Il team clienti"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PhraseBook.builder().directory(dir).build())
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack 'it' lacks "
                + (Catalog.REQUIRED - 1)
                + " phrase(s): greeting, apology, apology.again, product.one, product.several,"
                + " product.framed, product.framed.several, order.unnamed, issue.DAMAGED,"
                + " issue.WRONG_ITEM and "
                + (Catalog.REQUIRED - 11)
                + " more (give each plainly or as both a formal. and a friendly. variant); loaded"
                + " from "
                + file);
  }

  @Test
  void hostsAddALanguageByDroppingAFileInADirectory(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("letter_it.properties"), italianPack(), StandardCharsets.UTF_8);

    PhraseBook book = PhraseBook.builder().directory(dir).build();
    Letter letter = write(book, Locale.ITALIAN, Tone.FORMAL_APOLOGY);

    assertThat(letter.warnings()).isEmpty();
    assertThat(letter.bodies().get(0).plainText())
        .startsWith("Gentile Dana Whitfield,")
        .contains("27 novembre")
        .contains("24,99");
  }

  @Test
  void hostsOverridePhrasesFromTheClasspath() {
    PhraseBook book =
        PhraseBook.builder()
            .resource(Locale.ENGLISH, "org/recovery/templates/host/letter_en.properties")
            .build();

    assertThat(write(book, Locale.ENGLISH, Tone.FORMAL_APOLOGY).toText())
        .endsWith("Warm regards,\nMaya at Acme\n");
    assertThat(write(book, Locale.ENGLISH, Tone.FRIENDLY_FIX).toText())
        .endsWith("Best wishes,\nMaya at Acme\n");
  }

  @Test
  void hostsOverridePhrasesWithANestedJsonPack(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("acme.json");
    Files.writeString(
        file,
        "{\"step\": {\"noreturn\": \"Keep it, or give it to a friend.\"}}",
        StandardCharsets.UTF_8);

    PhraseBook book = PhraseBook.builder().file(Locale.ENGLISH, file).build();

    assertThat(write(book, Locale.ENGLISH, Tone.FORMAL_APOLOGY).bodies().get(0).plainText())
        .contains("Keep it, or give it to a friend.")
        .doesNotContain("There is no need to send anything back.");
  }

  @Test
  void rejectsAMissingClasspathPack() {
    assertThatThrownBy(
            () -> PhraseBook.builder().resource(Locale.ENGLISH, "nowhere/letter.properties"))
        .isInstanceOf(PhrasePackException.class)
        .hasMessage(
            "phrase pack classpath:nowhere/letter.properties was not found on the classpath");
  }

  @Test
  void aRegionalPackOnlyNeedsThePhrasesThatDiffer() {
    PhraseBook book =
        PhraseBook.builder()
            .phrase(Locale.forLanguageTag("pt-BR"), "signature", "Equipe de atendimento Acme")
            .build();

    Letter brazil = write(book, Locale.forLanguageTag("pt-BR"), Tone.FORMAL_APOLOGY);
    Letter portugal = write(book, Locale.forLanguageTag("pt-PT"), Tone.FORMAL_APOLOGY);

    assertThat(brazil.toText()).contains("Sentimos profundamente").endsWith("Acme\n");
    assertThat(portugal.toText()).endsWith("Equipe de atendimento ao cliente\n");
  }

  @Test
  void anUnsupportedLocaleFallsBackToEnglishWithAWarning() {
    Letter letter = write(PhraseBook.defaults(), Locale.forLanguageTag("it-IT"), Tone.FRIENDLY_FIX);

    assertThat(letter.warnings())
        .containsExactly("no phrases for locale 'it-IT'; the letter is written in English");
    assertThat(letter.bodies()).extracting(LetterBody::locale).containsExactly(Locale.ENGLISH);
    assertThat(letter.toText()).startsWith("Hi Dana Whitfield,");
  }

  @Test
  void toBuilderKeepsEveryPhraseAndItsOverrides() {
    PhraseBook book = PhraseBook.builder().phrase(Locale.ENGLISH, "signature", "Maya").build();

    PhraseBook copy = book.toBuilder().phrase(Locale.ENGLISH, "formal.signoff", "Regards,").build();

    assertThat(write(copy, Locale.ENGLISH, Tone.FORMAL_APOLOGY).toText())
        .endsWith("Regards,\nMaya\n");
  }

  /** The English pack with a few phrases in Italian, standing in for a host's translation. */
  static List<String> italianPack() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in =
        PhraseBook.class
            .getClassLoader()
            .getResourceAsStream("org/recovery/templates/phrases/letter_en.properties")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.startsWith("formal.greeting=")) {
          line = "formal.greeting=Gentile {name},";
        } else if (line.startsWith("friendly.greeting=")) {
          line = "friendly.greeting=Ciao {name},";
        }
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void everyLocaleIsSupportedByItsLanguageEvenPastTheRememberedOnes() {
    PhraseBook book = PhraseBook.builder().build();
    List<String> shipped = List.of("en", "es", "fr", "de", "pt");
    for (int round = 0; round < 2; round++) {
      for (Locale locale : Locale.getAvailableLocales()) {
        assertThat(book.supports(locale))
            .as(locale.toLanguageTag())
            .isEqualTo(shipped.contains(locale.getLanguage()));
      }
    }
  }

  @Test
  void filesInAPackDirectoryThatAreNotPacksAreIgnored(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("letter_it.properties"), italianPack(), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("README.md"), "Packs for Acme.", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("letter_it.properties.bak"), "{", StandardCharsets.UTF_8);

    PhraseBook book = PhraseBook.builder().directory(dir).build();

    assertThat(write(book, Locale.ITALIAN, Tone.FORMAL_APOLOGY).bodies().get(0).plainText())
        .startsWith("Gentile Dana Whitfield,");
  }

  @Test
  void hostsOverrideTheGreetingOfOneTone() {
    PhraseBook book =
        PhraseBook.builder()
            .phrase(Locale.ENGLISH, "formal.greeting", "Hello {name},")
            .phrase(Locale.GERMAN, "formal.greeting", "Sehr geehrte Kundschaft,")
            .build();

    assertThat(write(book, Locale.ENGLISH, Tone.FORMAL_APOLOGY).toText())
        .startsWith("Hello Dana Whitfield,\n");
    assertThat(write(book, Locale.ENGLISH, Tone.FRIENDLY_FIX).toText())
        .startsWith("Hi Dana Whitfield,\n");
    assertThat(write(book, Locale.GERMAN, Tone.FORMAL_APOLOGY).toText())
        .startsWith("Sehr geehrte Kundschaft,\n");
  }
}
