package org.recovery.nps.io;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a worksheet's rows straight from the bytes of its part ({@link XmlBytes}), the way the
 * worksheet library reads them, without building a row or cell object, a number or a string for
 * cells nobody asks for: a cell is kept as a byte range and written as text only when the reader
 * asks for its column. It reads the sheet data as spreadsheets write it — rows ({@code <row r=..>})
 * of cells ({@code <c r=.. t=.. s=..>}) holding a value ({@code <v>}) or an inline string ({@code
 * <is><t>}) — and checks every cell as the library would (a number that parses, a boolean 0 or 1, a
 * shared string the table holds); anything else (a formula, a cell without its reference, a rich
 * inline string, a value the library would refuse) is {@linkplain ScanDeclinedException declined},
 * for the library to read or refuse. Reading stops at the end of the sheet data, as the library's
 * does. Not thread-safe.
 */
final class WorksheetScanner implements SheetRows {
  private static final int MAX_COLUMN = 16_383;

  private static final byte EMPTY = 0;
  private static final byte NUMBER = 1;
  private static final byte SHARED = 2;
  private static final byte TEXT = 3;
  private static final byte TRUE = 4;
  private static final byte FALSE = 5;

  // The t attribute, before the value decides the kind.
  private static final int TYPE_N = 0;
  private static final int TYPE_S = 1;
  private static final int TYPE_INLINE = 2;
  private static final int TYPE_B = 3;
  private static final int TYPE_E = 4;
  private static final int TYPE_STR = 5;

  private final XmlBytes xml;
  private final String[] sharedStrings;
  private final List<String> formats;
  private final @Nullable Map<String, String> formatCodes;
  private final WorkbookCells cells;

  private boolean done;
  private long trackedRows;
  private long rowNumber;
  private int cellCount;
  private int serial;
  // The shared string index of the cell being read, kept by store.
  private int indexValue;

