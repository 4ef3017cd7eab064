package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The width table of {@link LabelWidth}, class by class and at the ends of every wide range. */
class LabelWidthTest {

  private static double em(int codePoint) {
    return LabelWidth.of(new String(Character.toChars(codePoint)), 1.0);
  }

  @Test
  void asciiCharactersTakeTheWidthOfTheirClass() {
    assertThat(em(' ')).isEqualTo(0.34);
    assertThat(em('i')).isEqualTo(0.44);
    assertThat(em('-')).isEqualTo(0.44);
    assertThat(em('m')).isEqualTo(1.02);
    assertThat(em('W')).isEqualTo(1.02);
    assertThat(em('A')).isEqualTo(0.8);
    assertThat(em('a')).isEqualTo(0.66);
    assertThat(em('7')).isEqualTo(0.66);
    assertThat(em('~')).isEqualTo(0.86);
    assertThat(em(0x7F)).isEqualTo(0.86);
    assertThat(LabelWidth.of("Wai 7", 10.0))
        .isCloseTo(10 * (1.02 + 0.66 + 0.44 + 0.34 + 0.66), within(1e-9));
  }

  @Test
  void otherCharactersAreNarrowWideOrNothing() {
    assertThat(em(0x80)).isEqualTo(0.85);
    assertThat(em('é')).isEqualTo(0.85);
    assertThat(em(0x0301)).isZero(); // combining acute accent
    assertThat(em(0x20DD)).isZero(); // combining enclosing circle
    assertThat(em(0x200B)).isZero(); // zero width space, a format character
    assertThat(LabelWidth.of("e\u0301", 1.0)).isEqualTo(0.66);
  }

  @Test
  void everyWideRangeIncludesBothEnds() {
    int[] ends = {
      0x1100, 0x115F, 0x2E80, 0xA4CF, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE30, 0xFE4F, 0xFF00,
      0xFF60, 0xFFE0, 0xFFE6, 0x1F000, 0x1F600
    };
    for (int c : ends) {
      assertThat(em(c)).as("U+%04X", c).isEqualTo(1.1);
    }
  }

  @Test
  void charactersBetweenTheWideRangesAreNarrow() {
    int[] between = {0x10FF, 0x2000, 0xA4D0, 0xD7B0, 0xFB00, 0xFE50, 0xFF61, 0xFFE8, 0x1EFFF};
    for (int c : between) {
      assertThat(em(c)).as("U+%04X", c).isEqualTo(0.85);
    }
  }

  @Test
  void fittingKeepsWhatFitsAndCutsAtTheLastWholeCharacter() {
    // An ellipsis is 0.85 em, an 'a' 0.66 em.
    assertThat(LabelWidth.fit("a", 1.0, 0.66)).isEqualTo("a");
    assertThat(LabelWidth.fit("aaa", 1.0, 0.85 + 0.66)).isEqualTo("a…");
    assertThat(LabelWidth.fit("aaa", 1.0, 0.85 + 0.65)).isEqualTo("…");
    // A pictograph (1.1 em, two chars) is kept or cut whole.
    assertThat(LabelWidth.fit("a\uD83D\uDE00aa", 1.0, 0.85 + 0.66 + 1.101))
        .isEqualTo("a\uD83D\uDE00…");
    assertThat(LabelWidth.fit("a\uD83D\uDE00aa", 1.0, 0.85 + 0.66 + 1.0)).isEqualTo("a…");
  }
}
