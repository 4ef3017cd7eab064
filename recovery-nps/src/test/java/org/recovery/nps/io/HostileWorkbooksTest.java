package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.nps.io.WorkbookBytes.inline;
import static org.recovery.nps.io.WorkbookBytes.number;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.nps.NpsReport;

/**
 * Hostile and damaged inputs each fail with one clear error; gzip and piped exports read as the
 * plain file does.
 */
class HostileWorkbooksTest {
  private static final SurveyReader READER = SurveyReader.builder().scoreColumn("Score").build();
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  @TempDir Path dir;

  private Path save(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static byte[] small() {
    return WorkbookBytes.workbook(
        List.of(), List.of(List.of(inline("Score")), List.of(number("10")), List.of(number("0"))));
  }

  @Test
  void aFileNamedXlsxThatIsNotAZipSaysWhatItStartsWith() throws IOException {
    Path file = save("export.xlsx", "Score\n10\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: it is named like an .xlsx workbook but is not a zip (it"
                + " starts with bytes 53 63 6F 72 65 0A 31 30, where an .xlsx starts with 50 4B 03"
                + " 04); export it again as .xlsx or CSV");
  }

  @Test
  void aTruncatedWorkbookIsCalledTruncated() throws IOException {
    byte[] whole = small();
    Path file = save("cut.xlsx", Arrays.copyOf(whole, whole.length / 2));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(
            "cannot read the workbook: it starts like a zip (.xlsx) but is truncated or damaged (")
        .hasMessageEndingWith("): the download or copy was probably cut short; export it again");
  }

  @Test
  void anEncryptedWorkbookAsksForThePasswordToBeRemoved() throws IOException {
    byte[] bytes = new byte[4096];
    System.arraycopy(OLE2, 0, bytes, 0, OLE2.length);
    byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    System.arraycopy(name, 0, bytes, 1024, name.length);

    assertThatThrownBy(() -> READER.read(save("secret.xlsx", bytes)))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageContaining("password-protected (encrypted) workbook")
        .hasMessageContaining("remove the password");
    assertThatThrownBy(() -> READER.read(new ByteArrayInputStream(bytes)))
        .hasMessageContaining("password-protected (encrypted) workbook");
  }

  @Test
  void anXlsFileIsToldToBeSavedAsXlsxOrCsv() throws IOException {
    byte[] bytes = Arrays.copyOf(OLE2, 2048);

    assertThatThrownBy(() -> READER.read(save("old.xls", bytes)))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: it is an Excel 97-2003 workbook (.xls, BIFF), which is not"
                + " read: save it as .xlsx or CSV");
  }

  @Test
  void theEncryptedStreamIsFoundWhereverItsNameStandsInTheCompoundFile() {
    byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    byte[] filler = new byte[512];
    Arrays.fill(filler, (byte) 0xFF);
    String encrypted = "password-protected (encrypted) workbook";
    String xls = "it is an Excel 97-2003 workbook (.xls, BIFF)";

    assertThat(WorkbookPackage.ole2(name).getMessage()).contains(encrypted);
    assertThat(WorkbookPackage.ole2(concat(filler, name)).getMessage()).contains(encrypted);
    assertThat(WorkbookPackage.ole2(concat(name, filler)).getMessage()).contains(encrypted);
    assertThat(WorkbookPackage.ole2(Arrays.copyOf(name, name.length - 1)).getMessage())
        .contains(xls);
    assertThat(
            WorkbookPackage.ole2(concat(filler, Arrays.copyOf(name, name.length - 1))).getMessage())
        .contains(xls);
    assertThat(WorkbookPackage.ole2(concat(OLE2, filler)).getMessage()).contains(xls);
  }

