package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * The worksheet scanner reads every sheet it accepts exactly as the worksheet library does, and
 * declines, naming what it found, whatever it does not read itself.
 */
class WorksheetScannerTest {
  private static final WorkbookCells CELLS =
      new WorkbookCells(false, TimestampFormat.iso(), ZoneOffset.UTC);

  private static final List<String> SHARED = List.of("France", "", "a & b", "été 😀");

  /** One cell as its XML without the reference, drawn from every form the scanner reads. */
  private static Gen<String> cells() {
    Gen<String> numbers =
        integers()
            .between(0, 9)
            .zip(
                integers().between(-100_000, 100_000),
                (form, n) ->
                    switch (form) {
                      case 0 -> WorkbookBytes.number(Integer.toString(n));
                      case 1 -> WorkbookBytes.number(n + ".0");
                      case 2 -> WorkbookBytes.number(n + "E-2");
                      case 3 -> WorkbookBytes.number(n / 100.0 + "e+1");
                      case 4 -> WorkbookBytes.styled(Integer.toString(Math.abs(n)), 1);
                      case 5 -> WorkbookBytes.styled(Math.abs(n) / 7.0 + "", 2);
                      case 6 -> WorkbookBytes.styled(n + ".25", 3);
                      case 7 -> WorkbookBytes.bool(n % 2 == 0);
                      case 8 -> WorkbookBytes.shared(Math.abs(n) % SHARED.size());
                      default -> "<c/>";
                    });
    Gen<String> texts =
        strings()
            .basicMultilingualPlaneAlphabet()
            .ofLengthBetween(0, 6)
            .map(WorkbookBytes::xmlText)
            .zip(
                integers().between(0, 3),
                (text, form) ->
                    switch (form) {
                      case 0 -> WorkbookBytes.inline(text);
                      case 1 -> WorkbookBytes.error("#N/A");
                      case 2 -> "<c t=\"str\"><v>" + WorkbookBytes.escape(text) + "</v></c>";
                      default -> "";
                    });
    return integers().between(0, 2).zip(numbers, texts, (pick, n, t) -> pick == 0 ? t : n);
  }

  @Test
  void everySheetOfTheFormsItReadsReadsAsTheLibraryReadsIt() {
    qt().withExamples(60)
        .forAll(lists().of(lists().of(cells()).ofSizeBetween(0, 8)).ofSizeBetween(1, 12))
        .checkAssert(
            rows -> {
              byte[] workbook = WorkbookBytes.workbook(SHARED, rows);
              assertThat(scanned(workbook)).isEqualTo(library(workbook));
            });
  }

  @Test
  void rowsWithoutNumbersGapsAndCellsOutOfOrderReadAsTheLibraryReadsThem() {
    // given rows numbered by the writer, by count, with a gap, and cells out of order
    String sheet =
        "<row><c r=\"B1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row><row r=\"5\"/>"
            + "<row r=\"7\" spans=\"1:3\"><c r=\"C7\" t=\"s\"><v>3</v></c>"
            + "<c r=\"C7\"><v>4</v></c></row> <row><c r=\"A8\"/></row>";
    byte[] workbook = sheetXml(sheet);

    // then
    assertThat(scanned(workbook))
        .isEqualTo(library(workbook))
        .containsExactly("1:2|1", "5:", "7:||4", "4:");
  }

