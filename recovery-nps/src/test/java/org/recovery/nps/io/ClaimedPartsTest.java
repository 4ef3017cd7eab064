package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.nps.io.WorkbookBytes.inline;
import static org.recovery.nps.io.WorkbookBytes.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts the workbook reader inflates itself (the sheet and the shared strings) are counted
 * under the zip-bomb caps to their last byte, past the markup it reads, whether it reads the sheet
 * or leaves it to the worksheet library, and whether the read succeeds or fails: the expansion
 * check, which leaves claimed parts alone, is stopped here so that nothing else counts them.
 */
class ClaimedPartsTest {
  private static final SurveyReader READER = SurveyReader.builder().scoreColumn("Score").build();
  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final String STRINGS = "xl/sharedStrings.xml";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  @TempDir Path dir;

  private static String sheet(String rows) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\""
        + MAIN
        + "\"><sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  private static final String ROWS =
      "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
          + "<row r=\"2\"><c r=\"A2\"><v>10</v></c></row>";

  private static byte[] workbook() {
    return WorkbookBytes.workbook(
        List.of("Score"), List.of(List.of(inline("Score")), List.of(number("10"))));
  }

  /** Reads the file with its expansion check stopped before it inflates anything. */
  private static ReportAccumulator readAlone(Path file) {
    WorkbookPackage.Layout layout = WorkbookPackage.check(file);
    ExpansionCheck check = ExpansionCheck.prepare(file, WorkbookPackage.MAX_TOTAL_BYTES);
    check.cancel();
    return XlsxRead.read(READER, file, layout, check, 0, READER::newAccumulator);
  }

  private Path save(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(dir, "claimed-", ".xlsx"), bytes);
  }

  private static String bomb(String part) {
    return "cannot read the workbook: part " + part + " expands more than 200 times";
  }

  @Test
  void theWholePartIsReadWhenTheStoppedCheckLeavesNothingElseToCount() throws IOException {
    Path file =
        save(
            WorkbookBytes.withPart(
                workbook(), SHEET, sheet(ROWS).getBytes(StandardCharsets.UTF_8)));

    ReportAccumulator read = readAlone(file);

    assertThat(read.toReport(List.of(), READER.settings().estimation()).overall().promoters())
        .isEqualTo(1);
  }

  @Test
  void aSheetPaddedPastItsDataLikeABombIsRefused() throws IOException {
    Path file =
        save(
            WorkbookBytes.withPart(
                workbook(), SHEET, WorkbookBytes.paddedLikeABomb(sheet(ROWS), 8)));

    assertThatThrownBy(() -> readAlone(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(bomb(SHEET));
  }

  @Test
  void sharedStringsPaddedPastTheirTableLikeABombAreRefused() throws IOException {
    String table = "<sst xmlns=\"" + MAIN + "\"><si><t>Score</t></si></sst>";
    Path file =
        save(WorkbookBytes.withPart(workbook(), STRINGS, WorkbookBytes.paddedLikeABomb(table, 8)));

    assertThatThrownBy(() -> readAlone(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(bomb(STRINGS));
  }

  @Test
  void aPaddedSheetLeftToTheLibraryIsRefusedToo() throws IOException {
    String rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><f>5+5</f><v>10</v></c></row>";
    Path file =
        save(
            WorkbookBytes.withPart(
                workbook(), SHEET, WorkbookBytes.paddedLikeABomb(sheet(rows), 8)));

    assertThatThrownBy(() -> readAlone(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(bomb(SHEET));
  }

  @Test
  void aPaddedSheetIsCalledABombEvenWhenItsRowsAreOutOfOrderAndTheOrderIsKeptBeneath()
      throws IOException {
    String rows = ROWS + "<row r=\"2\"><c r=\"A2\"><v>9</v></c></row>";
    Path file =
        save(
            WorkbookBytes.withPart(
                workbook(), SHEET, WorkbookBytes.paddedLikeABomb(sheet(rows), 8)));

    assertThatThrownBy(() -> readAlone(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(bomb(SHEET))
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .extracting(Throwable::getMessage)
                    .asString()
                    .startsWith("cannot read the workbook: row 2 follows row 2, but"));
  }

  @Test
  void aBombInAPartNobodyReadsStillStopsAReadThatSucceeded() throws IOException {
    Path file =
        save(
            WorkbookBytes.withPart(
                workbook(), "xl/media/image1.bin", WorkbookBytes.paddedLikeABomb("", 8)));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(bomb("xl/media/image1.bin"));
  }

  @Test
  void rowsOutOfOrderAreSaidToBeSoWhenNoPartBreaksACap() throws IOException {
    String rows = ROWS + "<row r=\"2\"><c r=\"A2\"><v>9</v></c></row>";
    Path file =
        save(
            WorkbookBytes.withPart(
                workbook(), SHEET, sheet(rows).getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: row 2 follows row 2, but a worksheet's rows are numbered"
                + " upward from 1; open it in Excel and save it again")
        .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
  }
}
