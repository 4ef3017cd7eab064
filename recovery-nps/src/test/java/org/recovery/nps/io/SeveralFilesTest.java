package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SurveyResponse;

class SeveralFilesTest {

  private static final String HEADER = "id,country,at,score\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static SurveyReader reader() {
    return SurveyReader.builder()
        .scoreColumn("score")
        .segmentColumns("country")
        .timestampColumn("at")
        .period(PeriodUnit.DAY)
        .threads(2)
        .build();
  }

  @Test
  void severalFilesCountAsTheConcatenatedExport() throws IOException {
    String a = "1,US,2026-11-16T09:00:00Z,10\n2,BR,2026-11-16T10:00:00Z,ten\n";
    String b = "3,US,2026-11-17T09:00:00Z,3\n4,DE,2026-11-17T10:00:00Z,\n5,BR,bad,9\n";
    Path first = file("a.csv", HEADER + a);
    Path second = file("b.csv", HEADER + b);
    Path joined = file("joined.csv", HEADER + a + b);

    NpsReport several = reader().read(List.of(first, second));
    NpsReport one = reader().read(joined);

    assertThat(several.overall()).isEqualTo(one.overall());
    assertThat(several.segments()).isEqualTo(one.segments());
    assertThat(several.periods()).isEqualTo(one.periods());
    assertThat(several.dataRows()).isEqualTo(one.dataRows()).isEqualTo(5);
    assertThat(several.rejected().byReason()).isEqualTo(one.rejected().byReason());
  }

  @Test
  void rejectionsNameTheFileAndItsOwnLineInFileOrder() throws IOException {
    Path first = file("a.csv", HEADER + "1,US,2026-11-16T09:00:00Z,10\n2,BR,x,N/A\n");
    Path second = file("b.csv", HEADER + "3,US,2026-11-17T09:00:00Z,ten\n");

    NpsReport report = reader().read(List.of(first, second));

    assertThat(report.rejected().examples())
        .containsExactly(
            new Rejection(
                3, Optional.of("score"), "N/A", RejectionReason.BLANK, Optional.of(first)),
            new Rejection(
                2, Optional.of("score"), "ten", RejectionReason.NOT_A_NUMBER, Optional.of(second)));
    assertThat(report.toJson()).contains("\"file\":\"" + second.toString().replace("\\", "\\\\"));
  }

  @Test
  void rowsOfASequentialReadAreNumberedPerFileToo() throws IOException {
    Path first = file("a.csv", "id,score,w\n1,10,1\n");
    Path second = file("b.csv", "id,score,w\n2,10,0\n3,9,1\n");
    List<SurveyResponse> responses = new ArrayList<>();
    SurveyReader weighted =
        SurveyReader.builder()
            .scoreColumn("score")
            .respondentColumn("id")
            .weightColumn("w")
            .onResponse(responses::add)
            .build();

    NpsReport report = weighted.read(List.of(first, second));

    assertThat(weighted.scansInParallel()).isFalse();
    assertThat(report.rejected().examples())
        .extracting(Rejection::file, Rejection::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of(second), 2L));
    assertThat(responses).extracting(SurveyResponse::line).containsExactly(2L, 3L);
  }

  @Test
  void eachFileIsScannedInParallelWhenTheSettingsAllowIt() throws IOException {
    Path first = file("a.csv", HEADER + "1,US,2026-11-16T09:00:00Z,10\n");
    Path second = file("b.csv", HEADER + "2,BR,2026-11-17T09:00:00Z,0\n");
    SurveyReader reader = reader();
    long base = FileLines.base(1);

    Optional<ReportAccumulator> scanned = ParallelCsvRead.scan(reader, second, base);

    assertThat(reader.scansInParallel()).isTrue();
    assertThat(scanned).isPresent();
    assertThat(reader.read(List.of(first, second)).overall().responses()).isEqualTo(2);
  }

  @Test
  void deduplicationKeepsTheLaterFilesResponseOnATie() throws IOException {
    Path first = file("a.csv", "id,at,score\nx,2026-11-16T09:00:00Z,0\n");
    Path second = file("b.csv", "id,at,score\nx,2026-11-16T09:00:00Z,10\n");
    SurveyReader reader =
        SurveyReader.builder()
            .scoreColumn("score")
            .respondentColumn("id")
            .timestampColumn("at")
            .deduplicate(true)
            .build();

    NpsReport report = reader.read(List.of(first, second));

    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.duplicates()).isEqualTo(1);
  }

  @Test
  void filesWithDifferentHeadersAreRefusedNamingBoth() throws IOException {
    Path first = file("a.csv", "id,score\n1,9\n");
    Path second = file("b.csv", "id,nps\n3,0\n");
    SurveyReader reader = SurveyReader.builder().scoreColumn("score").build();

    assertThatThrownBy(() -> reader.read(List.of(first, second)))
        .isInstanceOfSatisfying(
            SurveyFormatException.class,
            e -> {
              assertThat(e.file()).contains(second);
              assertThat(e.line()).isEqualTo(1);
            })
        .hasMessage(
            second
                + ": its header rows differ from those of "
                + first
                + "; files read as one export must have the same columns");
  }

  @Test
  void headersThatDifferOnlyInPaddingAreTheSame() throws IOException {
    Path first = file("a.csv", "id,score\n1,9\n");
    Path second = file("b.csv", "\uFEFFid , score\r\n3,0\r\n");
    SurveyReader reader = SurveyReader.builder().scoreColumn("score").build();

    assertThat(reader.read(List.of(first, second)).overall().responses()).isEqualTo(2);
  }

  @Test
  void aBrokenLaterFileIsNamedWithItsOwnLine() throws IOException {
    Path first = file("a.csv", "score,comment\n9,fine\n");
    Path second = file("b.csv", "score,comment\n7,\"never closed\n");
    SurveyReader reader = SurveyReader.builder().scoreColumn("score").build();

    assertThatThrownBy(() -> reader.read(List.of(first, second)))
        .isInstanceOfSatisfying(
            SurveyFormatException.class,
            e -> {
              assertThat(e.file()).contains(second);
              assertThat(e.line()).isEqualTo(2);
            })
        .hasMessageStartingWith(
            second + ": unterminated quoted field: the record starting at line 2");
  }

  @Test
  void progressCountsTheBytesOfEveryFileReadSequentiallyOrScanned() throws IOException {
    Path first = file("a.csv", "id,score,w\n1,10,1\n");
    Path second = file("b.csv", "id,score,w\n2,10,2\n3,9,1\n");
    long total = Files.size(first) + Files.size(second);
    List<Long> sequential = new ArrayList<>();
    List<Long> scanned = new ArrayList<>();
    var builder = SurveyReader.builder().scoreColumn("score");

    builder.build().toBuilder()
        .weightColumn("w")
        .onProgress(sequential::add)
        .build()
        .read(List.of(first, second));
    builder.build().toBuilder().onProgress(scanned::add).build().read(List.of(first, second));

    assertThat(sequential).isSorted().last().isEqualTo(total);
    assertThat(scanned).containsExactly(Files.size(first), total);
  }

  @Test
  void anEmptyListIsAProgrammerError() {
    SurveyReader reader = SurveyReader.builder().scoreColumn("score").build();

    assertThatThrownBy(() -> reader.read(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("files must hold at least one export but was empty");
  }

  @Test
  void oneFileInAListReadsAsThatFile() throws IOException {
    Path only = file("a.csv", "score\n9\nten\n");
    SurveyReader reader = SurveyReader.builder().scoreColumn("score").build();

    assertThat(reader.read(List.of(only))).isEqualTo(reader.read(only));
    assertThat(reader.read(List.of(only)).rejected().examples().get(0).file()).isEmpty();
  }

  @Test
  void jsonLinesFilesAreReadAsOne() throws IOException {
    Path first = file("a.jsonl", "{\"score\": 10}\n");
    Path second = file("b.jsonl", "{\"score\": 3}\nnot json\n");
    SurveyReader reader =
        SurveyReader.builder().format(SurveyFormat.JSON_LINES).scoreColumn("score").build();

    NpsReport report = reader.read(List.of(first, second));

    assertThat(report.overall().responses()).isEqualTo(2);
    assertThat(report.rejected().examples())
        .extracting(Rejection::file, Rejection::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(Optional.of(second), 2L));
  }
}
