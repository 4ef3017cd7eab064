package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.RejectionReason;

/**
 * A sheet reads to the same report as the same table exported as CSV, whichever column each role
 * (respondent, timestamp, weight, score, segment) stands in, read by the scanner or, when a cell
 * holds a formula, by the worksheet library: the CSV reader is the oracle.
 */
class WorkbookAgreesWithCsvTest {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final List<String> HEADER =
      List.of("Id", "Submitted", "Weight", "Score", "Country");
  private static final List<List<String>> DATA =
      List.of(
          List.of("a", "2024-01-05T10:00:00", "2", "10", "FR"),
          List.of("b", "2024-01-06T11:00:00", "0.5", "3", "DE"),
          List.of("a", "2024-01-07T09:00:00", "1", "7", "FR"),
          List.of(),
          List.of("c", "2024-02-01T00:00:00", "3", "9", "DE"),
          List.of("d", "2024-02-02T00:00:00", "1", "x", "FR"),
          List.of("e", "", "", "8", ""),
          List.of("f"),
          List.of("g", "2024-02-03T00:00:00", "1", "6", "DE", "stray"),
          List.of("h", "2024-02-04T00:00:00", "2", "0", "FR"));
  private static final SurveyReader READER =
      SurveyReader.builder()
          .scoreColumn("Score")
          .respondentColumn("Id")
          .timestampColumn("Submitted")
          .weightColumn("Weight")
          .segmentColumns("Country")
          .period(PeriodUnit.MONTH)
          .deduplicate(true)
          .build();

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void eachRoleReadsAsInCsvInEveryColumnFromTheFirst(int rotation) throws IOException {
    List<List<String>> table = rotated(rotation);

    NpsReport fromCsv = READER.read(csv(table));
    NpsReport fromWorkbook = READER.read(workbook(table, UnaryOperator.identity()));

    assertThat(fromWorkbook).isEqualTo(fromCsv);
    assertThat(fromCsv.duplicates()).isEqualTo(1);
    assertThat(fromCsv.periods()).hasSize(2);
    assertThat(fromCsv.rejected().byReason())
        .containsKeys(RejectionReason.RAGGED_ROW, RejectionReason.NOT_A_NUMBER);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4})
  void aSheetTheLibraryReadsBecauseOfAFormulaReadsAsInCsvToo(int rotation) throws IOException {
    List<List<String>> table = rotated(rotation);
    // The first data row's weight, 2, is computed.
    int weight = table.get(0).indexOf("Weight");
    UnaryOperator<String> formulas =
        cell ->
            cell.equals(WorkbookBytes.number("2")) ? WorkbookBytes.formula("1+1", "n", "2") : cell;

    NpsReport fromCsv = READER.read(csv(table));
    NpsReport fromWorkbook = READER.read(workbook(table, formulas));

    assertThat(weight).isNotNegative();
    assertThat(fromWorkbook).isEqualTo(fromCsv);
  }

  @org.junit.jupiter.api.Test
  void aSheetOfThousandsOfRowsReadsAsInCsvThroughToTheLast() throws IOException {
    List<List<String>> table = new ArrayList<>();
    table.add(HEADER);
    for (int i = 0; i < 10_000; i++) {
      table.add(
          List.of(
              "r" + i,
              "2024-0" + (1 + i % 9) + "-01T00:00:00",
              Integer.toString(1 + i % 3),
              Integer.toString(i % 11),
              i % 2 == 0 ? "FR" : "DE"));
    }

    NpsReport fromCsv = READER.read(csv(table));
    NpsReport fromWorkbook = READER.read(workbook(table, UnaryOperator.identity()));

    assertThat(fromWorkbook).isEqualTo(fromCsv);
    assertThat(fromWorkbook.overall().responses()).isEqualTo(10_000);
  }

  /** The table with its columns turned left by {@code by}; short rows keep their cells in place. */
  private static List<List<String>> rotated(int by) {
    List<List<String>> table = new ArrayList<>();
    table.add(rotate(HEADER, by));
    for (List<String> row : DATA) {
      if (row.size() != HEADER.size()) {
        table.add(row);
      } else {
        table.add(rotate(row, by));
      }
    }
    return table;
  }

  private static List<String> rotate(List<String> row, int by) {
    List<String> turned = new ArrayList<>(row.subList(by, row.size()));
    turned.addAll(row.subList(0, by));
    return turned;
  }

  private Path csv(List<List<String>> table) throws IOException {
    StringBuilder text = new StringBuilder();
    for (List<String> row : table) {
      List<String> cells = new ArrayList<>(row);
      while (!cells.isEmpty() && cells.size() < HEADER.size()) {
        cells.add("");
      }
      text.append(String.join(",", cells)).append('\n');
    }
    return Files.writeString(
        Files.createTempFile(dir, "table-", ".csv"), text, StandardCharsets.UTF_8);
  }

  /** The table as one sheet: numbers as number cells, other text inline, blanks as no cell. */
  private Path workbook(List<List<String>> table, UnaryOperator<String> cells) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : table) {
      List<String> xml = new ArrayList<>();
      for (String text : row) {
        xml.add(
            cells.apply(
                text.isEmpty()
                    ? ""
                    : NUMBER.matcher(text).matches()
                        ? WorkbookBytes.number(text)
                        : WorkbookBytes.inline(text)));
      }
      rows.add(xml);
    }
    return Files.write(
        Files.createTempFile(dir, "table-", ".xlsx"), WorkbookBytes.workbook(List.of(), rows));
  }
}
