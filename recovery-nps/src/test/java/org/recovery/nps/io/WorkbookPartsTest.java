package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet's parts are found as the worksheet library finds them — the workbook and the shared
 * strings from the content types, in any order and at any name, the worksheet from the workbook's
 * relationships, relative or absolute — and not at all when a name is ambiguous or untrusted.
 */
class WorkbookPartsTest {
  private static final String TYPES =
      "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">";
  private static final String WORKBOOK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String MACRO_WORKBOOK =
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  private static final String SHARED_STRINGS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
  private static final String STYLES =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  @TempDir Path dir;

  private static String override(String part, String type) {
    return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
  }

  private static String rels(String... idsAndTargets) {
    StringBuilder rels =
        new StringBuilder(
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < idsAndTargets.length; i += 2) {
      rels.append("<Relationship Id=\"")
          .append(idsAndTargets[i])
          .append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships")
          .append("/worksheet\" Target=\"")
          .append(idsAndTargets[i + 1])
          .append("\"/>");
    }
    return rels.append("</Relationships>").toString();
  }

  private Optional<WorkbookParts> find(byte[] zipBytes, String sheetId) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "parts-", ".xlsx"), zipBytes);
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      return WorkbookParts.find(zip, sheetId);
    }
  }

  private static List<String> names(Optional<WorkbookParts> parts) {
    ZipEntry strings = parts.orElseThrow().sharedStrings();
    return List.of(
        parts.orElseThrow().sheet().getName(), strings == null ? "-" : strings.getName());
  }

  @Test
  void eachSheetOfAnExcelWorkbookIsFoundByItsRelationshipId() throws IOException {
    List<WorkbookBytes.Sheet> sheets =
        List.of(
            new WorkbookBytes.Sheet("A", List.of(List.of(WorkbookBytes.number("1")))),
            new WorkbookBytes.Sheet("B", List.of(List.of(WorkbookBytes.number("2")))));
    byte[] workbook = WorkbookBytes.workbook(false, List.of("x"), sheets);

    assertThat(names(find(workbook, "rId1")))
        .containsExactly("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml");
    assertThat(names(find(workbook, "rId2")))
        .containsExactly("xl/worksheets/sheet2.xml", "xl/sharedStrings.xml");
    assertThat(find(workbook, "rId9")).isEmpty();
  }

  @Test
  void aWorkbookPartDeclaredLastUnderAnotherNameIsFoundWithItsOwnRelationships()
      throws IOException {
    byte[] zip =
        WorkbookBytes.zip(
            "[Content_Types].xml",
            TYPES
                + override("/xl/strings.xml", SHARED_STRINGS)
                + override("/xl/styles.xml", STYLES)
                + override("/xl/book.xml", WORKBOOK)
                + "</Types>",
            "xl/book.xml",
            "<workbook/>",
            "xl/_rels/book.xml.rels",
            rels("rId1", "/data/first.xml", "rId2", "sheets/second.xml"),
            "xl/strings.xml",
            "<sst/>",
            "data/first.xml",
            "<worksheet/>",
            "xl/sheets/second.xml",
            "<worksheet/>");

    assertThat(names(find(zip, "rId1"))).containsExactly("data/first.xml", "xl/strings.xml");
    assertThat(names(find(zip, "rId2"))).containsExactly("xl/sheets/second.xml", "xl/strings.xml");
  }

  @Test
  void sharedStringsDeclaredAfterTheWorkbookAndStylesAreFound() throws IOException {
    byte[] zip =
        WorkbookBytes.zip(
            "[Content_Types].xml",
            TYPES
                + override("/xl/workbook.xml", MACRO_WORKBOOK)
                + override("/xl/styles.xml", STYLES)
                + override("/xl/strings.xml", SHARED_STRINGS)
                + "</Types>",
            "xl/workbook.xml",
            "<workbook/>",
            "xl/_rels/workbook.xml.rels",
            rels("rId1", "worksheets/sheet1.xml"),
            "xl/strings.xml",
            "<sst/>",
            "xl/worksheets/sheet1.xml",
            "<worksheet/>");

    assertThat(names(find(zip, "rId1")))
        .containsExactly("xl/worksheets/sheet1.xml", "xl/strings.xml");
  }

  @Test
  void aWorkbookWithoutSharedStringsHasNone() throws IOException {
    byte[] zip =
        WorkbookBytes.zip(
            "[Content_Types].xml",
            TYPES + "</Types>",
            "xl/workbook.xml",
            "<workbook/>",
            "xl/_rels/workbook.xml.rels",
            rels("rId1", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml",
            "<worksheet/>");

    assertThat(names(find(zip, "rId1"))).containsExactly("xl/worksheets/sheet1.xml", "-");
  }

  @Test
  void declaredSharedStringsThatAreMissingLeaveThePartsUnnamed() throws IOException {
    byte[] zip =
        WorkbookBytes.zip(
            "[Content_Types].xml",
            TYPES + override("/xl/sharedStrings.xml", SHARED_STRINGS) + "</Types>",
            "xl/workbook.xml",
            "<workbook/>",
            "xl/_rels/workbook.xml.rels",
            rels("rId1", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml",
            "<worksheet/>");

    assertThat(find(zip, "rId1")).isEmpty();
  }

  @Test
  void anEntryNamedTwiceLeavesThePartsUnnamed() throws IOException {
    byte[] workbook =
        WorkbookBytes.zip(
            "[Content_Types].xml",
            TYPES + "</Types>",
            "xl/workbook.xml",
            "<workbook/>",
            "xl/_rels/workbook.xml.rels",
            rels("rId1", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml",
            "<worksheet/>",
            "xl/worksheets/sheetX.xml",
            "<worksheet/>");
    assertThat(find(workbook, "rId1")).isPresent();

    // The second sheet's name, in its local header and in the central directory, becomes the
    // first's: two entries named alike, either of which a reader might take.
    byte[] twice = replaceAll(workbook, "sheetX.xml", "sheet1.xml");

    assertThat(find(twice, "rId1")).isEmpty();
  }

  @Test
  void contentTypesThatNeedADtdAreNotTrusted() throws IOException {
    byte[] zip =
        WorkbookBytes.zip(
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><!DOCTYPE Types [<!ENTITY book \"/xl/book.xml\">]>"
                + TYPES
                + override("&book;", WORKBOOK)
                + "</Types>",
            "xl/book.xml",
            "<workbook/>",
            "xl/_rels/book.xml.rels",
            rels("rId1", "worksheets/sheet1.xml"),
            "xl/worksheets/sheet1.xml",
            "<worksheet/>");

    assertThat(find(zip, "rId1")).isEmpty();
  }

  private static byte[] replaceAll(byte[] bytes, String from, String to) {
    byte[] a = from.getBytes(StandardCharsets.US_ASCII);
    byte[] b = to.getBytes(StandardCharsets.US_ASCII);
    byte[] out = bytes.clone();
    for (int i = 0; i + a.length <= out.length; i++) {
      if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
        System.arraycopy(b, 0, out, i, b.length);
      }
    }
    return out;
  }
}
