package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.SegmentResult;

/**
 * Segments by a column with more than 100,000 distinct values (a respondent or store id) must count
 * exactly as one by country does: the fast path, the reference reader and a plain count made here
 * agree on every segment.
 */
class HighCardinalitySegmentsTest {

  private static final int ROWS = 240_000;
  private static final int IDS = 150_000;

  @TempDir Path dir;

  @Test
  void fastPathReferenceReaderAndAPlainCountAgreeOnEverySegment() throws IOException {
    // given an export whose store column takes more than 100,000 distinct values
    Map<String, long[]> expected = new HashMap<>();
    long[] rejected = {0};
    Path file = write(dir.resolve("stores.csv"), expected, rejected);
    assertThat(expected).hasSizeGreaterThan(100_000);
    var reader = SurveyReader.builder().scoreColumn("score").segmentColumns("store").build();

    // when the fast path and the reference reader read it
    Optional<NpsReport> fast = ParallelCsvRead.read(reader, file, 1 << 16, 1 << 12);
    NpsReport reference;
    try (InputStream in = Files.newInputStream(file)) {
      reference = reader.read(in);
    }

    // then both equal each other and the plain count
    assertThat(fast).as("the fast path reads this export itself").isPresent();
    assertThat(fast.get()).isEqualTo(reference);
    assertThat(counts(reference)).isEqualTo(plain(expected));
    assertThat(reference.rejected().count()).isEqualTo(rejected[0]);
  }

  private static Path write(Path path, Map<String, long[]> counts, long[] rejected)
      throws IOException {
    var random = new SplittableRandom(12);
    var text = new StringBuilder("id,store,score,comment\n");
    for (int i = 0; i < ROWS; i++) {
      String store = "S" + random.nextInt(IDS);
      int score = random.nextInt(13) - 1;
      String cell = score == 11 ? "n/a" : Integer.toString(score);
      text.append(i).append(',').append(store).append(',').append(cell);
      text.append(i % 7 == 0 ? ",\"multi\nline, \"\"quoted\"\"\"\n" : ",ok\n");
      if (score < 0 || score > 10) {
        rejected[0]++;
        continue;
      }
      long[] c = counts.computeIfAbsent(store, s -> new long[3]);
      c[score >= 9 ? 0 : score >= 7 ? 1 : 2]++;
    }
    return Files.writeString(path, text, StandardCharsets.UTF_8);
  }

  private static Map<String, List<Long>> counts(NpsReport report) {
    Map<String, List<Long>> out = new HashMap<>();
    for (SegmentResult s : report.segments()) {
      var r = s.result();
      out.put(s.key().get("store"), List.of(r.promoters(), r.passives(), r.detractors()));
    }
    return out;
  }

  private static Map<String, List<Long>> plain(Map<String, long[]> counts) {
    Map<String, List<Long>> out = new HashMap<>();
    counts.forEach((k, c) -> out.put(k, List.of(c[0], c[1], c[2])));
    return out;
  }
}
