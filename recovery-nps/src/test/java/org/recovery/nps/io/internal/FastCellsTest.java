package org.recovery.nps.io.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsScale;
import org.recovery.nps.RejectionReason;

/**
 * The cells the scan settles in place, as {@link ValueRules} promises: one or two ASCII digits on
 * the scale and canonical ISO-8601 timestamps never reach the rules; everything else does, a short
 * score cell once.
 */
class FastCellsTest {
  @TempDir Path dir;

  /** The reference rules, counting the cells handed to them. */
  private static final class CountingRules implements ValueRules {
    private final BriefRules rules;
    int scores;
    int days;

    CountingRules(ZoneId zone, int min, int max) {
      this.rules = new BriefRules(zone, min, max);
    }

    @Override
    public int score(String cell) {
      scores++;
      return rules.score(cell);
    }

    @Override
    public long epochDay(String cell) {
      days++;
      return rules.epochDay(cell);
    }

    @Override
    public String segment(String cell) {
      return rules.segment(cell);
    }
  }

  private ScanTotals scan(String csv, NpsScale scale, CountingRules rules) throws IOException {
    Path file = Files.write(dir.resolve("export.csv"), csv.getBytes(StandardCharsets.UTF_8));
    ScanLayout layout =
        new ScanLayout((byte) ',', 2, 0, List.of(), 1, true, ZoneOffset.UTC, scale, 5, rules);
    try (FileChannel channel = FileChannel.open(file)) {
      HeaderRows header = HeaderRows.read(channel, (byte) ',', 1).orElseThrow();
      return ParallelExportScan.scan(
              channel, layout, header.dataStart(), header.breaks(), 1, 1 << 20, 1 << 16)
          .orElseThrow();
    }
  }

