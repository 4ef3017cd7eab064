package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;

/**
 * Converts the real exports to {@code .xlsx} as a spreadsheet does when it opens a CSV (numbers
 * become number cells, everything else text) and checks that the workbook gives exactly the CSV's
 * answers: results, segments, periods and rejections by reason.
 */
@EnabledIf(
    value = "org.recovery.nps.io.ExportFixtures#realDataPresent",
    disabledReason = "the real exports live in the reference-data directory beside the repository")
class RealWorkbooksTest {
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  @TempDir Path dir;

  @Test
  void prepAir() throws IOException {
    same(
        SurveyReader.builder()
            .scoreColumn("How likely are you to recommend this airline?")
            .segmentColumns("Airline")
            .build(),
        "prep_air_nps.csv");
  }

  @Test
  void sudzilla() throws IOException {
    same(
        SurveyReader.builder()
            .scoreColumn("On a scale of 0-10, how would you rate Sudzilla?")
            .timestampColumn("Timestamp")
            .timestampFormat(TimestampFormat.pattern("M/d/yyyy H:mm:ss"))
            .period(PeriodUnit.DAY)
            .build(),
        "sudzilla_survey.csv");
  }

  @Test
  void qualtrics() throws IOException {
    same(
        SurveyReader.builder().preset(SurveyPreset.QUALTRICS).scoreColumn("Q1").build(),
        "qualtrics_sample.csv");
    same(
        SurveyReader.builder().preset(SurveyPreset.QUALTRICS_LEGACY).scoreColumn("Q1").build(),
        "qualtrics_sample_legacy.csv");
  }

  private void same(SurveyReader reader, String name) throws IOException {
    Path csv = ExportFixtures.realData().resolve(name);
    NpsReport expected = reader.read(csv);
    Path xlsx = dir.resolve(name.replace(".csv", ".xlsx"));
    Files.write(xlsx, WorkbookBytes.workbook(List.of(), cells(csv)));

    NpsReport actual = reader.read(xlsx);

    assertThat(expected.dataRows()).isPositive();
    assertThat(actual.overall()).isEqualTo(expected.overall());
    assertThat(actual.segments()).isEqualTo(expected.segments());
    assertThat(actual.periods()).isEqualTo(expected.periods());
    assertThat(actual.rejected().byReason()).isEqualTo(expected.rejected().byReason());
    assertThat(actual.dataRows()).isEqualTo(expected.dataRows());
  }

  /** Parses a CSV export into cells, as a spreadsheet would on opening it. */
  private static List<List<String>> cells(Path csv) throws IOException {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CsvRecordParser parser = new CsvRecordParser(new StringReader(text), ',', 1 << 16);
    List<List<String>> rows = new ArrayList<>();
    while (parser.next()) {
      List<String> row = new ArrayList<>();
      for (int f = 0; f < parser.fieldCount(); f++) {
        String cell = parser.field(f);
        row.add(
            cell.isEmpty()
                ? ""
                : NUMBER.matcher(cell).matches()
                    ? WorkbookBytes.number(cell)
                    : WorkbookBytes.inline(cell));
      }
      rows.add(row);
    }
    return rows;
  }
}
