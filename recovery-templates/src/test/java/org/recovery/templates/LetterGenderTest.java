package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recovery.core.Complaint;
import org.recovery.core.GrammaticalGender;
import org.recovery.core.OrderLine;
import org.recovery.core.Tone;
import org.recovery.core.action.Replacement;

/**
 * The customer's own product name with a known grammatical gender: agreeing articles and
 * possessives where the language needs them, the neutral frame everywhere else.
 */
class LetterGenderTest {
  private static final Locale ES = new Locale("es");
  private static final Locale PT = new Locale("pt");

  /** The letter's text for one line named {@code localName}, with a replacement of every unit. */
  private static String text(
      Locale locale,
      Tone tone,
      String localName,
      Optional<GrammaticalGender> gender,
      int quantity) {
    return letter(locale, tone, localName, gender, quantity).bodies().get(0).plainText();
  }

  private static Letter letter(
      Locale locale,
      Tone tone,
      String localName,
      Optional<GrammaticalGender> gender,
      int quantity) {
    OrderLine line =
        OrderLine.of(
                LetterFixtures.SKU,
                "Garlic press",
                LetterFixtures.LOT,
                quantity,
                LetterFixtures.PRICE)
            .withLocalName(localName);
    if (gender.isPresent()) {
      line = line.withLocalGender(gender.get());
    }
    Complaint complaint =
        LetterFixtures.complaint(locale).toBuilder().lines(List.of()).line(line).build();
    return Letter.builder(
            complaint,
            LetterFixtures.plan(
                tone,
                List.of(new Replacement(LetterFixtures.SKU, quantity, LetterFixtures.days(1))),
                List.of()))
        .build();
  }

  private static String text(Locale locale, String localName, GrammaticalGender g, int quantity) {
    return text(locale, Tone.FORMAL_APOLOGY, localName, Optional.of(g), quantity);
  }

  @Test
  void germanTakesThePossessiveInTheAccusativeOfTheNamesGender() {
    assertThat(text(Locale.GERMAN, "Mixer", GrammaticalGender.MASCULINE, 1))
        .contains("dass Sie Ihren Mixer mit einem Mangel erhalten haben")
        .contains("Wir ersetzen Ihren Mixer kostenlos");
    assertThat(text(Locale.GERMAN, "Pfanne", GrammaticalGender.FEMININE, 1))
        .contains("dass Sie Ihre Pfanne mit einem Mangel erhalten haben")
        .contains("Wir ersetzen Ihre Pfanne kostenlos");
    assertThat(text(Locale.GERMAN, "Messer", GrammaticalGender.NEUTER, 1))
        .contains("dass Sie Ihr Messer mit einem Mangel erhalten haben");
  }

  @Test
  void germanSeveralUnitsKeepTheNeutralFrameSinceTheNameCannotBePluralised() {
    for (GrammaticalGender g : GrammaticalGender.values()) {
      assertThat(text(Locale.GERMAN, "Pfanne", g, 2))
          .isEqualTo(text(Locale.GERMAN, Tone.FORMAL_APOLOGY, "Pfanne", Optional.empty(), 2))
          .contains("Ihre zwei Artikel \u201ePfanne\u201c");
    }
  }

  @Test
  void portugueseTakesTheArticleAndPossessiveOfTheNamesGender() {
    for (Tone tone : Tone.values()) {
      assertThat(text(PT, tone, "liquidificador", Optional.of(GrammaticalGender.MASCULINE), 1))
          .contains("o seu liquidificador");
      assertThat(text(PT, tone, "cafeteira", Optional.of(GrammaticalGender.FEMININE), 1))
          .contains("a sua cafeteira")
          .doesNotContain("o produto cafeteira");
    }
  }

  @Test
  void portugueseSeveralUnitsAndNeuterKeepTheNeutralFrame() {
    assertThat(text(PT, "cafeteira", GrammaticalGender.FEMININE, 2))
        .contains("as duas unidades de cafeteira")
        .isEqualTo(text(PT, Tone.FORMAL_APOLOGY, "cafeteira", Optional.empty(), 2));
    assertThat(text(PT, "cafeteira", GrammaticalGender.NEUTER, 1))
        .contains("o produto cafeteira")
        .isEqualTo(text(PT, Tone.FORMAL_APOLOGY, "cafeteira", Optional.empty(), 1));
  }

  @Test
  void spanishFrenchAndEnglishPossessivesAlreadyAgreeSoGenderChangesNothing() {
    for (Locale locale : List.of(ES, Locale.FRENCH, Locale.ENGLISH)) {
      for (Tone tone : Tone.values()) {
        for (int quantity : new int[] {1, 2}) {
          for (GrammaticalGender g : GrammaticalGender.values()) {
            assertThat(text(locale, tone, "cocotte", Optional.of(g), quantity))
                .as("%s %s %s %s", locale, tone, g, quantity)
                .isEqualTo(text(locale, tone, "cocotte", Optional.empty(), quantity));
          }
        }
      }
    }
    assertThat(text(ES, Tone.FORMAL_APOLOGY, "cocotte", Optional.of(GrammaticalGender.FEMININE), 1))
        .contains("su cocotte");
    assertThat(text(ES, Tone.FRIENDLY_FIX, "cocotte", Optional.of(GrammaticalGender.FEMININE), 1))
        .contains("tu cocotte");
    assertThat(text(ES, Tone.FORMAL_APOLOGY, "cocotte", Optional.of(GrammaticalGender.FEMININE), 2))
        .contains("sus dos unidades de cocotte");
    assertThat(text(Locale.FRENCH, "cocotte", GrammaticalGender.FEMININE, 2))
        .contains("vos deux articles «\u00a0cocotte\u00a0»");
  }

  @Test
  void aSecondLanguageNamesTheCatalogueProductInItsNeutralFrame() {
    OrderLine line =
        OrderLine.of(
                LetterFixtures.SKU, "Garlic press", LetterFixtures.LOT, 1, LetterFixtures.PRICE)
            .withLocalName("Knoblauchpresse")
            .withLocalGender(GrammaticalGender.FEMININE);
    Complaint complaint =
        LetterFixtures.complaint(Locale.GERMAN).toBuilder().lines(List.of()).line(line).build();

    Letter letter =
        Letter.builder(complaint, LetterFixtures.plan(Tone.FORMAL_APOLOGY, List.of(), List.of()))
            .secondLocale(PT)
            .build();

    assertThat(letter.bodies().get(0).plainText()).contains("Ihre Knoblauchpresse");
    assertThat(letter.bodies().get(1).plainText())
        .contains("o produto \u201cGarlic press\u201d")
        .doesNotContain("Knoblauchpresse");
  }

  @Test
  void lettersWithAGenderPassTheOwnershipChecker() {
    OwnershipChecker checker = OwnershipChecker.defaults();
    List<String> failures = new ArrayList<>();
    for (Locale locale : LetterFixtures.SHIPPED) {
      for (Tone tone : Tone.values()) {
        for (GrammaticalGender g : GrammaticalGender.values()) {
          for (int quantity : new int[] {1, 3}) {
            Letter letter = letter(locale, tone, "Pfanne", Optional.of(g), quantity);
            for (LetterBody body : letter.bodies()) {
              for (Finding f : checker.check(body.plainText(), body.locale())) {
                failures.add(locale + " " + tone + " " + g + " " + quantity + ": " + f);
              }
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }
}
