package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recovery nps} reads gzip exports, standard input and worksheets. */
class NpsInputsTest {
  private static final String CSV = "id,NPS\n1,0\n2,7\n3,7\n4,9\n5,9\n6,9\n";

  @TempDir Path dir;

  @Test
  void readsAGzipExportByItsBytes() throws IOException {
    Path plain = Files.writeString(dir.resolve("export.csv"), CSV);
    Path gz = Files.write(dir.resolve("export.csv.gz"), gzip(CSV));

    var expected = CommandRun.of("nps", plain.toString(), "--format", "json");
    var run = CommandRun.of("nps", gz.toString(), "--format", "json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(expected.out());
  }

  @Test
  void readsStandardInputNamedDash() throws IOException {
    Path plain = Files.writeString(dir.resolve("export.csv"), CSV);
    var expected = CommandRun.of("nps", plain.toString(), "--score", "NPS", "--format", "json");

    var run = withStdin(gzip(CSV), "nps", "-", "--score", "NPS", "--format", "json");

    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(expected.out());
  }

  @Test
  void standardInputNeedsTheScoreColumn() {
    var run = withStdin(CSV.getBytes(StandardCharsets.UTF_8), "nps", "-");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err())
        .contains(
            "reading - (standard input) needs --score COLUMN: the header cannot be read twice to"
                + " guess it");
  }

  @Test
  void readsTheChosenSheetOfAWorkbook() throws IOException {
    Path xlsx = Files.write(dir.resolve("export.xlsx"), workbook());

    var first = CommandRun.of("nps", xlsx.toString(), "--format", "json");
    var second = CommandRun.of("nps", xlsx.toString(), "--sheet", "Later", "--format", "json");
    var missing = CommandRun.of("nps", xlsx.toString(), "--sheet", "3");

    assertThat(first.err()).isEmpty();
    assertThat(first.out()).contains("\"responses\":2", "\"promoters\":1");
    assertThat(second.out()).contains("\"responses\":1", "\"promoters\":0");
    assertThat(missing.exitCode()).isNotZero();
    assertThat(missing.err())
        .contains(
            "export.xlsx:1: the workbook has no sheet 3; its sheets are [\"First\", \"Later\"],"
                + " numbered from 1");
  }

  private static CommandRun withStdin(byte[] bytes, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(bytes));
    try {
      return CommandRun.of(args);
    } finally {
      System.setIn(before);
    }
  }

  private static byte[] gzip(String text) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /** Two sheets with a score column "NPS": 10 and 0 on the first, 5 on the second. */
  private static byte[] workbook() throws IOException {
    String ns = "http://schemas.openxmlformats.org/";
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      part(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\""
              + ns
              + "package/2006/content-types\"><Default Extension=\"xml\""
              + " ContentType=\"application/xml\"/><Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd"
              + ".openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + worksheet(1)
              + worksheet(2)
              + "</Types>");
      part(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + ns
              + "package/2006/relationships\"><Relationship Id=\"r1\""
              + " Type=\""
              + ns
              + "officeDocument/2006/relationships/officeDocument\""
              + " Target=\"xl/workbook.xml\"/></Relationships>");
      part(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + ns
              + "spreadsheetml/2006/main\" xmlns:r=\""
              + ns
              + "officeDocument/2006/relationships\"><sheets><sheet name=\"First\" sheetId=\"1\""
              + " r:id=\"r1\"/><sheet name=\"Later\" sheetId=\"2\" r:id=\"r2\"/></sheets>"
              + "</workbook>");
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + ns
              + "package/2006/relationships\"><Relationship Id=\"r1\""
              + " Type=\""
              + ns
              + "officeDocument/2006/relationships/worksheet\""
              + " Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"r2\" Type=\""
              + ns
              + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
              + "</Relationships>");
      part(zip, "xl/worksheets/sheet1.xml", sheet("<v>10</v>", "<v>0</v>"));
      part(zip, "xl/worksheets/sheet2.xml", sheet("<v>5</v>"));
    }
    return out.toByteArray();
  }

  private static String worksheet(int n) {
    return "<Override PartName=\"/xl/worksheets/sheet"
        + n
        + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
        + ".worksheet+xml\"/>";
  }

  private static String sheet(String... scores) {
    var rows = new StringBuilder();
    rows.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>NPS</t></is></c></row>");
    for (int i = 0; i < scores.length; i++) {
      int r = i + 2;
      rows.append("<row r=\"" + r + "\"><c r=\"A" + r + "\">" + scores[i] + "</c></row>");
    }
    return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        + "<sheetData>"
        + rows
        + "</sheetData></worksheet>";
  }

  private static void part(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
