package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The scan's two intern tables give every distinct key the next dense id, in the order keys first
 * arrive, and the same id ever after: checked against a {@link LinkedHashMap} on key streams that
 * repeat keys, run through many growths and hold keys the tables treat specially.
 */
class InternTablesTest {

  /** Few distinct values, so keys repeat, back to back and far apart; or many, so tables grow. */
  private static Gen<Long> longKeys() {
    return integers()
        .between(0, 3)
        .zip(
            longs().between(-3, 3),
            longs().all(),
            (pick, small, any) ->
                switch (pick) {
                  case 0 -> small;
                  case 1 -> Long.MIN_VALUE + small + 3;
                  case 2 -> small << 32;
                  default -> any;
                });
  }

  @Test
  void longKeysGetDenseIdsInArrivalOrder() {
    qt().withExamples(300)
        .forAll(lists().of(longKeys()).ofSizeBetween(0, 700))
        .checkAssert(
            keys -> {
              LongTable table = new LongTable();
              Map<Long, Integer> expected = new LinkedHashMap<>();
              for (long key : keys) {
                int id = table.intern(key);
                assertThat(id).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
              }
              assertThat(table.size()).isEqualTo(expected.size());
              expected.forEach((key, id) -> assertThat(table.key(id)).isEqualTo(key));
              expected.forEach((key, id) -> assertThat(table.intern(key)).isEqualTo(id));
            });
  }

  @Test
  void theSmallestLongIsAKeyLikeAnyOther() {
    LongTable table = new LongTable();

    assertThat(table.intern(Long.MIN_VALUE)).isZero();
    assertThat(table.intern(Long.MIN_VALUE)).isZero();
    assertThat(table.intern(7)).isEqualTo(1);
    assertThat(table.intern(Long.MIN_VALUE)).isZero();
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void tenThousandKeysKeepTheirIdsThroughEveryGrowth() {
    LongTable table = new LongTable();
    for (int i = 0; i < 10_000; i++) {
      assertThat(table.intern(i * 7L << 20)).isEqualTo(i);
    }
    for (int i = 9_999; i >= 0; i--) {
      assertThat(table.intern(i * 7L << 20)).isEqualTo(i);
      assertThat(table.key(i)).isEqualTo(i * 7L << 20);
    }
    assertThat(table.size()).isEqualTo(10_000);
  }

  /** Short cells drawn from few bytes, so slices repeat; some long ones, so the arena grows. */
  private static Gen<byte[]> slices() {
    return integers()
        .between(0, 4)
        .zip(
            lists().of(integers().between('a', 'd')).ofSizeBetween(0, 4),
            integers().between(0, 400),
            (pick, letters, length) -> {
              if (pick == 0) {
                byte[] longCell = new byte[length];
                Arrays.fill(longCell, (byte) ('a' + length % 3));
                return longCell;
              }
              byte[] b = new byte[letters.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) letters.get(i);
              }
              return b;
            });
  }

  @Test
  void slicesGetDenseIdsInArrivalOrderAndKeepTheirBytes() {
    qt().withExamples(300)
        .forAll(lists().of(slices()).ofSizeBetween(0, 400), integers().between(0, 5))
        .checkAssert(
            (cells, padding) -> {
              SliceTable table = new SliceTable();
              Map<String, Integer> expected = new LinkedHashMap<>();
              for (byte[] cell : cells) {
                // Each cell sits at an offset inside a larger line, as it does in a chunk.
                byte[] line = new byte[cell.length + 2 * padding];
                Arrays.fill(line, (byte) ',');
                System.arraycopy(cell, 0, line, padding, cell.length);
                int id = table.intern(line, padding, padding + cell.length);
                String key = new String(cell, StandardCharsets.ISO_8859_1);
                assertThat(id).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
              }
              assertThat(table.size()).isEqualTo(expected.size());
              List<String> stored = new ArrayList<>();
              for (int id = 0; id < table.size(); id++) {
                stored.add(
                    new String(
                        table.arena(),
                        table.offset(id),
                        table.length(id),
                        StandardCharsets.ISO_8859_1));
              }
              assertThat(stored).containsExactlyElementsOf(expected.keySet());
            });
  }

  @Test
  void aSliceLongerThanTheWholeArenaIsKeptWhole() {
    SliceTable table = new SliceTable();
    byte[] cell = new byte[1_000];
    Arrays.fill(cell, (byte) 'x');
    table.intern("ab".getBytes(StandardCharsets.US_ASCII), 0, 2);

    int id = table.intern(cell, 0, cell.length);

    assertThat(id).isEqualTo(1);
    assertThat(
            Arrays.copyOfRange(
                table.arena(), table.offset(id), table.offset(id) + table.length(id)))
        .isEqualTo(cell);
    assertThat(table.intern(cell, 0, cell.length)).isEqualTo(1);
  }

  @Test
  void slicesThatDifferOnlyInLengthOrInOneByteAreDistinct() {
    SliceTable table = new SliceTable();
    byte[] line = "aaaa,aaab".getBytes(StandardCharsets.US_ASCII);

    assertThat(table.intern(line, 0, 4)).isZero();
    assertThat(table.intern(line, 0, 3)).isEqualTo(1);
    assertThat(table.intern(line, 5, 9)).isEqualTo(2);
    assertThat(table.intern(line, 0, 0)).isEqualTo(3);
    assertThat(table.intern(line, 4, 4)).isEqualTo(3);
    assertThat(table.intern(line, 1, 4)).isEqualTo(1);
    assertThat(table.size()).isEqualTo(4);
  }

  /**
   * Slices around the packed length (up to seven bytes), of any byte value, at the very end of the
   * array (no whole word to read there) and inside a longer line: a slice has one id wherever it
   * sits, and slices of different lengths or bytes never share one.
   */
  @Test
  void shortSlicesHaveOneIdWhereverTheySit() {
    Gen<byte[]> cells =
        lists()
            .of(integers().between(0, 255))
            .ofSizeBetween(0, 9)
            .map(
                values -> {
                  byte[] b = new byte[values.size()];
                  for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (int) values.get(i);
                  }
                  return b;
                });
    qt().withExamples(300)
        .forAll(lists().of(cells).ofSizeBetween(1, 200))
        .checkAssert(
            list -> {
              SliceTable table = new SliceTable();
              Map<String, Integer> expected = new LinkedHashMap<>();
              for (byte[] cell : list) {
                String key = new String(cell, StandardCharsets.ISO_8859_1);
                int want = expected.computeIfAbsent(key, k -> expected.size());
                byte[] atEnd = new byte[cell.length + 1];
                System.arraycopy(cell, 0, atEnd, 1, cell.length);
                byte[] inLine = new byte[cell.length + 16];
                Arrays.fill(inLine, (byte) 0xFF);
                System.arraycopy(cell, 0, inLine, 3, cell.length);

                assertThat(table.intern(atEnd, 1, atEnd.length)).isEqualTo(want);
                assertThat(table.intern(inLine, 3, 3 + cell.length)).isEqualTo(want);
              }
              assertThat(table.size()).isEqualTo(expected.size());
              for (Map.Entry<String, Integer> e : expected.entrySet()) {
                int id = e.getValue();
                assertThat(
                        new String(
                            table.arena(),
                            table.offset(id),
                            table.length(id),
                            StandardCharsets.ISO_8859_1))
                    .isEqualTo(e.getKey());
              }
            });
  }
}
