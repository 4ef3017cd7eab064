package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlainTest {
  private static final Set<Byte> BIDI_SENSITIVE =
      Set.of(
          Character.DIRECTIONALITY_RIGHT_TO_LEFT,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING,
          Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING,
          Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE,
          Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT);

  @Test
  void noCharacterBelowTheHebrewBlockIsRightToLeftOrABidiControl() {
    for (char c = 0; c < Plain.FIRST_BIDI_SENSITIVE; c++) {
      assertThat(BIDI_SENSITIVE)
          .as("U+%04X", (int) c)
          .doesNotContain(Character.getDirectionality(c));
    }
    assertThat(BIDI_SENSITIVE).contains(Character.getDirectionality((char) 0x05D0));
  }

  @Test
  void leftToRightTextIsKeptAsItIs() {
    String name = "Zoë O'Brien-Łukasik, 12 €";

    assertThat(Plain.isolated(name)).isSameAs(name);
    assertThat(Plain.isolated("Ελένη Παπαδοπούλου")).isEqualTo("Ελένη Παπαδοπούλου");
  }

  @Test
  void rightToLeftTextAndBidiControlsAreIsolated() {
    assertThat(Plain.isolated("דנה כהן")).isEqualTo("\u2068דנה כהן\u2069");
    assertThat(Plain.isolated("Ana \u202Eevil")).isEqualTo("\u2068Ana \u202Eevil\u2069");
    assertThat(Plain.isolated("a\u2066b\u2069c")).isEqualTo("\u2068abc\u2069");
    assertThat(Plain.isolated("line\nbreak سلام")).isEqualTo("\u2068line break سلام\u2069");
  }

  @Test
  void aValueWrittenWhollyInRightToLeftLettersIsIsolated() {
    assertThat(Plain.isolated("\u0633\u0627\u0631\u0629"))
        .isEqualTo("\u2068\u0633\u0627\u0631\u0629\u2069");
  }

  @Test
  void aStrayIsolateControlOfAnyKindIsDroppedAndTheValueIsolated() {
    for (String control : new String[] {"\u2066", "\u2067", "\u2068", "\u2069"}) {
      assertThat(Plain.isolated("Dana" + control))
          .as("U+%04X", (int) control.charAt(0))
          .isEqualTo("\u2068Dana\u2069");
    }
  }
}
