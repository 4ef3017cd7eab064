package org.recovery.nps.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code .xlsx} workbooks byte by byte, so that tests control every cell form Excel and the
 * survey tools write: shared and inline strings, numbers, booleans, errors, formulas with cached
 * values, date-formatted numbers (1900 and 1904 systems), and hostile parts. Cells are given as
 * their {@code <c>} XML without the reference, which the writer adds.
 *
 * <p>Styles: 0 is General, {@link #DATE} is the built-in date format 14, {@link #DATE_TIME} a
 * custom {@code yyyy-mm-dd hh:mm:ss} format, {@link #PERCENT} a number format that is not a date.
 */
final class WorkbookBytes {
  static final int DATE = 1;
  static final int DATE_TIME = 2;
  static final int PERCENT = 3;

  /** One worksheet: its name and its rows, each a list of cell XML ({@code ""} for no cell). */
  record Sheet(String name, Iterable<List<String>> rows) {}

  private WorkbookBytes() {}

  static String number(String raw) {
    return "<c><v>" + raw + "</v></c>";
  }

  static String shared(int index) {
    return "<c t=\"s\"><v>" + index + "</v></c>";
  }

  static String inline(String text) {
    return "<c t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
  }

  static String bool(boolean value) {
    return "<c t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
  }

  static String error(String code) {
    return "<c t=\"e\"><v>" + code + "</v></c>";
  }

  /** A formula cell with a cached value of type t ({@code n} for a number, {@code str}, b, e). */
  static String formula(String formula, String t, String cached) {
    String type = t.equals("n") ? "" : " t=\"" + t + "\"";
    return "<c" + type + "><f>" + escape(formula) + "</f><v>" + escape(cached) + "</v></c>";
  }

  static String styled(String raw, int style) {
    return "<c s=\"" + style + "\"><v>" + raw + "</v></c>";
  }

  /** Returns a one-sheet workbook in the 1900 date system. */
  static byte[] workbook(List<String> sharedStrings, List<List<String>> rows) {
    return workbook(false, sharedStrings, List.of(new Sheet("Responses", rows)));
  }

  static byte[] workbook(boolean date1904, List<String> sharedStrings, List<Sheet> sheets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    write(bytes, date1904, sharedStrings, sheets);
    return bytes.toByteArray();
  }

  /** Writes a workbook; the rows are read once, as they are written, so they may be generated. */
  static void write(
      OutputStream out, boolean date1904, List<String> sharedStrings, List<Sheet> sheets) {
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      StringBuilder types = new StringBuilder();
      StringBuilder entries = new StringBuilder();
      StringBuilder rels = new StringBuilder();
      for (int i = 1; i <= sheets.size(); i++) {
        types.append(
            "<Override PartName=\"/xl/worksheets/sheet"
                + i
                + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.worksheet+xml\"/>");
        entries.append(
            "<sheet name=\""
                + escape(sheets.get(i - 1).name())
                + "\" sheetId=\""
                + i
                + "\" r:id=\"rId"
                + i
                + "\"/>");
        rels.append(
            "<Relationship Id=\"rId"
                + i
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                + "/worksheet\" Target=\"worksheets/sheet"
                + i
                + ".xml\"/>");
      }
      part(
          zip,
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
              + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd"
              + ".openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
              + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd"
              + ".openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
              + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd"
              + ".openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
              + types
              + "</Types>");
      part(
          zip,
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument"
              + "/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      part(
          zip,
          "xl/workbook.xml",
          "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
              + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
              + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
              + "<sheets>"
              + entries
              + "</sheets></workbook>");
      int n = sheets.size();
      part(
          zip,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + rels
              + "<Relationship Id=\"rId"
              + (n + 1)
              + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
              + "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId"
              + (n + 2)
              + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
              + "/styles\" Target=\"styles.xml\"/></Relationships>");
      StringBuilder sst = new StringBuilder();
      for (String s : sharedStrings) {
        sst.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
      }
      part(
          zip,
          "xl/sharedStrings.xml",
          "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\""
              + sharedStrings.size()
              + "\" uniqueCount=\""
              + sharedStrings.size()
              + "\">"
              + sst
              + "</sst>");
      part(
          zip,
          "xl/styles.xml",
          "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
              + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm:ss\"/>"
              + "</numFmts><cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\""
              + " applyNumberFormat=\"1\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
              + "<xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
      for (int i = 1; i <= sheets.size(); i++) {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + i + ".xml"));
        Writer w = new java.io.OutputStreamWriter(zip, StandardCharsets.UTF_8);
        w.write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
                + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
        int r = 0;
        for (List<String> row : sheets.get(i - 1).rows()) {
          r++;
          w.write("<row r=\"" + r + "\">");
          for (int c = 0; c < row.size(); c++) {
            String cell = row.get(c);
            if (!cell.isEmpty()) {
              w.write("<c r=\"" + column(c) + r + "\"" + cell.substring(2));
            }
          }
          w.write("</row>");
        }
        w.write("</sheetData></worksheet>");
        w.flush();
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a zip holding the given entries, each a name and its text. */
  static byte[] zip(String... namesAndTexts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        part(zip, namesAndTexts[i], namesAndTexts[i + 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Returns a workbook with one part replaced by the given bytes, or added last when it has none.
   */
  static byte[] withPart(byte[] workbook, String name, byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      boolean replaced = false;
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(e.getName()));
        replaced |= e.getName().equals(name);
        zip.write(e.getName().equals(name) ? bytes : in.readAllBytes());
      }
      if (!replaced) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Returns a workbook without the named part. */
  static byte[] withoutPart(byte[] workbook, String name) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.getName().equals(name)) {
          zip.putNextEntry(new ZipEntry(e.getName()));
          zip.write(in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Returns the text followed by {@code mib} MiB of spaces, which deflate about a thousand times:
   * past the ratio cap, as only a zip bomb expands.
   */
  static byte[] paddedLikeABomb(String text, int mib) {
    byte[] head = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + (mib << 20)];
    java.util.Arrays.fill(bytes, (byte) ' ');
    System.arraycopy(head, 0, bytes, 0, head.length);
    return bytes;
  }

  private static void part(ZipOutputStream zip, String name, String xml) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    String text = xml.startsWith("<?xml") || !name.endsWith("xml") ? xml : XML_DECLARATION + xml;
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static final String XML_DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** Keeps the characters XML allows in text, written without a carriage return. */
  static String xmlText(String text) {
    StringBuilder kept = new StringBuilder();
    text.codePoints()
        .filter(c -> c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || c >= 0xE000)
        .filter(c -> c != 0xFFFE && c != 0xFFFF)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }
}
