package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Finds the parts the worksheet library would read for a sheet — the worksheet and the
 * shared-string table — the way it finds them: the workbook and table from the content types'
 * overrides, the worksheet from the workbook's relationships. Only a package whose part names are
 * unambiguous is answered (each entry named once, the parts found under their exact names); for any
 * other the library reads the sheet itself. The parts read here are small and have been read whole
 * by the library already.
 *
 * @param sheet the worksheet's entry
 * @param sharedStrings the shared-string table's entry, or null when the workbook has none
 */
record WorkbookParts(ZipEntry sheet, @Nullable ZipEntry sharedStrings) {
  private static final String WORKBOOK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String MACRO_WORKBOOK =
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  private static final String SHARED_STRINGS =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
  private static final String STYLES =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
  private static final Pattern FILE_NAME = Pattern.compile("^(.*/)([^/]+)$");

  /**
   * Finds a sheet's parts.
   *
   * @param zip the package
   * @param sheetId the sheet's relationship id in the workbook
   * @return the parts, or empty when they cannot be named for sure
   */
  static Optional<WorkbookParts> find(ZipFile zip, String sheetId) {
    try {
      Set<String> names = new HashSet<>();
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        if (!names.add(entries.nextElement().getName())) {
          return Optional.empty();
        }
      }
      String workbook = null;
      String sharedStrings = null;
      String styles = null;
      XMLStreamReader types = reader(zip, "[Content_Types].xml");
      if (types == null) {
        return Optional.empty();
      }
      while (types.hasNext()) {
        if (types.next() != XMLStreamConstants.START_ELEMENT
            || !types.getLocalName().equals("Override")) {
          continue;
        }
        String type = types.getAttributeValue(null, "ContentType");
        String part = types.getAttributeValue(null, "PartName");
        if (type == null || part == null) {
          return Optional.empty();
        }
        if (type.equals(WORKBOOK) || type.equals(MACRO_WORKBOOK)) {
          workbook = part;
        } else if (type.equals(SHARED_STRINGS)) {
          sharedStrings = part;
        } else if (type.equals(STYLES)) {
          styles = part;
        }
        if (workbook != null && sharedStrings != null && styles != null) {
          break;
        }
      }
      types.close();
      if (workbook == null) {
        workbook = "/xl/workbook.xml";
      }
      String rels = FILE_NAME.matcher(workbook).replaceFirst("$1_rels/$2.rels");
      int folder = rels.indexOf("_rel");
      if (folder < 0) {
        return Optional.empty();
      }
      Map<String, String> targets = new HashMap<>();
      XMLStreamReader relationships = reader(zip, rels);
      if (relationships == null) {
        return Optional.empty();
      }
      while (relationships.hasNext()) {
        if (relationships.next() != XMLStreamConstants.START_ELEMENT
            || !relationships.getLocalName().equals("Relationship")) {
          continue;
        }
        String id = relationships.getAttributeValue(null, "Id");
        String target = relationships.getAttributeValue(null, "Target");
        if (target == null) {
          return Optional.empty();
        }
        targets.put(id, target.startsWith("/") ? target : rels.substring(0, folder) + target);
      }
      relationships.close();
      ZipEntry sheet = entry(zip, targets.get(sheetId));
      ZipEntry strings = sharedStrings == null ? null : entry(zip, sharedStrings);
      if (sheet == null || (sharedStrings != null && strings == null)) {
        return Optional.empty();
      }
      return Optional.of(new WorkbookParts(sheet, strings));
    } catch (IOException | XMLStreamException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static @Nullable ZipEntry entry(ZipFile zip, @Nullable String name) {
    if (name == null) {
      return null;
    }
    return zip.getEntry(name.startsWith("/") ? name.substring(1) : name);
  }

  private static @Nullable XMLStreamReader reader(ZipFile zip, String name)
      throws IOException, XMLStreamException {
    ZipEntry entry = entry(zip, name);
    if (entry == null) {
      return null;
    }
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    InputStream in = zip.getInputStream(entry);
    return factory.createXMLStreamReader(in);
  }
}
