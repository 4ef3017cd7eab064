package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader's settings at their edges: the first value allowed and the first refused, the rules
 * across settings, and which settings let a file be scanned in parallel.
 */
class SurveyReaderRulesTest {
  @TempDir Path dir;

  private static SurveyReaderBuilder builder() {
    return SurveyReader.builder().scoreColumn("score");
  }

  @Test
  void headerRowsNamesRowAndSheetNumberStartAtOne() {
    builder().headerRows(1).namesRow(1).sheet(1).build();
    assertThatThrownBy(() -> builder().headerRows(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headerRows must be >= 1 but was 0");
    assertThatThrownBy(() -> builder().namesRow(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namesRow must be >= 1 but was 0");
    assertThatThrownBy(() -> builder().sheet(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sheet number must be >= 1 but was 0");
  }

  @Test
  void aCsvNamesRowMustBeOneOfTheHeaderRows() {
    builder().headerRows(2).namesRow(2).build();
    assertThatThrownBy(() -> builder().headerRows(2).namesRow(3).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("namesRow must be between 1 and headerRows (2) but was 3");
    // JSON Lines has no header rows, so the rule does not apply to it.
    builder().format(SurveyFormat.JSON_LINES).headerRows(2).namesRow(3).build();
  }

  @Test
  void theWeightColumnMustDifferFromTheScoreColumn() {
    builder().weightColumn("w").build();
    assertThatThrownBy(() -> builder().weightColumn("score").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score, segment and weight columns must be distinct but were [score, score]");
  }

  @Test
  void headerRowsSplitElsewhereMustHoldEveryHeaderRow() {
    SurveyReader reader = builder().headerRows(2).namesRow(2).build();
    List<String> first = List.of("Survey", "");
    List<String> names = List.of("score", "country");

    assertThat(reader.header(List.of(first, names)).names()).containsExactly("score", "country");
    assertThatThrownBy(() -> reader.header(List.of(first)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the export has 1 record(s) but needs 2 header row(s) before the data");
  }

  @Test
  void onlyUtf8CsvWithAnAsciiDelimiterAndNoPerRowSettingIsScannedInParallel() {
    assertThat(builder().build().scansInParallel()).isTrue();
    assertThat(builder().delimiter('\u0001').build().scansInParallel()).isTrue();
    assertThat(builder().delimiter('\u007f').build().scansInParallel()).isTrue();

    assertThat(ParallelCsvRead.unsupported(builder().format(SurveyFormat.JSON_LINES).build()))
        .contains("the format is JSON_LINES");
    assertThat(ParallelCsvRead.unsupported(builder().charset(StandardCharsets.ISO_8859_1).build()))
        .contains("the charset is ISO-8859-1");
    assertThat(ParallelCsvRead.unsupported(builder().delimiter('\u0080').build()))
        .contains("the delimiter is not ASCII");
    assertThat(
            ParallelCsvRead.unsupported(builder().respondentColumn("id").deduplicate(true).build()))
        .contains("de-duplication keeps one entry per respondent");
    assertThat(ParallelCsvRead.unsupported(builder().weightColumn("w").build()))
        .contains("weights are read per row");
    assertThat(ParallelCsvRead.unsupported(builder().onResponse(r -> {}).build()))
        .contains("a response listener is called per row, in file order");
  }

  @Test
  void progressOfAWorkbookIsItsSizeOnceRead() throws IOException {
    Path file =
        Files.write(
            dir.resolve("scores.xlsx"),
            WorkbookBytes.workbook(
                List.of("score"),
                List.of(
                    List.of(WorkbookBytes.shared(0)),
                    List.of(WorkbookBytes.number("9")),
                    List.of(WorkbookBytes.number("3")))));
    List<Long> heard = new ArrayList<>();

    builder().onProgress(heard::add).build().read(file);

    assertThat(heard).containsExactly(Files.size(file));
  }
}
