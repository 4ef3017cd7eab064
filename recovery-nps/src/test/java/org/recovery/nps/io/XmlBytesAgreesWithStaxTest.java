package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * The byte reader reads every part as the JDK's XML parser does, or declines it: it never reads
 * markup differently, and it reads all the markup spreadsheets write.
 */
class XmlBytesAgreesWithStaxTest {
  private static final Map<String, Integer> KNOWN_ELEMENTS =
      Map.of(
          "row", XmlBytes.ROW,
          "c", XmlBytes.C,
          "v", XmlBytes.V,
          "is", XmlBytes.IS,
          "t", XmlBytes.T,
          "sheetData", XmlBytes.SHEET_DATA,
          "si", XmlBytes.SI,
          "rPh", XmlBytes.R_PH);
  private static final Map<String, Integer> KNOWN_ATTRIBUTES =
      Map.of("r", XmlBytes.ATTRIBUTE_R, "t", XmlBytes.ATTRIBUTE_T, "s", XmlBytes.ATTRIBUTE_S);

  @Test
  void spreadsheetMarkupIsReadAsTheXmlParserReadsIt() {
    qt().withExamples(400)
        .withShrinkCycles(30)
        .forAll(XmlMarkup.spreadsheetMarkup(), integers().between(1, 70))
        .checkAssert(
            (xml, chunk) ->
                assertThat(bytesEvents(xml, chunk))
                    .as("%s", new String(xml, StandardCharsets.UTF_8))
                    .isEqualTo(staxEvents(xml)));
  }

  @Test
  void anyOtherMarkupIsDeclinedOrReadAsTheXmlParserReadsIt() {
    qt().withExamples(1500)
        .withShrinkCycles(30)
        .forAll(XmlMarkup.anyMarkup(), integers().between(1, 70))
        .checkAssert(
            (xml, chunk) -> {
              List<String> events;
              try {
                events = bytesEvents(xml, chunk);
              } catch (ScanDeclinedException declined) {
                return;
              }
              assertThat(events)
                  .as("%s", new String(xml, StandardCharsets.ISO_8859_1))
                  .isEqualTo(staxEvents(xml));
            });
  }

  @Test
  void aPartCutShortAnywhereIsDeclined() {
    qt().withExamples(150)
        .withShrinkCycles(30)
        .forAll(XmlMarkup.spreadsheetMarkup(), integers().between(0, 1000))
        .checkAssert(
            (xml, at) -> {
              byte[] cut = java.util.Arrays.copyOf(xml, at % xml.length);
              Throwable thrown = catchThrowable(() -> bytesEvents(cut, 1 + at % 7));
              assertThat(thrown)
                  .as("%s", new String(cut, StandardCharsets.UTF_8))
                  .isInstanceOf(ScanDeclinedException.class);
            });
  }

  @Test
  void aPartReadInOneGoOrByteByByteGivesTheSameEvents() {
    qt().withExamples(100)
        .withShrinkCycles(30)
        .forAll(XmlMarkup.anyMarkup())
        .checkAssert(
            xml -> {
              Throwable whole = catchThrowable(() -> bytesEvents(xml, xml.length + 1));
              Throwable trickled = catchThrowable(() -> bytesEvents(xml, 1));
              if (whole == null) {
                assertThat(bytesEvents(xml, 1)).isEqualTo(bytesEvents(xml, xml.length + 1));
              } else {
                assertThat(trickled).isInstanceOf(ScanDeclinedException.class);
                assertThat(trickled).hasMessage(whole.getMessage());
              }
            });
  }

  @Test
  void aNameThatCrossesTheEdgeOfTheBufferIsReadWhole() {
    // The buffer holds 64 KB; when it is full, the bytes from the current tag on move to its
    // start. A name cut by that move, and its digits, dots and hyphens after the cut, are read
    // as one name wherever the cut falls.
    for (int before = 1; before <= 16; before++) {
      String root = "<a xmlns:x14ac=\"urn:x\">";
      String filler = "x".repeat((1 << 16) - root.length() - before);
      byte[] xml = (root + filler + "<b.1-2 x14ac:q9=\"1\"/></a>").getBytes(StandardCharsets.UTF_8);
      for (int chunk : new int[] {1, 7, 4096}) {
        assertThat(bytesEvents(xml, chunk))
            .as("tag %d bytes before the edge, read %d at a time", before, chunk)
            .isEqualTo(staxEvents(xml));
      }
    }
  }

