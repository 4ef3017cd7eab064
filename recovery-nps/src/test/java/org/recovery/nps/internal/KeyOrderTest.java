package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

  @Test
  void ordersAsStringCompareToDoes() {
    qt().withExamples(300)
        .forAll(longs().all(), integers().between(0, 3_000))
        .checkAssert(
            (seed, count) -> {
              String[] values = distinct(new SplittableRandom(seed), count);

              int[] order = KeyOrder.of(values, values.length);

              String[] expected = values.clone();
              Arrays.sort(expected);
              assertThat(Arrays.stream(order).mapToObj(i -> values[i]).toArray())
                  .containsExactly((Object[]) expected);
            });
  }

  /** Shared prefixes, prefixes of each other, NUL, Latin-1, CJK and surrogate pairs. */
  private static String[] distinct(SplittableRandom random, int count) {
    String prefix = random.nextBoolean() ? "R_" : "";
    String alphabet = random.nextInt(4) == 0 ? "a\u0000\u00FF\u0100日\uD83D\uDE00z" : "ab0-_";
    LinkedHashSet<String> values = new LinkedHashSet<>();
    while (values.size() < count) {
      StringBuilder v = new StringBuilder(prefix);
      int length = random.nextInt(9);
      for (int i = 0; i < length; i++) {
        v.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(v.toString());
    }
    return values.toArray(new String[0]);
  }
}