  @Test
  void referencesUnicodeAndWorkbookMarkupAroundTheDataReadAsTheLibraryReadsThem() {
    String sheet =
        "<row r=\"1\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;&#233;&#x1F600;"
            + "&quot;&apos;&gt;&amp;</t></is></c><c r=\"B1\" t=\"e\"><v>#DIV/0!</v></c></row>";
    byte[] workbook =
        WorkbookBytes.zip(
            "[Content_Types].xml", contentTypes(),
            "_rels/.rels", "<Relationships/>",
            "xl/workbook.xml", workbookXml(),
            "xl/_rels/workbook.xml.rels", workbookRels(),
            "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<worksheet xmlns=\""
                    + MAIN
                    + "\""
                    + " xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\">"
                    + "<dimension ref=\"A1:B1\"/><sheetViews><sheetView workbookViewId=\"0\">"
                    + "</sheetView></sheetViews><cols><col min=\"1\" max=\"2\" width=\"9\"/></cols>"
                    + "<sheetData>"
                    + sheet
                    + "</sheetData><pageMargins left=\"0.7\"/></worksheet>");

    assertThat(scanned(workbook))
        .isEqualTo(library(workbook))
        .containsExactly("1:<é😀\"'>&|#DIV/0!");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      quoteCharacter = '`',
      value = {
        "<row r=\"1\"><c r=\"Z1\"><v>26</v></c><c r=\"AA1\"><v>27</v></c></row># 1:|||||||||||||||||||||||||26|27",
        "<row r=\"9\"><c r=\"A9\"><v>0</v></c><c r=\"B9\"><v>9</v></c></row># 9:0|9",
        "<row r=\"1\"><c r=\"A1\"><v>1E0</v></c><c r=\"B1\"><v>1E9</v></c></row># 1:1|1000000000",
        "<row r=\"1\"><c r=\"A1\"><v>1.0</v></c><c r=\"B1\"><v>-1.9</v></c></row># 1:1|-1.9",
        "<row r=\"1\"><c r=\"A1\"><v>+.5</v></c><c r=\"B1\"><v>5.e-1</v></c></row># 1:0.5|0.5",
        "<row r=\"1\"><c r=\"A1\"><v>1E100000</v></c><c r=\"B1\"><v>1e-09</v></c></row># 1:1E100000|0.000000001",
        "<row r=\"123456789\"><c r=\"A1\"><v>1</v></c></row># 123456789:1",
        "<row r=\"1048576\"><c r=\"A1048576\"><v>7</v></c></row># 1048576:7",
      })
  void cellsAtTheEdgesOfWhatItReadsReadAsTheLibraryReadsThem(String sheet, String row) {
    byte[] workbook = sheetXml(sheet);

    assertThat(scanned(workbook)).isEqualTo(library(workbook)).containsExactly(row.strip());
  }

  @Test
  void theLastColumnXfdAndRowsWiderThanSixteenCellsReadAsTheLibraryReadsThem() {
    StringBuilder wide = new StringBuilder("<row r=\"1\">");
    for (int c = 0; c < 17; c++) {
      wide.append("<c r=\"").append(WorkbookBytes.column(c)).append("1\"><v>").append(c);
      wide.append("</v></c>");
    }
    wide.append("</row><row r=\"2\"><c r=\"XFD2\" t=\"b\"><v>1</v></c></row>");
    byte[] workbook = sheetXml(wide.toString());

    List<String> rows = scanned(workbook);

    assertThat(rows).isEqualTo(library(workbook)).hasSize(2);
    assertThat(rows.get(0)).isEqualTo("1:0|1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16");
    assertThat(rows.get(1)).startsWith("2:|").endsWith("||TRUE").hasSize(2 + 16_383 + 4);
  }

  @Test
  void aColumnPastTheRowIsBlankAndTheRowsEndStaysTheEnd() {
    StringBuilder row = new StringBuilder("<worksheet><sheetData><row r=\"1\">");
    for (int c = 0; c < 16; c++) {
      row.append("<c r=\"").append(WorkbookBytes.column(c)).append("1\"><v>1</v></c>");
    }
    row.append("</row></sheetData></worksheet>");
    WorksheetScanner rows = scanner(row.toString(), List.of());

    assertThat(rows.next()).isTrue();
    assertThat(rows.cellCount()).isEqualTo(16);
    assertThat(rows.text(15)).isEqualTo("1");
    assertThat(rows.text(16)).isEmpty();
    assertThat(rows.next()).isFalse();
    assertThat(rows.next()).isFalse();
  }

  @Test
  void aNumbersStyleGivesItsFormatFromTheFirstStyleToTheLast() {
    // Style 0 may itself show dates; a style past the workbook's last is General.
    WorksheetScanner rows =
        scanner(
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"0\"><v>45000</v></c>"
                + "<c r=\"B1\" s=\"1\"><v>45000</v></c><c r=\"C1\" s=\"2\"><v>45000</v></c>"
                + "</row></sheetData></worksheet>",
            List.of("14", "0"));

    assertThat(rows.next()).isTrue();
    assertThat(rows.text(0)).isEqualTo("2023-03-15T00:00:00");
    assertThat(rows.text(1)).isEqualTo("45000");
    assertThat(rows.text(2)).isEqualTo("45000");
  }

