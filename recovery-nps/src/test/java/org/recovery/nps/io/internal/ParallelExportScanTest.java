package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsCategory;
import org.recovery.nps.NpsScale;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.internal.SegmentAccumulator;
import org.recovery.nps.io.ExportFixtures;

class ParallelExportScanTest {

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;

  @Test
  void parallelScanEqualsTheSequentialScanOnHostileExports() {
    qt().withExamples(400)
        .forAll(
            longs().all(),
            integers().between(1, 3),
            integers().between(1, 64),
            integers().between(16, 96))
        .checkAssert(
            (seed, threads, chunk, window) -> {
              char delimiter = ",;\t|".charAt((int) Math.floorMod(seed >>> 8, 4L));
              byte[] file = HostileExports.write(seed, delimiter, seed % 3 == 0);
              assertSameAsSequential(file, delimiter, threads, chunk, window, 1);
            });
  }

  @Test
  void parallelScanEqualsTheSequentialScanWithLargerChunksAndTwoHeaderRows() {
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(1, 2), integers().between(65, 4096))
        .checkAssert(
            (seed, threads, chunk) -> {
              byte[] file = HostileExports.write(seed, ',', seed % 4 == 0);
              assertSameAsSequential(file, ',', threads, chunk, 1 << 12, 1);
              assertSameAsSequential(file, ',', threads, chunk, 64, 2);
            });
  }

  @Test
  void hundredsOfDaysAndSegmentPairsGrowTheCountsAsTheSequentialScanCountsThem() {
    qt().withExamples(20)
        .forAll(longs().all(), integers().between(1, 2), integers().between(64, 8192))
        .checkAssert(
            (seed, threads, chunk) -> {
              java.util.Random random = new java.util.Random(seed);
              StringBuilder csv =
                  new StringBuilder("score,country,submitted_at,comment\nNPS,where,when,why\n");
              for (int row = 0; row < 3_000; row++) {
                csv.append(random.nextInt(11))
                    .append(",c")
                    .append(random.nextInt(60))
                    .append(',')
                    .append(java.time.LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400)))
                    .append("T10:00:00Z,k")
                    .append(random.nextInt(30))
                    .append('\n');
              }
              byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
              assertSameAsSequential(file, ',', threads, chunk, 1 << 12, 2);
              try {
                assertThat(scan(file, ',', threads, chunk, 1 << 12, 2)).isPresent();
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  void rejectionsCarryTheLineWhereTheirRecordStarts() throws IOException {
    String csv =
        "score,country,submitted_at,comment\r\n"
            + "9,US,2026-11-20T10:15:00Z,\"two\nlines\"\r\n"
            + "N/A,DE,2026-11-20T10:15:00Z,x\r\n"
            + "7,DE,2026-11-20T10:15:00Z\r\n"
            + "\"ten\",FR,2026-11-20T10:15:00Z,\"a\r\nb\"\r\n"
            + "11,FR,2026-11-20T10:15:00Z,x";
    for (int chunk = 1; chunk < csv.length(); chunk++) {
      ScanTotals totals = scan(csv.getBytes(StandardCharsets.UTF_8), ',', 2, chunk, 16, 1).get();
      assertThat(totals.rejections)
          .containsExactly(
              new ScanTotals.Rejection(4, 0, "N/A", RejectionReason.BLANK),
              new ScanTotals.Rejection(
                  5, -1, "7,DE,2026-11-20T10:15:00Z", RejectionReason.RAGGED_ROW),
              new ScanTotals.Rejection(6, 0, "ten", RejectionReason.NOT_A_NUMBER),
              new ScanTotals.Rejection(8, 0, "11", RejectionReason.OUT_OF_RANGE));
      assertThat(totals.rows).isEqualTo(5);
      assertThat(totals.responses()).isEqualTo(1);
    }
  }

  @Test
  void aReaderKeepingMoreExamplesThanTheFirstRoomKeepsThemAllInOrder() throws IOException {
    // Two header rows give the layout a limit of 100 kept rejections; 150 rows are rejected.
    StringBuilder csv = new StringBuilder("score,country,submitted_at,comment\n-,-,-,-\n");
    for (int i = 0; i < 150; i++) {
      csv.append("x").append(i).append(",DE,2026-11-20T10:15:00Z,c\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {64, 1000, file.length}) {
      ScanTotals totals = scan(file, ',', 2, chunk, 64, 2).get();
      assertThat(totals.faults[RejectionReason.NOT_A_NUMBER.ordinal()]).isEqualTo(150);
      assertThat(totals.rejections).hasSize(100);
      for (int i = 0; i < 100; i++) {
        assertThat(totals.rejections.get(i))
            .isEqualTo(new ScanTotals.Rejection(3 + i, 0, "x" + i, RejectionReason.NOT_A_NUMBER));
      }
    }
  }

  @Test
  void keptValuesAreReadBackFromTheFileAndRejectionsPastTheLimitAreCounted() throws IOException {
    String csv =
        "score,country,submitted_at,comment\n"
            + ",US,2026-11-20T10:15:00Z,empty\n"
            + "\"1\"\"0\",DE,2026-11-20T10:15:00Z,\"a \"\"quoted\"\" score\"\n"
            + "10,DE,2026-13-01T00:00:00Z,x\n"
            + "9,FR,2026-11-20T10:15:00Z,\"Très\nbien\",extra\n"
            + "11,FR,2026-11-20T10:15:00Z,past the limit\n"
            + "x,FR,2026-11-20T10:15:00Z,past the limit\n"
            + "10,FR,2026-11-20T10:15:00Z,kept\n";
    int[] faults = new int[RejectionReason.values().length];
    faults[RejectionReason.BLANK.ordinal()] = 1;
    faults[RejectionReason.NOT_A_NUMBER.ordinal()] = 2;
    faults[RejectionReason.BAD_TIMESTAMP.ordinal()] = 1;
    faults[RejectionReason.RAGGED_ROW.ordinal()] = 1;
    faults[RejectionReason.OUT_OF_RANGE.ordinal()] = 1;
    byte[] file = csv.getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk < file.length; chunk++) {
      ScanTotals totals = scan(file, ',', 2, chunk, 16, 1).get();
      assertThat(totals.rejections)
          .as("chunk size %d", chunk)
          .containsExactly(
              new ScanTotals.Rejection(2, 0, "", RejectionReason.BLANK),
              new ScanTotals.Rejection(3, 0, "1\"0", RejectionReason.NOT_A_NUMBER),
              new ScanTotals.Rejection(4, 2, "2026-13-01T00:00:00Z", RejectionReason.BAD_TIMESTAMP),
              new ScanTotals.Rejection(
                  5,
                  -1,
                  "9,FR,2026-11-20T10:15:00Z,\"Très\nbien\",extra",
                  RejectionReason.RAGGED_ROW));
      assertThat(totals.faults)
          .as("chunk size %d", chunk)
          .containsExactly(Arrays.stream(faults).asLongStream().toArray());
      assertThat(totals.responses()).isEqualTo(1);
    }
  }

  @Test
  void theDefaultChunksAndWindowAgreeWithASequentialScanPastTheSmallFirstChunks()
      throws IOException {
    // About 6 MB: the 48 small first chunks (3 MB, read in quarters), then nominal ones. Quoted
    // comments with line breaks make some guessed starts wrong, in the small chunks too.
    java.util.Random r = new java.util.Random(12);
    StringBuilder csv = new StringBuilder("score,country,submitted_at,comment\n");
    String[] scores = {"9", "10", "0", "7", "6", " 8 ", "", "7.5", "x", "11"};
    String[] comments = {
      "fine", "\"late, and cold\"", "\"two\nlines\"", "\"a \"\"b\"\"\r\nc\"", ""
    };
    while (csv.length() < 6 << 20) {
      csv.append(scores[r.nextInt(scores.length)])
          .append(r.nextBoolean() ? ",\"U,S\"," : ",DE,")
          .append("2026-11-")
          .append(10 + r.nextInt(19))
          .append("T10:15:00Z,")
          .append(
              r.nextBoolean() ? comments[r.nextInt(comments.length)] : "x".repeat(r.nextInt(200)))
          .append(r.nextInt(3) == 0 ? "\r\n" : "\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    Path path = Files.write(dir.resolve("large.csv"), file);
    for (int threads = 1; threads <= 2; threads++) {
      scanPastTheSmallFirstChunks(path, file, threads);
    }
  }

  @Test
  void aFileCleanUntilItsLastRowNumbersThatRowPastEveryChunk() throws IOException {
    // About 6 MB of good rows, quoted comments with LF, CR LF and lone CR breaks among them, and
    // one bad score at the very end: the merge counts the line breaks of every chunk before it.
    java.util.Random r = new java.util.Random(5);
    StringBuilder csv = new StringBuilder("score,country,submitted_at,comment\n");
    String[] comments = {"fine", "\"two\nlines\"", "\"a\r\nb\"", "\"lone\rCR\"", "\"\"\"q\"\"\""};
    long lines = 1;
    while (csv.length() < 6 << 20) {
      String comment = comments[r.nextInt(comments.length)];
      csv.append(r.nextInt(11))
          .append(",DE,2026-11-20T10:15:00Z,")
          .append(comment)
          .append(r.nextBoolean() ? "\r\n" : "\n");
      lines += 1 + (comment.contains("\n") || comment.contains("\r") ? 1 : 0);
    }
    csv.append("x,DE,2026-11-20T10:15:00Z,last\n");
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    Path path = Files.write(dir.resolve("late.csv"), file);
    for (int threads = 1; threads <= 2; threads++) {
      assertThat(scanPastTheSmallFirstChunks(path, file, threads).rejections)
          .containsExactly(
              new ScanTotals.Rejection(lines + 1, 0, "x", RejectionReason.NOT_A_NUMBER));
    }
  }

  /**
   * Scans a file with the default chunks and window, checks that it took more chunks than the small
   * first ones and agrees with the sequential scan, and returns the totals.
   */
  private static ScanTotals scanPastTheSmallFirstChunks(Path path, byte[] file, int threads)
      throws IOException {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      HeaderRows header = HeaderRows.read(channel, (byte) ',', 1).orElseThrow();
      Optional<ScanTotals> fast =
          ParallelExportScan.scan(
              channel, hostileLayout(',', 1), header.dataStart(), header.breaks(), threads);
      assertThat(fast).isPresent();
      assertThat(fast.get().chunks()).isGreaterThan(ChunkBounds.RAMP);
      assertThat(describe(fast))
          .isEqualTo(describe(SequentialScan.scan(file, hostileLayout(',', 1), 1)));
      return fast.get();
    }
  }

  @Test
  void withoutQuotedLineBreaksEveryGuessedStartIsRightAtAnyChunkSize() throws IOException {
    // LF, CR LF and lone CR endings; quoted fields, but none holding a line break. Every chunk's
    // guessed first record is then its real one: nothing is scanned twice, whatever the cut.
    for (String end : List.of("\n", "\r\n", "\r")) {
      StringBuilder csv = new StringBuilder("score,country,submitted_at,comment" + end);
      for (int i = 0; i < 40; i++) {
        csv.append(i % 12)
            .append(",\"U,S\",2026-11-")
            .append(10 + i % 9)
            .append("T10:15:00Z,\"say \"\"hi\"\"\"")
            .append(end);
      }
      byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
      int header = csv.indexOf(end) + end.length();
      for (int chunk = 1; chunk <= file.length; chunk += chunk < 40 ? 1 : 29) {
        for (int threads = 1; threads <= 2; threads++) {
          ScanTotals totals = scan(file, ',', threads, chunk, 16, 1).orElseThrow();
          assertThat(totals.rescanned()).as("%s chunk %d", end, chunk).isZero();
          assertThat(totals.chunks())
              .as("%s chunk %d", end, chunk)
              .isEqualTo((file.length - header + chunk - 1) / chunk);
          assertThat(totals.rows).isEqualTo(40);
          assertThat(describe(Optional.of(totals)))
              .isEqualTo(describe(SequentialScan.scan(file, hostileLayout(',', 1), 1)));
        }
      }
    }
  }

  @Test
  void aCutInsideAMultiLineCommentIsGuessedPastTheComment() throws IOException {
    // The first line break after a cut is often inside a quoted comment; the guess skips the rest
    // of the comment, which does not read as records, so no chunk is scanned twice.
    StringBuilder csv = new StringBuilder("score,country,submitted_at,comment\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append(i % 11)
          .append(",US,2026-11-20T10:15:00Z,\"Broke after a week.\nSupport was slow, but")
          .append(" polite.\r\nThey said \"\"sorry\"\", twice.\"\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {4_096, 10_007, 65_536}) {
      ScanTotals totals = scan(file, ',', 2, chunk, 1 << 16, 1).orElseThrow();
      assertThat(totals.rescanned()).as("chunk %d", chunk).isZero();
      assertThat(totals.chunks()).as("chunk %d", chunk).isGreaterThan(2);
      assertThat(totals.rows).isEqualTo(3_000);
      assertThat(describe(Optional.of(totals)))
          .isEqualTo(describe(SequentialScan.scan(file, hostileLayout(',', 1), 1)));
    }
  }

  @Test
  void aChunkWhoseGuessedStartLiesInsideAQuotedFieldIsScannedAgain() throws IOException {
    StringBuilder csv = new StringBuilder("score,country,submitted_at,comment\n");
    for (int i = 0; i < 200; i++) {
      // Lines inside the quotes that read as whole records mislead any guess made from them.
      csv.append(i % 11)
          .append(",US,2026-11-20T10:15:00Z,\"a\n1,US,2026-11-20T10:15:00Z,b\n")
          .append("2,US,2026-11-20T10:15:00Z,c\nd\"\n");
    }
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    ScanTotals totals = scan(file, ',', 2, 97, 64, 1).orElseThrow();
    assertThat(totals.rescanned()).isPositive();
    assertThat(describe(Optional.of(totals)))
        .isEqualTo(describe(SequentialScan.scan(file, hostileLayout(',', 1), 1)));
  }

  @Test
  void aGuessInsideAQuotedFieldLongerThanTheOvershootGivesUpAndIsScannedAgain() throws IOException {
    StringBuilder csv = new StringBuilder("score,country,submitted_at,comment\n");
    csv.append("9,US,2026-11-20T10:15:00Z,\"");
    for (int i = 0; i < 150_000; i++) {
      csv.append("line ").append(i).append('\n');
    }
    csv.append("\"\n7,DE,2026-11-21T10:15:00Z,short\n");
    byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
    ScanTotals totals = scan(file, ',', 2, 1 << 16, 1 << 12, 1).orElseThrow();
    assertThat(totals.rescanned()).isPositive();
    assertThat(totals.rows()).isEqualTo(2);
    assertThat(describe(Optional.of(totals)))
        .isEqualTo(describe(SequentialScan.scan(file, hostileLayout(',', 1), 1)));
  }

  @Test
  void malformedUtf8AnywhereHandsTheFileToTheReferenceReader() throws IOException {
    byte[] file =
        "score,country,submitted_at,comment\n9,US,2026-11-20T10:15:00Z,\u00C3\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    for (int chunk = 1; chunk < file.length; chunk++) {
      assertThat(scan(file, ',', 2, chunk, 16, 1)).isEmpty();
    }
  }

  @Test
  void anUnterminatedQuoteHandsTheFileToTheReferenceReader() throws IOException {
    byte[] file =
        "score,country,submitted_at,comment\n9,US,2026-11-20T10:15:00Z,\"open\n9,US,x,y\n"
            .getBytes(StandardCharsets.UTF_8);
    for (int chunk = 1; chunk < file.length; chunk++) {
      assertThat(scan(file, ',', 2, chunk, 16, 1)).isEmpty();
    }
  }

  @Test
  void conferenceLayoutGivesItsKnownAnswerInAnyChunking() throws IOException {
    byte[] file = ExportFixtures.conference().getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 7, 64, 333, 1 << 20}) {
      ScanTotals totals = scanReal(file, 1, -1, chunk);
      long promoters = totals.overall[9] + totals.overall[10];
      long detractors = Arrays.stream(totals.overall, 0, 7).sum();
      assertThat(totals.responses()).isEqualTo(20);
      assertThat(promoters).isEqualTo(7);
      assertThat(detractors).isEqualTo(9);
      assertThat(describe(Optional.of(totals)))
          .isEqualTo(describe(SequentialScan.scan(file, layout(file, ',', 1, 1, -1), 1)));
    }
  }

  @Test
  @EnabledIf(
      value = "org.recovery.nps.io.ExportFixtures#realDataPresent",
      disabledReason =
          "the real exports live in the reference-data directory beside the repository"
              + " (system property recovery.realData), which this checkout does not have")
  void sudzillaExportGivesItsKnownAnswer() throws IOException {
    Path source = ExportFixtures.realData().resolve("sudzilla_survey.csv");
    byte[] file = Files.readAllBytes(source);
    for (int chunk : new int[] {1, 7, 64, 333, 1 << 20}) {
      ScanTotals totals = scanReal(file, 1, -1, chunk);
      long promoters = totals.overall[9] + totals.overall[10];
      long detractors = Arrays.stream(totals.overall, 0, 7).sum();
      assertThat(totals.responses()).isEqualTo(39);
      assertThat(promoters).isEqualTo(8);
      assertThat(detractors).isEqualTo(22);
      assertThat(describe(Optional.of(totals)))
          .isEqualTo(describe(SequentialScan.scan(file, layout(file, ',', 1, 1, -1), 1)));
    }
  }

  @Test
  void airlineLayoutWithQuotedSegmentNamesScansLikeTheSequentialScan() throws IOException {
    byte[] file = ExportFixtures.airlines(700, 17).getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {97, 4096, 1 << 20}) {
      ScanTotals totals = scanReal(file, 2, 0, chunk);
      assertThat(totals.responses()).isEqualTo(700);
      assertThat(totals.segments.responses(segment(totals.segments, "Hills, Vale and Partners")))
          .isPositive();
      assertThat(describe(Optional.of(totals)))
          .isEqualTo(describe(SequentialScan.scan(file, layout(file, ',', 1, 2, 0), 1)));
    }
  }

  @Test
  @EnabledIf(
      value = "org.recovery.nps.io.ExportFixtures#realDataPresent",
      disabledReason =
          "the real exports live in the reference-data directory beside the repository"
              + " (system property recovery.realData), which this checkout does not have")
  void prepAirExportGivesItsKnownAnswerForPrepAir() throws IOException {
    Path source = ExportFixtures.realData().resolve("prep_air_nps.csv");
    byte[] file = Files.readAllBytes(source);
    for (int chunk : new int[] {97, 4096, 1 << 20}) {
      ScanTotals totals = scanReal(file, 2, 0, chunk);
      int prepAir = segment(totals.segments, "Prep Air");
      assertThat(totals.segments.responses(prepAir)).isEqualTo(184);
      assertThat(totals.segments.count(prepAir, NpsCategory.PROMOTER)).isEqualTo(74);
      assertThat(totals.segments.count(prepAir, NpsCategory.DETRACTOR)).isEqualTo(35);
      assertThat(describe(Optional.of(totals)))
          .isEqualTo(describe(SequentialScan.scan(file, layout(file, ',', 1, 2, 0), 1)));
    }
  }

  private ScanTotals scanReal(byte[] file, int score, int segment, int chunk) throws IOException {
    Path path = Files.write(dir.resolve("real.csv"), file);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      HeaderRows header = HeaderRows.read(channel, (byte) ',', 1).orElseThrow();
      return ParallelExportScan.scan(
              channel,
              layout(file, ',', 1, score, segment),
              header.dataStart(),
              header.breaks(),
              2,
              chunk,
              1 << 16)
          .orElseThrow();
    }
  }

  private static ScanLayout layout(
      byte[] file, char delimiter, int headerRows, int score, int segment) {
    String first = new String(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
    int columns = 1;
    boolean quoted = false;
    for (char c : first.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == delimiter && !quoted) {
        columns++;
      }
    }
    return new ScanLayout(
        (byte) delimiter,
        columns,
        score,
        segment < 0 ? List.of() : List.of(segment),
        -1,
        true,
        ZONE,
        NpsScale.defaults(),
        5,
        new BriefRules(ZONE, 0, 10));
  }

  private void assertSameAsSequential(
      byte[] file, char delimiter, int threads, int chunk, int window, int headerRows) {
    Optional<ScanTotals> fast;
    try {
      fast = scan(file, delimiter, threads, chunk, window, headerRows);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Optional<ScanTotals> slow =
        SequentialScan.scan(file, hostileLayout(delimiter, headerRows), headerRows);
    assertThat(describe(fast)).isEqualTo(describe(slow));
  }

  private Optional<ScanTotals> scan(
      byte[] file, char delimiter, int threads, int chunk, int window, int headerRows)
      throws IOException {
    Path path = Files.write(dir.resolve("export.csv"), file);
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
      Optional<HeaderRows> header = HeaderRows.read(channel, (byte) delimiter, headerRows);
      if (header.isEmpty()) {
        return Optional.empty();
      }
      return ParallelExportScan.scan(
          channel,
          hostileLayout(delimiter, headerRows),
          header.get().dataStart(),
          header.get().breaks(),
          threads,
          chunk,
          window);
    }
  }

  private static ScanLayout hostileLayout(char delimiter, int headerRows) {
    return new ScanLayout(
        (byte) delimiter,
        4,
        HostileExports.SCORE,
        headerRows == 1
            ? List.of(HostileExports.COUNTRY)
            : List.of(HostileExports.COUNTRY, HostileExports.COMMENT),
        HostileExports.WHEN,
        true,
        ZONE,
        NpsScale.defaults(),
        headerRows == 1 ? 4 : 100,
        new BriefRules(ZONE, 0, 10));
  }

  static String describe(Optional<ScanTotals> totals) {
    if (totals.isEmpty()) {
      return "reference reader decides";
    }
    ScanTotals t = totals.get();
    return "rows="
        + t.rows
        + "\noverall="
        + Arrays.toString(t.overall)
        + "\nfaults="
        + Arrays.toString(t.faults)
        + "\nrejections="
        + t.rejections
        + "\nsegments="
        + Arrays.stream(t.segments.keyOrder())
            .mapToObj(id -> describe(t.segments, id))
            .collect(Collectors.joining(", "))
        + "\ndays="
        + t.days.entrySet().stream()
            .map((Map.Entry<Long, long[]> e) -> e.getKey() + ":" + Arrays.toString(e.getValue()))
            .collect(Collectors.joining(", "));
  }

  private static String describe(SegmentAccumulator segments, int id) {
    List<String> key = new ArrayList<>();
    for (int c = 0; c < segments.depth(); c++) {
      key.add(segments.value(id, c));
    }
    return key
        + ":"
        + segments.count(id, NpsCategory.DETRACTOR)
        + "/"
        + segments.count(id, NpsCategory.PASSIVE)
        + "/"
        + segments.count(id, NpsCategory.PROMOTER);
  }

  private static int segment(SegmentAccumulator segments, String value) {
    for (int id = 0; id < segments.size(); id++) {
      if (segments.value(id, 0).equals(value)) {
        return id;
      }
    }
    throw new AssertionError("no segment " + value);
  }
}
