package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.nps.io.WorkbookBytes.DATE;
import static org.recovery.nps.io.WorkbookBytes.DATE_TIME;
import static org.recovery.nps.io.WorkbookBytes.PERCENT;
import static org.recovery.nps.io.WorkbookBytes.bool;
import static org.recovery.nps.io.WorkbookBytes.error;
import static org.recovery.nps.io.WorkbookBytes.formula;
import static org.recovery.nps.io.WorkbookBytes.inline;
import static org.recovery.nps.io.WorkbookBytes.number;
import static org.recovery.nps.io.WorkbookBytes.shared;
import static org.recovery.nps.io.WorkbookBytes.styled;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;

/** Reads generated {@code .xlsx} workbooks: every cell form, dates, sheets. */
class WorkbookExportsTest {
  @TempDir Path dir;

  private Path save(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void everyCellFormReadsAsItsCsvTextWould() throws IOException {
    // given one score per cell form, on sheet rows 2..15
    List<List<String>> rows =
        List.of(
            List.of(inline("Score"), shared(0)),
            List.of(number("9"), shared(1)),
            List.of(number("9.0"), shared(1)),
            List.of(number("1E+1"), shared(1)),
            List.of(number("9.5"), shared(1)),
            List.of(shared(2), shared(1)),
            List.of(inline(" 8 "), shared(1)),
            List.of(bool(true), shared(1)),
            List.of(error("#N/A"), shared(1)),
            List.of(formula("3+4", "n", "7"), shared(1)),
            List.of(formula("\"6\"", "str", "6"), shared(1)),
            List.of(formula("1/0", "e", "#DIV/0!"), shared(1)),
            List.of("", shared(1)),
            List.of(number("11"), shared(1)),
            List.of(styled("0.5", PERCENT), shared(1)));
    Path file =
        save("cells.xlsx", WorkbookBytes.workbook(List.of("Country", "France", "10"), rows));

    // when
    NpsReport report =
        SurveyReader.builder().scoreColumn("Score").segmentColumns("Country").build().read(file);

    // then
    assertThat(report.overall().responses()).isEqualTo(7); // 9, 9, 10, 10, 8, 7, 6
    assertThat(report.overall().promoters()).isEqualTo(4);
    assertThat(report.segments())
        .singleElement()
        .satisfies(s -> assertThat(s.key()).containsEntry("Country", "France"));
    assertThat(report.rejected().byReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                RejectionReason.NOT_AN_INTEGER, 2L,
                RejectionReason.NOT_A_NUMBER, 2L,
                RejectionReason.BLANK, 2L,
                RejectionReason.OUT_OF_RANGE, 1L));
    assertThat(report.rejected().examples())
        .extracting(Rejection::line, Rejection::value, Rejection::reason)
        .contains(
            org.assertj.core.groups.Tuple.tuple(5L, "9.5", RejectionReason.NOT_AN_INTEGER),
            org.assertj.core.groups.Tuple.tuple(8L, "TRUE", RejectionReason.NOT_A_NUMBER),
            org.assertj.core.groups.Tuple.tuple(9L, "#N/A", RejectionReason.BLANK),
            org.assertj.core.groups.Tuple.tuple(13L, "", RejectionReason.BLANK),
            org.assertj.core.groups.Tuple.tuple(15L, "0.5", RejectionReason.NOT_AN_INTEGER));
  }

  @Test
  void dateCellsAreTimestampsInBothDateSystems() throws IOException {
    for (boolean date1904 : new boolean[] {false, true}) {
      // 2023-03-15 is serial 45000 in the 1900 system and 43538 in the 1904 system.
      String day = date1904 ? "43538" : "45000";
      List<List<String>> rows =
          List.of(
              List.of(inline("Score"), inline("Submitted")),
              List.of(number("10"), styled(day + ".75", DATE_TIME)),
              List.of(number("0"), styled(day, DATE)),
              List.of(number("5"), inline("2023-03-16 08:00:00")),
              List.of(number("6"), number(day)));
      Path file =
          save(
              "dates" + date1904 + ".xlsx",
              WorkbookBytes.workbook(
                  date1904, List.of(), List.of(new WorkbookBytes.Sheet("Sheet1", rows))));

      NpsReport report =
          SurveyReader.builder()
              .scoreColumn("Score")
              .timestampColumn("Submitted")
              .timestampFormat(TimestampFormat.pattern("yyyy-MM-dd HH:mm:ss"))
              .period(PeriodUnit.DAY)
              .build()
              .read(file);

      assertThat(report.periods())
          .extracting(p -> p.period())
          .containsExactly("2023-03-15", "2023-03-16");
      assertThat(report.periods().get(0).result().responses()).isEqualTo(2);
      assertThat(report.rejected().byReason()).containsOnlyKeys(RejectionReason.BAD_TIMESTAMP);
    }
  }

