package org.recovery.examples.bench;

import java.io.File;
import java.io.InputStream;
import java.util.Iterator;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads every cell of a workbook's first sheet with one of the two streaming readers considered for
 * {@code .xlsx} exports, and prints the rows and a checksum of the cells' text, one process per
 * run, for {@code recovery-examples/peers/xlsx-peers.sh}: dhatim fastexcel-reader (raw values and
 * number formats, as the survey reader asks for them) or Apache POI's SAX event API ({@code
 * XSSFReader} with {@code XSSFSheetXMLHandler}, values as text). POI is a test-scope dependency of
 * this module only.
 *
 * <pre>
 * java -cp CLASSPATH org.recovery.examples.bench.SheetScan fastexcel|poi FILE
 * </pre>
 */
public final class SheetScan {
  private SheetScan() {}

  /**
   * Reads the sheet and prints {@code rows checksum}.
   *
   * @param args the reader ({@code fastexcel} or {@code poi}) and the workbook
   * @throws Exception when the workbook cannot be read
   */
  public static void main(String[] args) throws Exception {
    File file = new File(args[1]);
    long[] counts =
        switch (args[0]) {
          case "fastexcel" -> fastexcel(file);
          case "poi" -> poi(file);
          default ->
              throw new IllegalArgumentException(
                  "reader must be fastexcel or poi but was " + args[0]);
        };
    System.out.println(counts[0] + " " + counts[1]);
  }

  private static long[] fastexcel(File file) throws Exception {
    long rows = 0;
    long chars = 0;
    try (ReadableWorkbook workbook = new ReadableWorkbook(file, new ReadingOptions(true, false));
        Stream<Row> stream = workbook.getFirstSheet().openStream()) {
      for (Iterator<Row> it = stream.iterator(); it.hasNext(); ) {
        Row row = it.next();
        rows++;
        for (Cell cell : row) {
          if (cell != null && cell.getRawValue() != null) {
            chars += cell.getRawValue().length();
            if (cell.getDataFormatString() != null) {
              chars++;
            }
          }
        }
      }
    }
    return new long[] {rows, chars};
  }

  private static long[] poi(File file) throws Exception {
    long[] counts = new long[2];
    try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      var strings = new ReadOnlySharedStringsTable(pkg);
      var handler =
          new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int row) {
              counts[0]++;
            }

            @Override
            public void endRow(int row) {}

            @Override
            public void cell(String ref, String value, XSSFComment comment) {
              if (value != null) {
                counts[1] += value.length();
              }
            }
          };
      try (InputStream sheet = reader.getSheetsData().next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(
            new XSSFSheetXMLHandler(reader.getStylesTable(), strings, handler, false));
        xml.parse(new InputSource(sheet));
      }
    }
    return counts;
  }
}
