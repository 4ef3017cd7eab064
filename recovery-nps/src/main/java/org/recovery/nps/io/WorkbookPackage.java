package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks an {@code .xlsx} file's zip package before any XML parser sees it, so that a hostile or
 * damaged file fails with one clear error and nothing else: a truncated or damaged zip, a zip that
 * is not a workbook, a part that expands like a zip bomb (more than {@link #MAX_RATIO} times its
 * compressed size, or all parts together beyond {@link #MAX_TOTAL_BYTES}), and XML that declares a
 * DOCTYPE or an entity (refused outright, so no entity is ever expanded or fetched). The sizes are
 * counted while inflating, not taken from the zip's own claims.
 *
 * <p>Stateless; each check reads the file once.
 */
final class WorkbookPackage {
  /** The most a part may expand, compressed to inflated; real sheets expand 5 to 30 times. */
  static final long MAX_RATIO = 200;

  /** Parts smaller than this may expand more, as tiny repetitive XML legitimately does. */
  static final long RATIO_FREE_BYTES = 1L << 20;

  /** The most all parts together may inflate to: 8 GiB, beyond any 1,048,576-row sheet. */
  static final long MAX_TOTAL_BYTES = 8L << 30;

  /** The library that reads worksheets, an optional dependency of this module. */
  static final String READER_ARTIFACT = "org.dhatim:fastexcel-reader";

  private static final Pattern DATE_1904 =
      Pattern.compile("<(?:\\w+:)?workbookPr\\b[^>]*\\bdate1904\\s*=\\s*[\"'](?:1|true)[\"']");

  private WorkbookPackage() {}

  /**
   * What the reader needs to know of a checked package.
   *
   * @param date1904 whether the workbook counts dates from 1904 (Excel writes {@code date1904="1"},
   *     which the library reads as false, so it is read here)
   * @param styled whether the workbook has a styles part, without which no cell is a date and the
   *     library must not look for number formats
   */
  record Layout(boolean date1904, boolean styled) {}

  /**
   * Checks a zip file as a workbook, and reads its date system from {@code xl/workbook.xml} (where
   * Excel writes {@code date1904="1"}, which is an XML boolean as much as {@code "true"} is).
   *
   * @param file the file, whose first bytes are a zip signature
   * @return what the reader needs to know of the package
   * @throws SurveyFormatException naming the part and the rule it breaks
   */
  static Layout check(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
      if (zip.getEntry("xl/workbook.xml") == null) {
        throw refused(
            "it is a zip but not an .xlsx workbook: it holds no xl/workbook.xml part"
                + " (an .xlsb, .ods or other archive?)");
      }
      long total = 0;
      boolean date1904 = false;
      boolean styled = false;
      byte[] buffer = new byte[1 << 16];
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        long compressed = Math.max(1, entry.getCompressedSize());
        long inflated = 0;
        Markup markup = new Markup();
        boolean workbook = entry.getName().equals("xl/workbook.xml");
        boolean rels = entry.getName().equals("xl/_rels/workbook.xml.rels");
        StringBuilder workbookText = new StringBuilder();
        try (InputStream in = zip.getInputStream(entry)) {
          int n;
          while ((n = in.read(buffer)) > 0) {
            inflated += n;
            total += n;
            if (inflated > RATIO_FREE_BYTES && inflated > compressed * MAX_RATIO) {
              throw refused(
                  "part "
                      + entry.getName()
                      + " expands more than "
                      + MAX_RATIO
                      + " times (from "
                      + compressed
                      + " compressed bytes to over "
                      + inflated
                      + "), which only a zip bomb does; it was not read further");
            }
            if (total > MAX_TOTAL_BYTES) {
              throw refused(
                  "its parts expand to more than "
                      + MAX_TOTAL_BYTES
                      + " bytes (reached in part "
                      + entry.getName()
                      + "), beyond any real workbook; it was not read further");
            }
            if (xml && markup.declaresEntities(buffer, n)) {
              throw refused(
                  "part "
                      + entry.getName()
                      + " declares a DOCTYPE or an entity, which Excel never writes and which"
                      + " could fetch or expand outside data; it was refused and nothing was"
                      + " fetched");
            }
            if ((workbook || rels) && workbookText.length() < RATIO_FREE_BYTES) {
              workbookText.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
          }
        }
        if (workbook) {
          date1904 = DATE_1904.matcher(workbookText).find();
        }
        if (rels) {
          styled = workbookText.indexOf("relationships/styles\"") >= 0;
        }
      }
      return new Layout(date1904, styled && zip.getEntry("xl/styles.xml") != null);
    } catch (ZipException | java.io.EOFException e) {
      throw refused(
          "it starts like a zip (.xlsx) but is truncated or damaged ("
              + e.getMessage()
              + "): the download or copy was probably cut short; export it again");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
  }

  /**
   * Checks that the optional worksheet library is present, before any class that links to it is
   * loaded.
   *
   * @throws IllegalStateException naming the artifact to add when it is missing
   */
  static void requireReaderLibrary() {
    try {
      Class.forName(
          "org.dhatim.fastexcel.reader.ReadableWorkbook",
          false,
          WorkbookPackage.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "reading an .xlsx export needs "
              + READER_ARTIFACT
              + " (0.19.0), an optional dependency of recovery-nps that is not on the class path:"
              + " add it to the build (on the module path, with --add-modules"
              + " org.dhatim.fastexcel.reader), or export the survey as CSV",
          e);
    }
  }

  /**
   * Explains an OLE2 compound file: an encrypted {@code .xlsx} holds an {@code EncryptedPackage}
   * stream; anything else is an Excel 97-2003 {@code .xls}.
   *
   * @param file the file, whose first bytes are the OLE2 signature
   * @return the error to throw
   */
  static SurveyFormatException ole2(Path file) {
    try {
      return ole2(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
  }

  /** Explains the bytes of an OLE2 compound file; see {@link #ole2(Path)}. */
  static SurveyFormatException ole2(byte[] bytes) {
    byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    if (indexOf(bytes, name) >= 0) {
      return refused(
          "it is a password-protected (encrypted) workbook, which cannot be read without the"
              + " password; open it in Excel, remove the password (File > Info > Protect Workbook)"
              + " and save it as .xlsx, or export the survey as CSV");
    }
    return refused(
        "it is an Excel 97-2003 workbook (.xls, BIFF), which is not read: save it as .xlsx or CSV");
  }

  /** Explains a file named like a workbook whose bytes are not a zip. */
  static SurveyFormatException notZip(byte[] head, int length) {
    StringBuilder hex = new StringBuilder();
    for (int i = 0; i < length; i++) {
      hex.append(String.format("%02X ", head[i] & 0xFF));
    }
    return refused(
        "it is named like an .xlsx workbook but is not a zip (it starts with bytes "
            + (length == 0 ? "none: the file is empty" : hex.toString().trim())
            + ", where an .xlsx starts with 50 4B 03 04); export it again as .xlsx or CSV");
  }

  private static SurveyFormatException refused(String why) {
    return new SurveyFormatException("cannot read the workbook: " + why, 1, "");
  }

  private static int indexOf(byte[] bytes, byte[] part) {
    outer:
    for (int i = 0; i + part.length <= bytes.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (bytes[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /**
   * Finds {@code <!D} (DOCTYPE) and {@code <!E} (ENTITY) across buffer boundaries. In well-formed
   * XML a {@code <} in text is escaped, so these bytes are markup (or inside a comment or CDATA,
   * where refusing them costs nothing).
   */
  private static final class Markup {
    private int state;

    boolean declaresEntities(byte[] buffer, int length) {
      for (int i = 0; i < length; i++) {
        byte b = buffer[i];
        if (state == 2 && (b == 'D' || b == 'E')) {
          return true;
        }
        state = b == '<' ? 1 : (state == 1 && b == '!' ? 2 : 0);
      }
      return false;
    }
  }
}
