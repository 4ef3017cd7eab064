package org.recovery.examples.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a survey export as an {@code .xlsx} workbook of any size, streaming, for the whole-process
 * Excel comparisons: one sheet of 12 columns as the survey tools write them — {@code Score} (a
 * number 0-10), {@code Country} (a shared string), {@code Submitted} (a date-formatted serial), and
 * nine answer columns, numbers and inline strings. Deterministic: the same rows for the same count.
 *
 * <pre>
 * java -cp recovery-examples/target/test-classes org.recovery.examples.bench.SheetGenerator \
 *     300000 /tmp/sheet-300000.xlsx
 * </pre>
 */
public final class SheetGenerator {
  private static final String[] COUNTRIES = {
    "France", "Germany", "Spain", "Italy", "Brazil", "Japan"
  };
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String DOC_RELS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String TYPES =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.";

  private SheetGenerator() {}

  /**
   * Writes the workbook.
   *
   * @param args the number of data rows and the file to write
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  static void write(int rows, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      part(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
              + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
              + TYPES
              + "sheet.main+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
              + TYPES
              + "sharedStrings+xml\"/><Override PartName=\"/xl/styles.xml\" ContentType=\""
              + TYPES
              + "styles+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
              + TYPES
              + "worksheet+xml\"/></Types>");
      part(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      part(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\""
              + DOC_RELS
              + "\"><workbookPr/><sheets><sheet name=\"Responses\" sheetId=\"1\" r:id=\"rId1\"/>"
              + "</sheets></workbook>");
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + RELS
              + "\"><Relationship Id=\"rId1\" Type=\""
              + DOC_RELS
              + "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
              + DOC_RELS
              + "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\""
              + DOC_RELS
              + "/styles\" Target=\"styles.xml\"/></Relationships>");
      StringBuilder sst = new StringBuilder();
      for (String country : COUNTRIES) {
        sst.append("<si><t>").append(country).append("</t></si>");
      }
      part(
          zip,
          "xl/sharedStrings.xml",
          "<sst xmlns=\"" + MAIN + "\" uniqueCount=\"" + COUNTRIES.length + "\">" + sst + "</sst>");
      part(
          zip,
          "xl/styles.xml",
          "<styleSheet xmlns=\""
              + MAIN
              + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd"
              + " hh:mm:ss\"/></numFmts><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf"
              + " numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
      w.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">");
      for (int c = 0; c < 12; c++) {
        String name = c == 0 ? "Score" : c == 1 ? "Country" : c == 2 ? "Submitted" : "Q" + c;
        w.write(inline(ref(c, 1), name));
      }
      w.write("</row>");
      Random random = new Random(42);
      for (int r = 2; r <= rows + 1; r++) {
        w.write("<row r=\"" + r + "\">");
        w.write("<c r=\"" + ref(0, r) + "\"><v>" + random.nextInt(11) + "</v></c>");
        w.write("<c r=\"" + ref(1, r) + "\" t=\"s\"><v>" + random.nextInt(6) + "</v></c>");
        double serial = 45000 + random.nextInt(700) + random.nextInt(86400) / 86400.0;
        w.write("<c r=\"" + ref(2, r) + "\" s=\"1\"><v>" + serial + "</v></c>");
        for (int c = 3; c < 12; c++) {
          w.write(
              c % 3 == 0
                  ? inline(ref(c, r), "answer text " + random.nextInt(1000))
                  : "<c r=\"" + ref(c, r) + "\"><v>" + random.nextInt(100_000) + "</v></c>");
        }
        w.write("</row>");
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
    }
  }

  private static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
  }

  private static String ref(int column, int row) {
    return (char) ('A' + column) + Integer.toString(row);
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    String text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml;
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
