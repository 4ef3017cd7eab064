package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Optional;
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
 * counted while inflating, not taken from the zip's own claims, by {@link ExpansionCheck} while the
 * sheet is read; the prologs are checked here, first.
 *
 * <p>Stateless.
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
   * Checks a zip file as a workbook: its structure, and the prolog of every XML part ({@link
   * XmlProlog}); reads its date system from {@code xl/workbook.xml} (where Excel writes {@code
   * date1904="1"}, which is an XML boolean as much as {@code "true"} is). The size caps are checked
   * while the sheet is read, by {@link ExpansionCheck}.
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
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        if (name.endsWith(".xml") || name.endsWith(".rels")) {
          try (InputStream in = zip.getInputStream(entry)) {
            Optional<String> problem = XmlProlog.problem(in);
            if (problem.isPresent()) {
              ExpansionCheck.drain(in, name, entry.getCompressedSize());
              throw refused("part " + name + " " + problem.get());
            }
          }
        }
      }
      boolean date1904 = DATE_1904.matcher(text(zip, "xl/workbook.xml")).find();
      boolean styled =
          text(zip, "xl/_rels/workbook.xml.rels").contains("relationships/styles\"")
              && zip.getEntry("xl/styles.xml") != null;
      return new Layout(date1904, styled);
    } catch (ZipException | java.io.EOFException e) {
      throw truncated(e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read survey export " + file, e);
    }
  }

  /** Reads the start of a small part as ISO-8859-1, enough to find an attribute in its markup. */
  private static String text(ZipFile zip, String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      return "";
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return new String(in.readNBytes((int) RATIO_FREE_BYTES), StandardCharsets.ISO_8859_1);
    }
  }

  static SurveyFormatException bomb(String part, long compressed, long inflated) {
    return refused(
        "part "
            + part
            + " expands more than "
            + MAX_RATIO
            + " times (from "
            + compressed
            + " compressed bytes to over "
            + inflated
            + "), which only a zip bomb does; it was not read further");
  }

  static SurveyFormatException tooLarge(String part) {
    return refused(
        "its parts expand to more than "
            + MAX_TOTAL_BYTES
            + " bytes (reached in part "
            + part
            + "), beyond any real workbook; it was not read further");
  }

  static SurveyFormatException truncated(IOException e) {
    return refused(
        "it starts like a zip (.xlsx) but is truncated or damaged ("
            + e.getMessage()
            + "): the download or copy was probably cut short; export it again");
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
}