  @Test
  void dateSerialsFollowExcelsCalendar() {
    WorkbookCells cells = new WorkbookCells(false, TimestampFormat.iso(), ZoneOffset.UTC);
    assertThat(cells.dateTime(1)).isEqualTo(LocalDateTime.of(1900, 1, 1, 0, 0));
    assertThat(cells.dateTime(59)).isEqualTo(LocalDateTime.of(1900, 2, 28, 0, 0));
    assertThat(cells.dateTime(61)).isEqualTo(LocalDateTime.of(1900, 3, 1, 0, 0));
    assertThat(cells.dateTime(45000.5)).isEqualTo(LocalDateTime.of(2023, 3, 15, 12, 0));
    assertThat(cells.dateTime(45000.499999999)).isEqualTo(LocalDateTime.of(2023, 3, 15, 12, 0));
    assertThat(new WorkbookCells(true, TimestampFormat.iso(), ZoneOffset.UTC).dateTime(0))
        .isEqualTo(LocalDateTime.of(1904, 1, 1, 0, 0));
    assertThat(WorkbookCells.isDateFormat(164, "[Red]0.00")).isFalse();
    assertThat(WorkbookCells.isDateFormat(165, "\"day\" 0")).isFalse();
    assertThat(WorkbookCells.isDateFormat(166, "[$-409]d-mmm-yy;@")).isTrue();
    assertThat(WorkbookCells.number("8.9999999999999996")).isEqualTo("9");
    assertThat(WorkbookCells.number("0.30000000000000004")).isEqualTo("0.30000000000000004");
  }

  @Test
  void aSheetIsChosenByNameOrNumberAndAMissingOneIsNamed() throws IOException {
    List<List<String>> first = List.of(List.of(inline("Score")), List.of(number("0")));
    List<List<String>> second =
        List.of(List.of(inline("Score")), List.of(number("10")), List.of(number("9")));
    Path file =
        save(
            "sheets.xlsx",
            WorkbookBytes.workbook(
                false,
                List.of(),
                List.of(
                    new WorkbookBytes.Sheet("Notes", first),
                    new WorkbookBytes.Sheet("NPS", second))));
    var builder = SurveyReader.builder().scoreColumn("Score");

    assertThat(builder.build().read(file).overall().detractors()).isEqualTo(1);
    assertThat(builder.sheet("NPS").build().read(file).overall().promoters()).isEqualTo(2);
    assertThat(builder.sheet(2).build().read(file).overall().promoters()).isEqualTo(2);
    assertThatThrownBy(() -> builder.sheet("Responses").build().read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "the workbook has no sheet named \"Responses\"; its sheets are [\"Notes\", \"NPS\"]");
    assertThatThrownBy(() -> builder.sheet(3).build().read(file))
        .hasMessage(
            "the workbook has no sheet 3; its sheets are [\"Notes\", \"NPS\"], numbered from 1");
  }

  @Test
  void aWorkbookIsRecognisedBySignatureAlsoFromAStream() throws IOException {
    byte[] bytes =
        WorkbookBytes.workbook(
            List.of(),
            List.of(List.of(inline("Score")), List.of(number("10")), List.of(number("3"))));
    SurveyReader reader = SurveyReader.builder().scoreColumn("Score").build();

    NpsReport fromFile = reader.read(save("export.csv", bytes));
    NpsReport fromStream = reader.read(new ByteArrayInputStream(bytes));

    assertThat(fromFile.overall().responses()).isEqualTo(2);
    assertThat(fromStream).isEqualTo(fromFile);
    assertThat(reader.header(save("export.xlsx", bytes)).names()).containsExactly("Score");
  }