  private int[] stamps = new int[16];
  private byte[] kinds = new byte[16];
  private int[] styles = new int[16];
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] escapes = new boolean[16];
  private int[] indexes = new int[16];

  private WorksheetScanner(
      XmlBytes xml,
      String[] sharedStrings,
      List<String> formats,
      @Nullable Map<String, String> formatCodes,
      WorkbookCells cells) {
    this.xml = xml;
    this.sharedStrings = sharedStrings;
    this.formats = formats;
    this.formatCodes = formatCodes;
    this.cells = cells;
  }

  /**
   * Reads a worksheet's markup up to its sheet data.
   *
   * @param xml the worksheet part
   * @param sharedStrings the workbook's shared strings
   * @param formats the number format of each cell style, as the library reads them
   * @param formatCodes the format code of each custom number format, as the library reads them
   * @param cells writes cell values as text
   * @return the rows, before the first
   * @throws ScanDeclinedException when the markup is not what the scanner reads
   */
  static WorksheetScanner open(
      XmlBytes xml,
      String[] sharedStrings,
      List<String> formats,
      @Nullable Map<String, String> formatCodes,
      WorkbookCells cells) {
    xml.prolog();
    while (true) {
      int event = xml.next();
      if (event == XmlBytes.DONE) {
        throw XmlBytes.declined("a worksheet without sheet data");
      }
      if (event == XmlBytes.START && xml.name() == XmlBytes.SHEET_DATA) {
        if (xml.depth() != 2) {
          throw XmlBytes.declined("sheet data below the worksheet's children");
        }
        return new WorksheetScanner(xml, sharedStrings, formats, formatCodes, cells);
      }
    }
  }

  @Override
  public boolean next() {
    if (done) {
      return false;
    }
    xml.release();
    while (true) {
      int event = xml.next();
      if (event == XmlBytes.TEXT) {
        continue;
      }
      if (event == XmlBytes.END) {
        done = true;
        return false;
      }
      if (event != XmlBytes.START || xml.name() != XmlBytes.ROW) {
        throw XmlBytes.declined("an element other than a row in the sheet data");
      }
      break;
    }
    xml.hold();
    trackedRows++;
    rowNumber = trackedRows;
    for (int i = 0; i < xml.attributeCount(); i++) {
      int code = xml.attributeCode(i);
      if (code == XmlBytes.AMBIGUOUS) {
        throw XmlBytes.declined("a prefixed attribute named like a row's own");
      }
      if (code == XmlBytes.ATTRIBUTE_R) {
        rowNumber = digits(xml.valueStart(i), xml.valueEnd(i));
      }
    }
    serial++;
    cellCount = 0;
    while (true) {
      int event = xml.next();
      if (event == XmlBytes.TEXT) {
        continue;
      }
      if (event == XmlBytes.END) {
        return true;
      }
      if (xml.name() != XmlBytes.C) {
        throw XmlBytes.declined("an element other than a cell in a row");
      }
      cell();
    }
  }

  private void cell() {
    int column = -1;
    int type = TYPE_N;
    int style = -1;
    for (int i = 0; i < xml.attributeCount(); i++) {
      int code = xml.attributeCode(i);
      if (code == XmlBytes.AMBIGUOUS) {
        throw XmlBytes.declined("a prefixed attribute named like a cell's own");
      } else if (code == XmlBytes.ATTRIBUTE_R) {
        column = column(xml.valueStart(i), xml.valueEnd(i));
      } else if (code == XmlBytes.ATTRIBUTE_T) {
        type = type(xml.valueStart(i), xml.valueEnd(i));
      } else if (code == XmlBytes.ATTRIBUTE_S) {
        style = (int) digits(xml.valueStart(i), xml.valueEnd(i));
      }
    }
    if (column < 0) {
      throw XmlBytes.declined("a cell without its reference");
    }
    int start = -1;
    int end = -1;
    boolean escaped = false;
    boolean seen = false;
    while (true) {
      int event = xml.next();
      if (event == XmlBytes.TEXT) {
        continue;
      }
      if (event == XmlBytes.END) {
        break;
      }
      int expected = type == TYPE_INLINE ? XmlBytes.IS : XmlBytes.V;
      if (xml.name() != expected || seen) {
        throw XmlBytes.declined("a formula or other markup in a cell");
      }
      seen = true;
      if (type == TYPE_INLINE && (xml.next() != XmlBytes.START || xml.name() != XmlBytes.T)) {
        throw XmlBytes.declined("an inline string other than one text element");
      }
      int event2 = xml.next();
      if (event2 == XmlBytes.TEXT) {
        start = xml.textStart();
        end = xml.textEnd();
        escaped = xml.textEscaped();
        event2 = xml.next();
      } else {
        start = 0;
        end = 0;
      }
      if (event2 != XmlBytes.END || (type == TYPE_INLINE && xml.next() != XmlBytes.END)) {
        throw XmlBytes.declined("markup inside a cell value");
      }
    }
    store(column, kind(type, start, end, escaped), style, start, end, escaped);
  }

  /** Decides what a cell holds, checking its value as the library would parse it. */
  private byte kind(int type, int start, int end, boolean escaped) {
    boolean blank = start == end;
    switch (type) {
      case TYPE_N:
        if (blank) {
          return EMPTY;
        }
        if (escaped || !isNumber(start, end)) {
          throw XmlBytes.declined("a number cell whose value is not a plain number");
        }
        return NUMBER;
      case TYPE_S:
        if (blank) {
          return EMPTY;
        }
        long index = digits(start, end);
        if (index >= sharedStrings.length) {
          throw XmlBytes.declined("a shared string the table does not hold");
        }
        indexValue = (int) index;
        return SHARED;
      case TYPE_B:
        if (blank) {
          return EMPTY;
        }
        byte b = xml.buffer()[xml.base() + start];
        if (end - start != 1 || (b != '0' && b != '1')) {
          throw XmlBytes.declined("a boolean cell other than 0 or 1");
        }
        return b == '1' ? TRUE : FALSE;
      default:
        return blank ? EMPTY : TEXT;
    }
  }

  private void store(int column, byte kind, int style, int start, int end, boolean escaped) {
    if (column >= stamps.length) {
      int size = Math.max(column + 1, stamps.length * 2);
      stamps = Arrays.copyOf(stamps, size);
      kinds = Arrays.copyOf(kinds, size);
      styles = Arrays.copyOf(styles, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      escapes = Arrays.copyOf(escapes, size);
      indexes = Arrays.copyOf(indexes, size);
    }
    stamps[column] = serial;
    kinds[column] = kind;
    styles[column] = style;
    starts[column] = start;
    ends[column] = end;
    escapes[column] = escaped;
    indexes[column] = indexValue;
    cellCount = Math.max(cellCount, column + 1);
  }

  @Override
  public long rowNumber() {
    return rowNumber;
  }

  @Override
  public int cellCount() {
    return cellCount;
  }

  @Override
  public String text(int column) {
    if (column >= cellCount || stamps[column] != serial) {
      return "";
    }
    switch (kinds[column]) {
      case NUMBER:
        return number(column);
      case SHARED:
        return sharedStrings[indexes[column]];
      case TEXT:
        return XmlBytes.decode(
            xml.buffer(), xml.base() + starts[column], xml.base() + ends[column], escapes[column]);
      case TRUE:
        return "TRUE";
      case FALSE:
        return "FALSE";
      default:
        return "";
    }
  }

  private String number(int column) {
    String raw =
        XmlBytes.decode(
            xml.buffer(), xml.base() + starts[column], xml.base() + ends[column], false);
    int style = styles[column];
    String formatId = null;
    String format = null;
    if (style >= 0 && style < formats.size()) {
      formatId = formats.get(style);
      format = formatCodes == null ? null : formatCodes.get(formatId);
    }
    return cells.number(raw, formatId == null ? null : Integer.valueOf(formatId), format);
  }

  /** A plain number, as {@link java.math.BigDecimal} parses it: sign, digits, point, exponent. */
  private boolean isNumber(int start, int end) {
    byte[] b = xml.buffer();
    int i = xml.base() + start;
    int to = xml.base() + end;
    if (b[i] == '-' || b[i] == '+') {
      i++;
    }
    int digits = 0;
    while (i < to && b[i] >= '0' && b[i] <= '9') {
      i++;
      digits++;
    }
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < to && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < to && (b[i] == '-' || b[i] == '+')) {
        i++;
      }
      int exponent = 0;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
        exponent++;
      }
      if (exponent == 0 || exponent > 6) {
        return false;
      }
    }
    return i == to;
  }

  /** A count or index written in 1 to 9 ASCII digits, as the library's integer parse reads it. */
  private long digits(int start, int end) {
    byte[] b = xml.buffer();
    int from = xml.base() + start;
    int to = xml.base() + end;
    if (to == from || to - from > 9) {
      throw XmlBytes.declined("a row number, style or string index that is not a small integer");
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      if (b[i] < '0' || b[i] > '9') {
        throw XmlBytes.declined("a row number, style or string index that is not a small integer");
      }
      value = value * 10 + (b[i] - '0');
    }
    return value;
  }

  /** The column of a cell reference such as {@code AB12}, from 0. */
  private int column(int start, int end) {
    byte[] b = xml.buffer();
    int from = xml.base() + start;
    int to = xml.base() + end;
    int i = from;
    int column = 0;
    while (i < to && b[i] >= 'A' && b[i] <= 'Z' && i - from < 3) {
      column = column * 26 + (b[i] - 'A' + 1);
      i++;
    }
    if (i == from || i == to || b[i] < '1' || b[i] > '9' || to - i > 7) {
      throw XmlBytes.declined("a cell reference other than letters and a row number");
    }
    for (int j = i; j < to; j++) {
      if (b[j] < '0' || b[j] > '9') {
        throw XmlBytes.declined("a cell reference other than letters and a row number");
      }
    }
    if (column - 1 > MAX_COLUMN) {
      throw XmlBytes.declined("a column beyond XFD");
    }
    return column - 1;
  }

  private int type(int start, int end) {
    byte[] b = xml.buffer();
    int from = xml.base() + start;
    int length = end - start;
    if (length == 1) {
      switch (b[from]) {
        case 'n':
          return TYPE_N;
        case 's':
          return TYPE_S;
        case 'b':
          return TYPE_B;
        case 'e':
          return TYPE_E;
        default:
          break;
      }
    } else if (length == 3 && b[from] == 's' && b[from + 1] == 't' && b[from + 2] == 'r') {
      return TYPE_STR;
    } else if (length == 9
        && new String(b, from, length, java.nio.charset.StandardCharsets.ISO_8859_1)
            .equals("inlineStr")) {
      return TYPE_INLINE;
    }
    throw XmlBytes.declined("an unknown cell type");
  }
}
