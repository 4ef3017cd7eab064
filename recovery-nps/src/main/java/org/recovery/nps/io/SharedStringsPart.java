package org.recovery.nps.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a workbook's shared-string table from the bytes of its part ({@link XmlBytes}) as the
 * worksheet library does: each {@code <si>} item is the text of its {@code <t>} elements, rich text
 * runs included and phonetic runs ({@code <rPh>}) left out. An item in any other markup is
 * {@linkplain ScanDeclinedException declined}. Stateless.
 */
final class SharedStringsPart {
  private SharedStringsPart() {}

  /**
   * Reads every item of the table.
   *
   * @param xml the shared-strings part
   * @return the items, in order
   * @throws ScanDeclinedException when the markup is not what the scanner reads
   */
  static String[] read(XmlBytes xml) {
    xml.prolog();
    List<String> items = new ArrayList<>();
    if (xml.next() != XmlBytes.START) {
      throw XmlBytes.declined("a shared-string table without its root element");
    }
    while (true) {
      int event = xml.next();
      if (event == XmlBytes.DONE) {
        return items.toArray(new String[0]);
      }
      if (event == XmlBytes.START) {
        if (xml.name() != XmlBytes.SI || xml.depth() != 2) {
          throw XmlBytes.declined("an element other than an item in the shared-string table");
        }
        items.add(item(xml));
      }
    }
  }

  private static String item(XmlBytes xml) {
    StringBuilder text = new StringBuilder();
    int phonetic = 0;
    while (true) {
      int event = xml.next();
      if (event == XmlBytes.END) {
        if (xml.name() == XmlBytes.SI) {
          return text.toString();
        }
        if (xml.name() == XmlBytes.R_PH) {
          phonetic--;
        }
      } else if (event == XmlBytes.START) {
        if (xml.name() == XmlBytes.SI) {
          throw XmlBytes.declined("an item inside an item");
        } else if (xml.name() == XmlBytes.R_PH) {
          phonetic++;
        } else if (xml.name() == XmlBytes.T && phonetic == 0) {
          int inner = xml.next();
          if (inner == XmlBytes.TEXT) {
            text.append(
                XmlBytes.decode(
                    xml.buffer(),
                    xml.base() + xml.textStart(),
                    xml.base() + xml.textEnd(),
                    xml.textEscaped()));
            inner = xml.next();
          }
          if (inner != XmlBytes.END) {
            throw XmlBytes.declined("markup inside a shared string's text");
          }
        }
      }
    }
  }
}
