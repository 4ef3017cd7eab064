package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an export's first bytes say it is, whatever its name: the reader decides by signature, so
 * that {@code export.csv.gz}, an {@code .xlsx} saved without its extension and a piped stream are
 * all read as what they are.
 */
enum ExportEncoding {
  /** Text in the configured format and charset (CSV or JSON Lines). */
  TEXT,
  /** gzip ({@code 1F 8B}): decompressed with the JDK, then read as text. */
  GZIP,
  /** Zstandard ({@code 28 B5 2F FD}): recognised so that it is refused with a way out. */
  ZSTD,
  /** A zip ({@code PK 03 04} or the empty {@code PK 05 06}): read as an {@code .xlsx} workbook. */
  ZIP,
  /**
   * An OLE2 compound file ({@code D0 CF 11 E0 A1 B1 1A E1}): an Excel 97-2003 {@code .xls}
   * workbook, or an encrypted {@code .xlsx}, which Excel stores the same way.
   */
  OLE2;

  /** How many leading bytes {@link #of} looks at. */
  static final int SIGNATURE_BYTES = 8;

  private static final byte[] OLE2_SIGNATURE = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** Recognises the leading bytes of an export; fewer than a signature's bytes are text. */
  static ExportEncoding of(byte[] head, int length) {
    if (starts(head, length, 0x1F, 0x8B)) {
      return GZIP;
    }
    if (starts(head, length, 0x28, 0xB5, 0x2F, 0xFD)) {
      return ZSTD;
    }
    if (starts(head, length, 'P', 'K', 3, 4) || starts(head, length, 'P', 'K', 5, 6)) {
      return ZIP;
    }
    if (length >= OLE2_SIGNATURE.length) {
      boolean ole2 = true;
      for (int i = 0; i < OLE2_SIGNATURE.length; i++) {
        ole2 &= head[i] == OLE2_SIGNATURE[i];
      }
      if (ole2) {
        return OLE2;
      }
    }
    return TEXT;
  }

  /** Recognises a file by its leading bytes. */
  static ExportEncoding of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = new byte[SIGNATURE_BYTES];
      return of(head, in.readNBytes(head, 0, head.length));
    }
  }

  /**
   * Recognises a stream by its leading bytes, which are pushed back so that the stream still starts
   * at its first byte.
   */
  static ExportEncoding of(PushbackInputStream in) throws IOException {
    byte[] head = new byte[SIGNATURE_BYTES];
    int length = in.readNBytes(head, 0, head.length);
    in.unread(head, 0, length);
    return of(head, length);
  }

  /**
   * Recognises a file and refuses what the reader cannot read: Zstandard, {@code .xls} and
   * encrypted workbooks, and a file named {@code .xlsx} or {@code .xlsm} that is not a zip.
   *
   * @throws SurveyFormatException saying what the file is and how to make it readable
   */
  static ExportEncoding readable(Path file) throws IOException {
    byte[] head = new byte[SIGNATURE_BYTES];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(head, 0, head.length);
    }
    ExportEncoding encoding = of(head, length);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase();
    if (encoding == TEXT && (name.endsWith(".xlsx") || name.endsWith(".xlsm"))) {
      throw WorkbookPackage.notZip(head, length);
    }
    if (encoding == OLE2) {
      throw WorkbookPackage.ole2(file);
    }
    if (encoding == ZSTD) {
      throw zstd();
    }
    return encoding;
  }

  /** Explains that Zstandard is recognised but not read, and how to read it anyway. */
  static SurveyFormatException zstd() {
    return new SurveyFormatException(
        "the export is Zstandard-compressed (it starts with 28 B5 2F FD), which is not read:"
            + " decompress it first (zstd -d FILE), or pipe it (zstd -dc FILE | recovery nps -"
            + " ...)",
        1,
        "");
  }

  private static boolean starts(byte[] head, int length, int... signature) {
    if (length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