  private static WorksheetScanner scanner(String xml, List<String> formats) {
    return WorksheetScanner.open(
        new XmlBytes(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
        new String[0],
        formats,
        null,
        CELLS);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<row r=\"1\"><c r=\"A1\"><f>1+1</f><v>2</v></c></row>| a formula or other markup in a cell",
        "<row r=\"1\"><!-- note --></row>| a comment",
        "<row r=\"1\"><c r=\"A1\"><v><![CDATA[1]]></v></c></row>| CDATA",
        "<row r=\"1\"><c r=\"A1\"><v>1 </v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>&#49;</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>2</v></c></row>| a boolean cell other than 0 or 1",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>| a shared string the table does not hold",
        "<row r=\"1\"><c r=\"A1\" t=\"x\"><v>9</v></c></row>| an unknown cell type",
        "<row r=\"1\"><c><v>9</v></c></row>| a cell without its reference",
        "<row r=\"1\"><c r=\"a1\"><v>9</v></c></row>| a cell reference other than letters",
        "<row r=\"1\"><c r=\"A1\" r=\"B1\"><v>9</v></c></row>| a repeated attribute",
        "<row r=\"1\"><c r=\"A1\" x:t=\"s\"><v>9</v></c></row>| named like a cell's own",
        "<row r=\"1\"><c r=\"A1\" y:z=\"s\"><v>9</v></c></row>| an undeclared namespace prefix",
        "<row r=\"1\"><c r=\"A1\"><v>9</c></v></row>| does not match its start tag",
        "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>&nbsp;</v></c></row>| an entity other than",
        "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>&#1;</v></c></row>| an entity other than",
        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>a</t></r></is></c></row>| one text element",
        "<row r=\"x\"/>| not a small integer",
        "<c r=\"A1\"/>| an element other than a row",
        "<row r=\"1\"><c r=\"A1\" t=\"e\"><v>a]]>b</v></c></row>| ]]> in text",
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>4</v></c></row>| a shared string the table does not",
        "<row r=\"1\"><c r=\"AAAA1\"><v>9</v></c></row>| a cell reference other than letters",
        "<row r=\"1\"><c r=\"A1B\"><v>9</v></c></row>| a cell reference other than letters",
        "<row r=\"1\"><c r=\"A0\"><v>9</v></c></row>| a cell reference other than letters",
        "<row r=\"1\"><c r=\"A\"><v>9</v></c></row>| a cell reference other than letters",
        "<row r=\"1\"><c r=\"A12345678\"><v>9</v></c></row>| a cell reference other than letters",
        "<row r=\"1\"><c r=\"XFE1\"><v>9</v></c></row>| a column beyond XFD",
        "<row r=\"1\"><c r=\"A1\"><v>1E1234567</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>1E</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>-</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>.E1</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>1:2</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>1/2</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>1E:</v></c></row>| not a plain number",
        "<row r=\"1\"><c r=\"A1\"><v>1E/</v></c></row>| not a plain number",
        "<row r=\"1234567890\"/>| not a small integer",
      })
  void markupItDoesNotReadIsDeclinedByName(String sheet, String why) {
    byte[] workbook = sheetXml(sheet);

    assertThatThrownBy(() -> scanned(workbook))
        .isInstanceOf(ScanDeclinedException.class)
        .hasMessageContaining(why.strip());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<?xml version=\"1.1\"?><worksheet/>| an XML declaration other than",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet/>| an XML declaration other",
        "<!DOCTYPE worksheet><worksheet/>| DOCTYPE",
        "<worksheet><x><sheetData/></x></worksheet>| sheet data below the worksheet's children",
        "<worksheet><sheetPr/></worksheet>| a worksheet without sheet data",
        "<worksheet><sheetData>| the part ends",
      })
  void aWorksheetItDoesNotReadIsDeclinedByName(String xml, String why) {
    assertThatThrownBy(() -> readAll(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ScanDeclinedException.class)
        .hasMessageContaining(why.strip());
  }

  @Test
  void textThatIsNotUtf8OrNotXmlIsDeclined() {
    for (byte[] bad :
        List.of(
            new byte[] {(byte) 0xC3, 'a'},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE},
            new byte[] {'a', '\r', 'b'},
            new byte[] {'a', 0x01})) {
      byte[] xml =
          concat(
              "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"e\"><v>", bad, "</v></c></row>");
      assertThatThrownBy(() -> readAll(xml))
          .as("bytes %s", java.util.Arrays.toString(bad))
          .isInstanceOf(ScanDeclinedException.class)
          .hasMessageMatching(".*(UTF-8|U\\+FFFE|carriage return).*");
    }
  }

  @Test
  void aPhoneticRunIsLeftOutOfASharedStringAndRichTextRunsAreJoined() {
    String table =
        "<sst xmlns=\""
            + MAIN
            + "\"><si><r><rPr><b/></rPr><t>Tō</t></r><r><t xml:space=\"preserve\">"
            + " kyō</t></r><rPh sb=\"0\" eb=\"1\"><t>トウ</t></rPh></si><si/></sst>";

    String[] items =
        SharedStringsPart.read(
            new XmlBytes(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));

    assertThat(items).containsExactly("Tō kyō", "");
  }

  private static void readAll(byte[] xml) {
    WorksheetScanner rows =
        WorksheetScanner.open(
            new XmlBytes(new ByteArrayInputStream(xml)), new String[0], List.of(), null, CELLS);
    while (rows.next()) {
      rows.text(0);
    }
  }

  private static byte[] concat(String before, byte[] middle, String after) {
    byte[] a = before.getBytes(StandardCharsets.UTF_8);
    byte[] c = after.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[a.length + middle.length + c.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(middle, 0, all, a.length, middle.length);
    System.arraycopy(c, 0, all, a.length + middle.length, c.length);
    return all;
  }

  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static String contentTypes() {
    return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd"
        + ".openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
  }

  private static String workbookXml() {
    return "<workbook xmlns=\""
        + MAIN
        + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  }

  private static String workbookRels() {
    return "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006"
        + "/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
  }

  /** A workbook of one sheet whose sheet data is the given markup, with the shared strings. */
  private static byte[] sheetXml(String sheetData) {
    StringBuilder sst = new StringBuilder("<sst xmlns=\"" + MAIN + "\">");
    for (String s : SHARED) {
      sst.append("<si><t>").append(WorkbookBytes.escape(s)).append("</t></si>");
    }
    String types =
        contentTypes()
            .replace(
                "</Types>",
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd"
                    + ".openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
    return WorkbookBytes.zip(
        "[Content_Types].xml",
        types,
        "_rels/.rels",
        "<Relationships/>",
        "xl/workbook.xml",
        workbookXml(),
        "xl/_rels/workbook.xml.rels",
        workbookRels(),
        "xl/sharedStrings.xml",
        sst + "</sst>",
        "xl/worksheets/sheet1.xml",
        "<worksheet xmlns=\""
            + MAIN
            + "\" xmlns:x=\"urn:x\"><sheetData>"
            + sheetData
            + "</sheetData></worksheet>");
  }

  /** Each row as "number:text|text|...", read by the library. */
  private static List<String> library(byte[] bytes) {
    return withFile(
        bytes,
        file -> {
          try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), options(file));
              Stream<Row> stream = workbook.getSheet(0).orElseThrow().openStream()) {
            return lines(new LibraryRows(stream.iterator(), CELLS));
          }
        });
  }

  /** Each row as "number:text|text|...", read by the scanner. */
  private static List<String> scanned(byte[] bytes) {
    return withFile(
        bytes,
        file -> {
          try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), options(file));
              ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            Sheet sheet = workbook.getSheet(0).orElseThrow();
            WorkbookParts parts = WorkbookParts.find(zip, sheet.getId()).orElseThrow();
            String[] strings = new String[0];
            ZipEntry table = parts.sharedStrings();
            if (table != null) {
              strings = SharedStringsPart.read(new XmlBytes(zip.getInputStream(table)));
            }
            return lines(
                WorksheetScanner.open(
                    new XmlBytes(zip.getInputStream(parts.sheet())),
                    strings,
                    workbook.getFormats(),
                    workbook.getNumFmtIdToFormat(),
                    CELLS));
          }
        });
  }

  private static ReadingOptions options(Path file) {
    return new ReadingOptions(WorkbookPackage.check(file).styled(), false);
  }

  private static List<String> lines(SheetRows rows) {
    List<String> lines = new ArrayList<>();
    while (rows.next()) {
      StringBuilder line = new StringBuilder().append(rows.rowNumber()).append(':');
      for (int c = 0; c < rows.cellCount(); c++) {
        line.append(c == 0 ? "" : "|").append(rows.text(c));
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private interface FileRead {
    List<String> apply(Path file) throws IOException;
  }

  private static List<String> withFile(byte[] bytes, FileRead read) {
    try {
      Path file = Files.createTempFile("scanner-", ".xlsx");
      try {
        Files.write(file, bytes);
        return read.apply(file);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