  @Test
  void theReadersOwnPartsAreReadAsTheXmlParserReadsThem() {
    String sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"urn:r\" xmlns:x14ac=\"urn:x14ac\"><sheetData>"
            + "<row r=\"1\" spans=\"1:2\" x14ac:dyDescent=\"0.25\"><c r=\"A1\" t=\"s\" s=\"1\">"
            + "<v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + " a &amp; b &#x1F600;</t></is></c></row></sheetData></worksheet>";
    byte[] xml = sheet.getBytes(StandardCharsets.UTF_8);

    assertThatCode(() -> bytesEvents(xml, 5)).doesNotThrowAnyException();
    assertThat(bytesEvents(xml, 5)).isEqualTo(staxEvents(xml));
  }

  /** The events the byte reader reports, one line each, reading {@code chunk} bytes at a time. */
  static List<String> bytesEvents(byte[] xml, int chunk) {
    XmlBytes reader = new XmlBytes(chunked(xml, chunk));
    reader.prolog();
    List<String> events = new ArrayList<>();
    while (true) {
      int event = reader.next();
      switch (event) {
        case XmlBytes.START -> {
          List<String> attributes = new ArrayList<>();
          for (int i = 0; i < reader.attributeCount(); i++) {
            String value =
                XmlBytes.decode(
                    reader.buffer(),
                    reader.base() + reader.valueStart(i),
                    reader.base() + reader.valueEnd(i),
                    false);
            attributes.add(reader.attributeCode(i) + "=" + value);
          }
          attributes.sort(null);
          events.add(
              element("start", reader.depth(), reader.name(), reader.prefixed(), attributes));
        }
        case XmlBytes.END ->
            events.add(element("end", reader.depth(), reader.name(), reader.prefixed(), List.of()));
        case XmlBytes.TEXT ->
            events.add(
                "text "
                    + XmlBytes.decode(
                        reader.buffer(),
                        reader.base() + reader.textStart(),
                        reader.base() + reader.textEnd(),
                        reader.textEscaped()));
        case XmlBytes.DONE -> {
          return events;
        }
        default -> throw new AssertionError("unknown event " + event);
      }
    }
  }

  /** The same events as the JDK's XML parser reads them, up to the end of the root element. */
  static List<String> staxEvents(byte[] xml) {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    List<String> events = new ArrayList<>();
    try {
      XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
      int depth = 0;
      while (true) {
        int event = reader.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT -> {
            depth++;
            List<String> attributes = new ArrayList<>();
            for (int i = 0; i < reader.getNamespaceCount(); i++) {
              String prefix = reader.getNamespacePrefix(i);
              int code =
                  prefix != null && KNOWN_ATTRIBUTES.containsKey(prefix)
                      ? XmlBytes.AMBIGUOUS
                      : XmlBytes.OTHER;
              attributes.add(code + "=" + reader.getNamespaceURI(i));
            }
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              String local = reader.getAttributeLocalName(i);
              String prefix = reader.getAttributePrefix(i);
              boolean known = KNOWN_ATTRIBUTES.containsKey(local);
              int code =
                  prefix == null || prefix.isEmpty()
                      ? KNOWN_ATTRIBUTES.getOrDefault(local, XmlBytes.OTHER)
                      : known ? XmlBytes.AMBIGUOUS : XmlBytes.OTHER;
              attributes.add(code + "=" + reader.getAttributeValue(i));
            }
            attributes.sort(null);
            events.add(element("start", depth, code(reader), prefixed(reader), attributes));
          }
          case XMLStreamConstants.END_ELEMENT -> {
            events.add(element("end", depth, code(reader), prefixed(reader), List.of()));
            depth--;
            if (depth == 0) {
              return events;
            }
          }
          case XMLStreamConstants.CHARACTERS,
              XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (depth > 0) {
              String text = reader.getText();
              int last = events.size() - 1;
              if (last >= 0 && events.get(last).startsWith("text ")) {
                events.set(last, events.get(last) + text);
              } else {
                events.add("text " + text);
              }
            }
          }
          case XMLStreamConstants.END_DOCUMENT -> {
            return events;
          }
          default -> {}
        }
      }
    } catch (XMLStreamException e) {
      throw new AssertionError("the XML parser refused what the byte reader read: " + e, e);
    }
  }

  private static int code(XMLStreamReader reader) {
    String prefix = reader.getPrefix();
    return prefix == null || prefix.isEmpty()
        ? KNOWN_ELEMENTS.getOrDefault(reader.getLocalName(), XmlBytes.OTHER)
        : XmlBytes.OTHER;
  }

  private static boolean prefixed(XMLStreamReader reader) {
    String prefix = reader.getPrefix();
    return prefix != null && !prefix.isEmpty();
  }

  private static String element(
      String kind, int depth, int code, boolean prefixed, List<String> attributes) {
    return kind + " depth=" + depth + " name=" + code + " prefixed=" + prefixed + " " + attributes;
  }

  /** Hands the bytes over at most {@code chunk} at a time, as an inflater may. */
  static InputStream chunked(byte[] xml, int chunk) {
    return new ByteArrayInputStream(xml) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(chunk, len));
      }
    };
  }
}
