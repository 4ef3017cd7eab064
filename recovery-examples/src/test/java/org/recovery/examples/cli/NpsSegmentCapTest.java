package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;

/**
 * The table shows {@link NpsReport#SEGMENTS_SHOWN} segments, those with the most responses, and
 * says how many more there are; JSON and CSV keep every segment.
 */
class NpsSegmentCapTest {

  @TempDir Path dir;

  /** 120 stores: store S000 has 120 responses, S001 119, ... S119 one. */
  private Path stores() throws IOException {
    StringBuilder csv = new StringBuilder("store,score\n");
    for (int s = 0; s < 120; s++) {
      for (int i = 0; i < 120 - s; i++) {
        csv.append(String.format("S%03d,%d%n", s, i % 11));
      }
    }
    return Files.writeString(dir.resolve("stores.csv"), csv, StandardCharsets.UTF_8);
  }

  @Test
  void tableShowsTheFiftyLargestSegmentsAndHowManyMoreThereAre() throws IOException {
    var run = CommandRun.of("nps", stores().toString(), "--score", "score", "--by", "store");

    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    List<String> shown = lines.stream().filter(l -> l.startsWith("store=")).toList();
    assertThat(shown).hasSize(NpsReport.SEGMENTS_SHOWN);
    assertThat(shown.get(0)).startsWith("store=S000 ");
    assertThat(shown.get(49)).startsWith("store=S049 ");
    assertThat(run.out()).doesNotContain("store=S050");
    assertThat(lines).contains("\u2026 and 70 more segments; use --format csv or json for all");
  }

  @Test
  void tableOfFiftySegmentsOrFewerShowsThemAllInKeyOrderWithoutANote() throws IOException {
    StringBuilder csv = new StringBuilder("store,score\n");
    for (int s = 0; s < NpsReport.SEGMENTS_SHOWN; s++) {
      csv.append(String.format("S%03d,%d%n", NpsReport.SEGMENTS_SHOWN - 1 - s, s % 11));
    }
    Path export = Files.writeString(dir.resolve("fifty.csv"), csv, StandardCharsets.UTF_8);

    var run = CommandRun.of("nps", export.toString(), "--score", "score", "--by", "store");

    List<String> shown = run.out().lines().filter(l -> l.startsWith("store=")).toList();
    assertThat(shown).hasSize(NpsReport.SEGMENTS_SHOWN);
    assertThat(shown.get(0)).startsWith("store=S000 ");
    assertThat(run.out()).doesNotContain("more segment");
  }

  @Test
  void csvAndJsonKeepEverySegment() throws IOException {
    Path export = stores();

    var csv =
        CommandRun.of(
            "nps", export.toString(), "--score", "score", "--by", "store", "--format", "csv");
    var json =
        CommandRun.of(
            "nps", export.toString(), "--score", "score", "--by", "store", "--format", "json");

    assertThat(csv.out().lines().filter(l -> l.startsWith("segment,"))).hasSize(120);
    assertThat(json.out().split("\"key\":", -1)).hasSize(121);
    assertThat(json.out()).endsWith("}\n");
  }

  @Test
  void aReaderThatStopsReadingEndsTheRunWithAnErrorInsteadOfWritingIntoNothing()
      throws IOException {
    var written = new AtomicLong();
    var closedAfterTheFirstBlock =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) throws IOException {
            if (written.get() > 0) {
              throw new IOException("Broken pipe");
            }
            written.addAndGet(length);
          }
        };
    var err = new StringWriter();
    StringBuilder csv = new StringBuilder("store,score\n");
    for (int s = 0; s < 20_000; s++) {
      csv.append(String.format("S%05d,%d%n", s, s % 11));
    }
    Path export = Files.writeString(dir.resolve("many.csv"), csv, StandardCharsets.UTF_8);

    int code =
        RecoveryCommand.execute(
            new PrintWriter(
                new OutputStreamWriter(closedAfterTheFirstBlock, StandardCharsets.UTF_8)),
            new PrintWriter(err),
            false,
            "nps",
            export.toString(),
            "--score",
            "score",
            "--by",
            "store",
            "--format",
            "csv");

    assertThat(code).isNotZero();
    assertThat(err.toString())
        .contains(
            "cannot write the report: standard output was closed before the report was written");
  }
}
