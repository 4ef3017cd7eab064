package org.recovery.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Field names that are identifiers follow a dot; every other name is quoted in brackets. */
class JsonPathsTest {

  @Test
  void identifiersOfLettersUnderscoresAndLaterDigitsFollowADot() {
    for (String name : new String[] {"A", "Z", "a", "z", "_", "a0", "a9", "sku_2", "Zz_09"}) {
      assertThat(JsonPaths.field("$", name)).as(name).isEqualTo("$." + name);
    }
  }

  @Test
  void namesWithAnyCharacterJustOutsideThoseRangesAreQuoted() {
    // '@' and '[' border A-Z, '`' and '{' border a-z, '/' and ':' border 0-9
    for (String name : new String[] {"@", "[", "`", "{", "a/", "a:", "0a", "9", "a b", ""}) {
      assertThat(JsonPaths.field("$", name)).as(name).isEqualTo("$['" + name + "']");
    }
  }

  @Test
  void quotesAndBackslashesInAQuotedNameAreEscaped() {
    assertThat(JsonPaths.field("$.a", "it's\\")).isEqualTo("$.a['it\\'s\\\\']");
  }
}