  @Test
  void aDoctypeInARelationshipsPartIsRefusedByName() throws IOException {
    String rels =
        "<?xml version=\"1.0\"?><!DOCTYPE Relationships [<!ENTITY t \"worksheets/sheet1.xml\">]>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument"
            + "/2006/relationships/worksheet\" Target=\"&t;\"/></Relationships>";
    Path file = save("rels.xlsx", replacePart(small(), "xl/_rels/workbook.xml.rels", rels));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: part xl/_rels/workbook.xml.rels declares a DOCTYPE or an"
                + " entity, which Excel never writes and which could fetch or expand outside"
                + " data; it was refused and nothing was fetched");
  }

  @Test
  void aPartThatIsNeitherXmlNorRelationshipsIsNotReadAsMarkup() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    Path file = save("picture.xlsx", WorkbookBytes.withPart(small(), "xl/media/image1.png", png));

    NpsReport report = READER.read(file);

    assertThat(report.overall().responses()).isEqualTo(2);
  }

  @Test
  void aZipThatIsNotAWorkbookIsNamedSo() throws IOException {
    Path file = save("docs.xlsx", WorkbookBytes.zip("word/document.xml", "<document/>"));

    assertThatThrownBy(() -> READER.read(file))
        .hasMessage(
            "cannot read the workbook: it is a zip but not an .xlsx workbook: it holds no"
                + " xl/workbook.xml part (an .xlsb, .ods or other archive?)");
  }

  @Test
  void aZipBombIsRefusedBeforeItExpands() throws IOException {
    // 64 MiB of one repeated byte deflates about a thousand times.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        zip.write(spaces);
      }
    }
    Path file = save("bomb.xlsx", bytes.toByteArray());

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessageStartingWith(
            "cannot read the workbook: part xl/worksheets/sheet1.xml expands more than 200 times")
        .hasMessageEndingWith("which only a zip bomb does; it was not read further");
  }

  @Test
  void anExternalEntityIsRefusedAndNeverFetched() throws IOException {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/secret";
      String sheet =
          "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \""
              + url
              + "\">]><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
              + "</sheetData></worksheet>";
      byte[] good = small();
      Path file = save("entity.xlsx", replacePart(good, "xl/worksheets/sheet1.xml", sheet));

      assertThatThrownBy(() -> READER.read(file))
          .isInstanceOf(SurveyFormatException.class)
          .hasMessage(
              "cannot read the workbook: part xl/worksheets/sheet1.xml declares a DOCTYPE or an"
                  + " entity, which Excel never writes and which could fetch or expand outside"
                  + " data; it was refused and nothing was fetched");
      server.setSoTimeout(200);
      assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  private static final String DOCTYPE_SHEET =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE worksheet [<!ENTITY x \"9\">]>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Score</t></is></c></row>"
          + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&x;</t></is></c></row>"
          + "</sheetData></worksheet>";

  private static final String DOCTYPE_REFUSED =
      "cannot read the workbook: part xl/worksheets/sheet1.xml declares a DOCTYPE or an"
          + " entity, which Excel never writes and which could fetch or expand outside"
          + " data; it was refused and nothing was fetched";

  @Test
  void aDoctypeInUtf16IsRefusedInEitherByteOrderWithOrWithoutAMark() throws IOException {
    byte[] good = small();
    byte[][] encodings = {
      DOCTYPE_SHEET.getBytes(StandardCharsets.UTF_16), // big-endian, with a mark
      concat(
          new byte[] {(byte) 0xFF, (byte) 0xFE}, DOCTYPE_SHEET.getBytes(StandardCharsets.UTF_16LE)),
      DOCTYPE_SHEET.getBytes(StandardCharsets.UTF_16LE),
      DOCTYPE_SHEET.getBytes(StandardCharsets.UTF_16BE),
    };
    for (byte[] sheet : encodings) {
      Path file = save("utf16.xlsx", replacePart(good, "xl/worksheets/sheet1.xml", sheet));

      assertThatThrownBy(() -> READER.read(file))
          .isInstanceOf(SurveyFormatException.class)
          .hasMessage(DOCTYPE_REFUSED);
    }
  }

  @Test
  void aDoctypeAfterACommentOrAMarkIsStillRefused() throws IOException {
    String sheet = DOCTYPE_SHEET.replace("encoding=\"UTF-16\"", "encoding=\"UTF-8\"");
    byte[] good = small();
    String[] prologs = {
      sheet.replace("?><!DOCTYPE", "?><!-- exported --> <!DOCTYPE"), "\uFEFF" + sheet,
    };
    for (String prolog : prologs) {
      Path file =
          save(
              "comment.xlsx",
              replacePart(
                  good, "xl/worksheets/sheet1.xml", prolog.getBytes(StandardCharsets.UTF_8)));

      assertThatThrownBy(() -> READER.read(file)).hasMessage(DOCTYPE_REFUSED);
    }
  }

  @Test
  void aCellOfATypeExcelDoesNotWriteIsADamagedWorkbook() throws IOException {
    Path file =
        save(
            "unknown-type.xlsx",
            WorkbookBytes.workbook(
                List.of(),
                List.of(
                    List.of(inline("Score")),
                    List.of("<c t=\"inlineStn\"><is><t>9</t></is></c>"))));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: Unknown cell type : inlineStn; open it in Excel and save it"
                + " again");
  }

  @Test
  void aRelationshipWithoutATargetIsADamagedWorkbook() throws IOException {
    byte[] good = small();
    String rels = new String(part(good, "xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8);
    String misspelt = rels.replace("Target=\"styles.xml\"", "Traget=\"styles.xml\"");
    assertThat(misspelt).isNotEqualTo(rels);
    Path file = save("no-target.xlsx", replacePart(good, "xl/_rels/workbook.xml.rels", misspelt));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: its structure is damaged (NullPointerException in the"
                + " worksheet reader); open it in Excel and save it again");
  }

  @Test
  void rowsNumberedOutOfOrderAreADamagedWorkbook() throws IOException {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Score</t></is></c></row>"
            + "<row r=\"3\"><c r=\"A3\"><v>9</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\"><v>10</v></c></row></sheetData></worksheet>";
    Path file = save("order.xlsx", replacePart(small(), "xl/worksheets/sheet1.xml", sheet));

    assertThatThrownBy(() -> READER.read(file))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "cannot read the workbook: row 2 follows row 3, but a worksheet's rows are numbered"
                + " upward from 1; open it in Excel and save it again");
  }

  @Test
  void aFailureIsTheWorksheetLibrarysByItsFirstOwnFrameOrWhenTheJvmLeftItNone() {
    NullPointerException library = new NullPointerException();
    library.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Objects", "requireNonNull", null, 1),
          new StackTraceElement("org.dhatim.fastexcel.reader.OPCPackage", "init", null, 104),
          new StackTraceElement("org.recovery.nps.io.XlsxRead", "open", null, 1)
        });
    NullPointerException ours = new NullPointerException();
    ours.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("org.recovery.nps.io.RowInterpreter", "interpret", null, 1),
          new StackTraceElement("org.dhatim.fastexcel.reader.Row", "getCell", null, 1)
        });
    NullPointerException preallocated = new NullPointerException();
    preallocated.setStackTrace(new StackTraceElement[0]);

    assertThat(XlsxRead.fromTheLibrary(library)).isTrue();
    assertThat(XlsxRead.fromTheLibrary(ours)).isFalse();
    assertThat(XlsxRead.fromTheLibrary(preallocated)).isTrue();
    NullPointerException jdkOnly = new NullPointerException();
    jdkOnly.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.util.Objects", "requireNonNull", null, 1),
          new StackTraceElement("jdk.internal.reflect.Reflection", "invoke", null, 1)
        });
    assertThat(XlsxRead.fromTheLibrary(jdkOnly)).isFalse();
  }

  @Test
  void aPartInAnEncodingOtherThanUtf8OrUtf16IsRefused() throws IOException {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/>"
            + "</worksheet>";
    Path latin = save("latin.xlsx", replacePart(small(), "xl/worksheets/sheet1.xml", sheet));
    Path utf32 =
        save(
            "utf32.xlsx",
            replacePart(
                small(),
                "xl/worksheets/sheet1.xml",
                sheet
                    .replace("ISO-8859-1", "UTF-32")
                    .getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));

    assertThatThrownBy(() -> READER.read(latin))
        .hasMessage(
            "cannot read the workbook: part xl/worksheets/sheet1.xml declares the encoding"
                + " ISO-8859-1, but an .xlsx part must be UTF-8 or UTF-16 (ECMA-376 Part 2); it"
                + " was refused");
    assertThatThrownBy(() -> READER.read(utf32))
        .hasMessage(
            "cannot read the workbook: part xl/worksheets/sheet1.xml is encoded in UTF-32 or"
                + " EBCDIC, but an .xlsx part must be UTF-8 or UTF-16 (ECMA-376 Part 2); it was"
                + " refused");
  }

  @Test
  void aSheetInUtf16WithoutADoctypeReadsAsInUtf8() throws IOException {
    String sheet =
        DOCTYPE_SHEET.replace("<!DOCTYPE worksheet [<!ENTITY x \"9\">]>", "").replace("&x;", "9");
    Path file =
        save(
            "plain16.xlsx",
            replacePart(
                small(), "xl/worksheets/sheet1.xml", sheet.getBytes(StandardCharsets.UTF_16)));

    NpsReport report = READER.read(file);

    assertThat(report.overall().responses()).isEqualTo(1);
    assertThat(report.overall().promoters()).isEqualTo(1);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  void aGzipExportReadsAsThePlainFileAlsoPiped() throws IOException {
    byte[] csv = ExportFixtures.conference().getBytes(StandardCharsets.UTF_8);
    SurveyReader reader =
        SurveyReader.builder().scoreColumn(ExportFixtures.CONFERENCE_SCORE).build();
    NpsReport plain = reader.read(save("export.csv", csv));

    byte[] gz = gzip(csv);
    assertThat(reader.read(save("export.csv.gz", gz))).isEqualTo(plain);
    assertThat(reader.read(new ByteArrayInputStream(gz))).isEqualTo(plain);
    assertThat(reader.read(new ByteArrayInputStream(csv))).isEqualTo(plain);
    assertThat(reader.header(save("h.csv.gz", gz)).names())
        .contains(ExportFixtures.CONFERENCE_SCORE);
  }

  @Test
  void aTruncatedGzipSaysTheCompressedDataIsDamaged() throws IOException {
    byte[] gz = gzip(ExportFixtures.conference().getBytes(StandardCharsets.UTF_8));
    Path file = save("cut.csv.gz", Arrays.copyOf(gz, gz.length - 20));
    SurveyReader reader =
        SurveyReader.builder().scoreColumn(ExportFixtures.CONFERENCE_SCORE).build();

    assertThatThrownBy(() -> reader.read(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("the gzip-compressed export is truncated or damaged")
        .hasMessageContaining("check it with gzip -t");
  }

  @Test
  void zstdIsRecognisedAndRefusedWithAWayOut() throws IOException {
    byte[] zst = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0, 0, 0, 0, 0};

    assertThatThrownBy(() -> READER.read(save("export.csv.zst", zst)))
        .isInstanceOf(SurveyFormatException.class)
        .hasMessage(
            "the export is Zstandard-compressed (it starts with 28 B5 2F FD), which is not read:"
                + " decompress it first (zstd -d FILE), or pipe it (zstd -dc FILE | recovery nps -"
                + " ...)");
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] part(byte[] workbook, String name) throws IOException {
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IllegalArgumentException("no part " + name);
  }

  private static byte[] replacePart(byte[] workbook, String name, String text) throws IOException {
    return replacePart(workbook, name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] replacePart(byte[] workbook, String name, byte[] bytes) {
    return WorkbookBytes.withPart(workbook, name, bytes);
  }
}