  @Test
  void scoresOnTheScaleAndCanonicalTimestampsAreReadInPlace() throws IOException {
    StringBuilder csv = new StringBuilder("score,at\n");
    String[] times = {
      "2026-11-20T10:15:00Z", "2026-11-20", "2026-11-20 10:15", "2026-11-20T10:15:00.5+01:00"
    };
    for (int s = 0; s <= 10; s++) {
      csv.append(s).append(',').append(times[s % times.length]).append('\n');
    }
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 0, 10);
    ScanTotals totals = scan(csv.toString(), NpsScale.defaults(), rules);
    assertThat(totals.responses()).isEqualTo(11);
    assertThat(totals.overall()).containsExactly(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1);
    assertThat(rules.scores).isZero();
    assertThat(rules.days).isZero();
  }

  @Test
  void scoresOffTheScaleAndOtherFormsGoToTheRules() throws IOException {
    // A 1-5 scale: 1..5 in place; 0, 6, 10, 05, " 3" and 2.0 are the rules' to judge.
    String csv =
        "score,at\n1,2026-11-20\n5,2026-11-20\n0,2026-11-20\n6,2026-11-20\n10,2026-11-20\n"
            + "05,2026-11-20\n\" 3\",2026-11-20\n2.0,2026-11-20\n3,20 Nov 2026\n";
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 1, 5);
    ScanTotals totals = scan(csv, NpsScale.of(1, 2, 3, 3, 4, 5), rules);
    assertThat(rules.scores).isEqualTo(6);
    assertThat(rules.days).isEqualTo(1);
    assertThat(totals.rows).isEqualTo(9);
  }

  @Test
  void tenIsReadInPlaceOnlyWhenTheScaleReachesIt() throws IOException {
    CountingRules upTo9 = new CountingRules(ZoneOffset.UTC, 0, 9);
    scan("score,at\n10,2026-11-20\n9,2026-11-20\n", NpsScale.of(0, 5, 6, 7, 8, 9), upTo9);
    assertThat(upTo9.scores).isEqualTo(1);
    CountingRules from11 = new CountingRules(ZoneOffset.UTC, 10, 12);
    scan("score,at\n10,2026-11-20\n", NpsScale.of(10, 10, 11, 11, 12, 12), from11);
    assertThat(from11.scores).isZero();
  }

  @Test
  void anEmptyScoreIsBlankWithoutTheRulesAndAQuotedEmptyOneGoesToThem() throws IOException {
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 0, 10);
    ScanTotals totals =
        scan("score,at\n,2026-11-20\n\"\",2026-11-20\n7,2026-11-20\n", NpsScale.defaults(), rules);
    assertThat(rules.scores).isEqualTo(1);
    assertThat(totals.rejected(RejectionReason.BLANK)).isEqualTo(2);
    assertThat(totals.responses()).isEqualTo(1);
  }

  @Test
  void aShortCellTheRulesReadIsAskedOnceAndALongOneEachTime() throws IOException {
    StringBuilder csv = new StringBuilder("score,at\n");
    String[] cells = {"n/a", "7.5", "n/a", "11", "7.5", "n/a", "not a score at all", "11"};
    for (int round = 0; round < 2; round++) {
      for (String cell : cells) {
        csv.append(cell).append(",2026-11-20\n");
      }
    }
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 0, 10);
    ScanTotals totals = scan(csv.toString(), NpsScale.defaults(), rules);
    // n/a, 7.5 and 11 once each; the 18-byte cell each of its two times.
    assertThat(rules.scores).isEqualTo(5);
    assertThat(totals.rejected(RejectionReason.BLANK)).isEqualTo(6);
    assertThat(totals.rejected(RejectionReason.NOT_AN_INTEGER)).isEqualTo(4);
    assertThat(totals.rejected(RejectionReason.OUT_OF_RANGE)).isEqualTo(4);
    assertThat(totals.rejected(RejectionReason.NOT_A_NUMBER)).isEqualTo(2);
  }

  @Test
  void theCharacterAfterNineIsNotReadAsTen() throws IOException {
    // ':' is '9' + 1: on a 0-10 scale only the test against 9 tells it from a digit.
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 0, 10);
    ScanTotals totals = scan("score,at\n:,2026-11-20\n9,2026-11-20\n", NpsScale.defaults(), rules);
    assertThat(totals.rejected(RejectionReason.NOT_A_NUMBER)).isEqualTo(1);
    assertThat(totals.overall()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
    assertThat(rules.scores).isEqualTo(1);
  }

  @Test
  void aCellOfSixteenBytesIsAskedAboutOnceAndOneOfSeventeenEachTime() throws IOException {
    String sixteen = "n/a n/a n/a n/a.";
    String seventeen = sixteen + "!";
    StringBuilder csv = new StringBuilder("score,at\n");
    for (int round = 0; round < 3; round++) {
      csv.append(sixteen).append(",2026-11-20\n").append(seventeen).append(",2026-11-20\n");
    }
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 0, 10);
    ScanTotals totals = scan(csv.toString(), NpsScale.defaults(), rules);
    assertThat(rules.scores).isEqualTo(1 + 3);
    assertThat(totals.rejected(RejectionReason.NOT_A_NUMBER)).isEqualTo(6);
  }

  @Test
  void answersStayRightWhenMoreDistinctCellsArriveThanAreKept() throws IOException {
    // 3,000 distinct cells, twice over: the kept answers are forgotten and built again on the way,
    // and an answer kept under a reused id must not stand for another cell.
    StringBuilder csv = new StringBuilder("score,at\n");
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 3000; i++) {
        csv.append(i % 2 == 0 ? String.valueOf(100 + i) : "x" + i).append(",2026-11-20\n");
      }
    }
    CountingRules rules = new CountingRules(ZoneOffset.UTC, 0, 10);
    ScanTotals totals = scan(csv.toString(), NpsScale.defaults(), rules);
    assertThat(totals.rejected(RejectionReason.OUT_OF_RANGE)).isEqualTo(3000);
    assertThat(totals.rejected(RejectionReason.NOT_A_NUMBER)).isEqualTo(3000);
    assertThat(rules.scores).isBetween(6000 - 1024, 6000);
  }
}
