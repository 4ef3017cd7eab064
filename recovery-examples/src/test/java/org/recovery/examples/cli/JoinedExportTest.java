package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JoinedExportTest {

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String readAll(InputStream in) throws IOException {
    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
  }

  @Test
  void keepsTheFirstHeaderAndDropsTheLaterOnes() throws IOException {
    Path a = file("a.csv", "id,score\n1,9\n2,7\n");
    Path b = file("b.csv", "id,score\n3,0\n");

    try (var joined = new JoinedExport(List.of(a, b), 1)) {
      assertThat(readAll(joined)).isEqualTo("id,score\n1,9\n2,7\n3,0\n");
      assertThat(joined.lines()).isEqualTo(4);
    }
  }

  @Test
  void addsTheLineEndAFileLacks() throws IOException {
    Path a = file("a.csv", "id,score\n1,9");
    Path b = file("b.csv", "id,score\r\n3,0\r\n");

    try (var joined = new JoinedExport(List.of(a, b), 1)) {
      assertThat(readAll(joined)).isEqualTo("id,score\n1,9\n3,0\r\n");
    }
  }

  @Test
  void tracesAJoinedLineBackToItsFileAndLine() throws IOException {
    Path a = file("a.csv", "id,score\n1,9\n2,7\n");
    Path b = file("b.csv", "\uFEFFid,score\r\n3,0\r\n4,ten\r\n");

    try (var joined = new JoinedExport(List.of(a, b), 1)) {
      readAll(joined);

      assertThat(joined.locate(2)).isEqualTo(a + ":2");
      assertThat(joined.locate(3)).isEqualTo(a + ":3");
      assertThat(joined.locate(4)).isEqualTo(b + ":2");
      assertThat(joined.locate(5)).isEqualTo(b + ":3");
    }
  }

  @Test
  void aHeaderWithAQuotedLineBreakIsSkippedWhole() throws IOException {
    String header = "id,\"How likely\nto recommend?\"\n";
    Path a = file("a.csv", header + "1,9\n");
    Path b = file("b.csv", header + "2,3\n");

    try (var joined = new JoinedExport(List.of(a, b), 1)) {
      assertThat(readAll(joined)).isEqualTo(header + "1,9\n2,3\n");
      assertThat(joined.locate(4)).isEqualTo(b + ":3");
    }
  }

  @Test
  void filesWithDifferentColumnsAreRefused() throws IOException {
    Path a = file("a.csv", "id,score\n1,9\n");
    Path b = file("b.csv", "id,nps\n3,0\n");

    try (var joined = new JoinedExport(List.of(a, b), 1)) {
      assertThatThrownBy(() -> readAll(joined))
          .isInstanceOf(UnusableInputException.class)
          .hasMessage(
              b
                  + ": its header rows differ from those of "
                  + a
                  + "; files read as one export must have the same columns");
    }
  }

  @Test
  void oneFileIsLocatedByLineAlone() throws IOException {
    Path a = file("a.csv", "id,score\n1,9\n");

    try (var joined = new JoinedExport(List.of(a), 1)) {
      assertThat(readAll(joined)).isEqualTo("id,score\n1,9\n");
      assertThat(joined.locate(2)).isEqualTo("2");
      assertThat(joined.totalBytes()).isEqualTo(13);
    }
  }

  @Test
  void aMissingFileIsNamedBeforeAnythingIsRead() {
    Path missing = dir.resolve("missing.csv");

    assertThatThrownBy(() -> new JoinedExport(List.of(missing), 1))
        .isInstanceOf(UnusableInputException.class)
        .hasMessage("cannot read " + missing + ": no such file");
  }
}