  @Test
  void aValueBeyondTheHeaderIsARaggedRowAndGapsInAOneColumnSheetAreBlank() throws IOException {
    List<List<String>> rows =
        List.of(
            List.of(inline("Score")),
            List.of(number("10")),
            List.of(),
            List.of(number("9"), inline("stray")),
            List.of(number("8")));
    NpsReport report =
        SurveyReader.builder()
            .scoreColumn("Score")
            .build()
            .read(save("ragged.xlsx", WorkbookBytes.workbook(List.of(), rows)));

    assertThat(report.overall().responses()).isEqualTo(2);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, RejectionReason.BLANK),
            org.assertj.core.groups.Tuple.tuple(4L, RejectionReason.RAGGED_ROW));
  }

  @Test
  void blankCellsAtTheEndOfAHeaderRowAreNoColumns() throws IOException {
    List<List<String>> rows =
        List.of(
            List.of(inline("Score"), inline(""), inline(" ")),
            List.of(number("10")),
            List.of(number("9"), inline("stray")));
    Path file = save("trailing.xlsx", WorkbookBytes.workbook(List.of(), rows));
    SurveyReader reader = SurveyReader.builder().scoreColumn("Score").build();

    NpsReport report = reader.read(file);

    assertThat(reader.header(file).names()).containsExactly("Score");
    assertThat(report.overall().responses()).isEqualTo(1);
    assertThat(report.rejected().examples())
        .extracting(Rejection::line, Rejection::value, Rejection::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "9,stray", RejectionReason.RAGGED_ROW));
  }

  @Test
  void aSheetShortOfHeaderRowsSaysHowManyItHasAndWhereItEnds() throws IOException {
    String sheet =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"/><row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Score</t></is></c>"
            + "</row></sheetData></worksheet>";
    Path file =
        save(
            "short.xlsx",
            WorkbookBytes.withPart(
                WorkbookBytes.workbook(List.of(), List.of()),
                "xl/worksheets/sheet1.xml",
                sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    SurveyReader reader = SurveyReader.builder().scoreColumn("Score").headerRows(2).build();

    for (ThrowingCallable read :
        List.<ThrowingCallable>of(() -> reader.read(file), () -> reader.header(file))) {
      assertThatThrownBy(read)
          .isInstanceOfSatisfying(
              SurveyFormatException.class, e -> assertThat(e.line()).isEqualTo(4))
          .hasMessageStartingWith(
              "the sheet has 1 row(s) but needs 2 header row(s) before the data");
    }
  }

  @Test
  void aMissingColumnIsLookedForOnTheSheetRowOfTheNames() throws IOException {
    List<List<String>> rows =
        List.of(
            List.of(inline("NPS survey, March")),
            List.of(),
            List.of(),
            List.of(inline("Score"), inline("Region")),
            List.of(number("10"), inline("EU")));
    Path file = save("names.xlsx", WorkbookBytes.workbook(List.of(), rows));
    SurveyReader reader =
        SurveyReader.builder()
            .scoreColumn("Score")
            .segmentColumns("Country")
            .headerRows(2)
            .namesRow(2)
            .build();

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith("segment column \"Country\" not found in the header on line 4;");
  }

  @Test
  void aWorkbookWhoseDeclaredSharedStringsAreMissingIsReadByTheLibraryAlone() throws IOException {
    // The scanner cannot name the parts for sure; the library reads the sheet, inline strings and
    // numbers only, as it would any other.
    byte[] workbook =
        WorkbookBytes.workbook(
            List.of(),
            List.of(List.of(inline("Score")), List.of(number("10")), List.of(number("2"))));
    Path file =
        save("no-strings.xlsx", WorkbookBytes.withoutPart(workbook, "xl/sharedStrings.xml"));

    NpsReport report = SurveyReader.builder().scoreColumn("Score").build().read(file);

    assertThat(report.overall().promoters()).isEqualTo(1);
    assertThat(report.overall().detractors()).isEqualTo(1);
  }
}
