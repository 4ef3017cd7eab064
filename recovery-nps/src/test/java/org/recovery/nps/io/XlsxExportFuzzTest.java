package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodUnit;

/**
 * Reads {@code .xlsx} workbooks through {@link SurveyReader#read(java.io.InputStream)}: whole
 * packages as arbitrary bytes (seeded with small valid workbooks, truncated and altered ones), and
 * valid packages whose worksheet cells and shared strings are arbitrary. The reader either reports,
 * with every data row counted once ({@code dataRows = responses + rejected + duplicates}), or fails
 * with a {@link SurveyFormatException}; nothing else escapes. Committed inputs live under {@code
 * XlsxExportFuzzTestInputs/}.
 */
class XlsxExportFuzzTest {
  private static final SurveyReader READER =
      SurveyReader.builder()
          .scoreColumn("score")
          .segmentColumns("country")
          .timestampColumn("submitted_at")
          .period(PeriodUnit.MONTH)
          .build();

  private static final SurveyReader PLAIN = SurveyReader.builder().scoreColumn("score").build();

  @FuzzTest
  void workbookBytesAreCountedOrRefused(byte[] workbook) {
    assertCountedOrRefused(READER, workbook);
  }

  @FuzzTest
  void worksheetCellsAreCountedOrRefused(FuzzedDataProvider data) {
    boolean date1904 = data.consumeBoolean();
    boolean withTimestamps = data.consumeBoolean();
    List<String> shared = new ArrayList<>();
    int sharedCount = data.consumeInt(0, 3);
    for (int i = 0; i < sharedCount; i++) {
      shared.add(data.consumeString(24));
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            WorkbookBytes.inline("score"),
            WorkbookBytes.inline("country"),
            WorkbookBytes.inline("submitted_at")));
    int rowCount = data.consumeInt(0, 8);
    for (int r = 0; r < rowCount; r++) {
      List<String> row = new ArrayList<>();
      int cells = data.consumeInt(0, 4);
      for (int c = 0; c < cells; c++) {
        row.add(cell(data, sharedCount));
      }
      rows.add(row);
    }
    byte[] workbook =
        WorkbookBytes.workbook(
            date1904, shared, List.of(new WorkbookBytes.Sheet("Responses", rows)));
    assertCountedOrRefused(withTimestamps ? READER : PLAIN, workbook);
  }

  private static void assertCountedOrRefused(SurveyReader reader, byte[] bytes) {
    NpsReport report;
    try {
      report = reader.read(new ByteArrayInputStream(bytes));
    } catch (SurveyFormatException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(report.dataRows())
        .isEqualTo(report.overall().responses() + report.rejected().count() + report.duplicates());
  }

  /** One cell in any of the forms a worksheet holds, its content arbitrary; "" is no cell. */
  private static String cell(FuzzedDataProvider data, int sharedCount) {
    return switch (data.consumeInt(0, 9)) {
      case 0 -> "";
      case 1 -> WorkbookBytes.number(WorkbookBytes.escape(data.consumeString(12)));
      case 2 -> WorkbookBytes.shared(data.consumeInt(-1, sharedCount));
      case 3 -> WorkbookBytes.inline(data.consumeString(24));
      case 4 -> WorkbookBytes.bool(data.consumeBoolean());
      case 5 -> WorkbookBytes.error(WorkbookBytes.escape(data.consumeString(8)));
      case 6 ->
          WorkbookBytes.formula(
              data.consumeString(8),
              data.pickValue(new String[] {"n", "str", "b", "e"}),
              data.consumeString(12));
      case 7 ->
          WorkbookBytes.styled(WorkbookBytes.escape(data.consumeString(12)), data.consumeInt(0, 4));
      case 8 -> WorkbookBytes.number(Double.toString(data.consumeDouble()));
      // raw markup after the element name: attributes, content and closing tag all arbitrary
      default -> "<c" + data.consumeString(40);
    };
  }
}
