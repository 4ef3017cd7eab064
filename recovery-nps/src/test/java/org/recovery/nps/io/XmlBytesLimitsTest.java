package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.nps.io.XmlBytesAgreesWithStaxTest.bytesEvents;
import static org.recovery.nps.io.XmlBytesAgreesWithStaxTest.staxEvents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the byte reader stops reading and starts declining: the declaration's length, UTF-8 at the
 * edges of each sequence length, the most bytes held at once, and parts longer than its buffer.
 */
class XmlBytesLimitsTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aDeclarationOfUpTo513BytesIsReadAndALongerOneDeclined() {
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"";
    String longest = head + " ".repeat(513 - head.length() - 2) + "?>";
    assertThat(longest).hasSize(513);

    assertThat(bytesEvents(utf8(longest + "<a/>"), 1000)).hasSize(2);
    assertThatThrownBy(() -> bytesEvents(utf8(longest.replace("?>", " ?>") + "<a/>"), 1000))
        .isInstanceOf(ScanDeclinedException.class)
        .hasMessage("an XML declaration other than version 1.0 in UTF-8");
  }

  @Test
  void aByteOrderMarkIsSkippedButNotHalfOfOne() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'};
    assertThat(bytesEvents(bom, 1)).isEqualTo(staxEvents(bom));
    for (byte[] half :
        new byte[][] {
          {(byte) 0xEF, (byte) 0xBB, '<', 'a', '/', '>'},
          {(byte) 0xEF, (byte) 0xBB, (byte) 0xBE, '<', 'a', '/', '>'},
          {(byte) 0xEF, (byte) 0xBA, (byte) 0xBF, '<', 'a', '/', '>'},
          {(byte) 0xEE, (byte) 0xBB, (byte) 0xBF, '<', 'a', '/', '>'},
          {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
          {(byte) 0xEF, (byte) 0xBB},
          {'<', '?'},
          {'<', '?', 'x', 'm', 'l', '?'},
          {' ', ' '}
        }) {
      assertThatThrownBy(() -> bytesEvents(half, 2))
          .as("%s", java.util.Arrays.toString(half))
          .isInstanceOf(ScanDeclinedException.class);
    }
  }

  @Test
  void textIsReadAsUtf8IsDecodedStrictlyAndOnlyXmlCharactersPass() {
    int[] seconds = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    int[][] tails = {
      {0x80, 0x80},
      {0xBF, 0xBF},
      {0xBE, 0x80},
      {0xBD, 0xBF},
      {0x7F, 0x80},
      {0xC0, 0x80},
      {0x80, 0x7F},
      {0x80, 0xC0}
    };
    for (int first = 0x80; first <= 0xFF; first++) {
      for (int second : seconds) {
        for (int[] tail : tails) {
          byte[] sequence = {(byte) first, (byte) second, (byte) tail[0], (byte) tail[1], 'z'};
          byte[] xml = concat(utf8("<a>"), sequence, utf8("</a>"));
          String strict = strictXmlText(sequence);
          if (strict == null) {
            assertThatThrownBy(() -> bytesEvents(xml, 3))
                .as("%s", XmlMarkup.show(sequence))
                .isInstanceOf(ScanDeclinedException.class);
          } else {
            assertThat(bytesEvents(xml, 3))
                .as("%s", XmlMarkup.show(sequence))
                .containsExactly(
                    "start depth=1 name=0 prefixed=false []",
                    "text " + strict,
                    "end depth=1 name=0 prefixed=false []");
          }
        }
      }
    }
  }

  /** The text the bytes stand for, or null when they are not UTF-8 or hold a non-XML character. */
  private static String strictXmlText(byte[] bytes) {
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
      String text = chars.toString();
      boolean xml =
          text.codePoints()
              .allMatch(
                  c ->
                      c == 0x9
                          || c == 0xA
                          || (c >= 0x20 && c <= 0xD7FF)
                          || (c >= 0xE000 && c <= 0xFFFD)
                          || c >= 0x10000);
      return xml && !text.contains("<") && !text.contains("&") ? text : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void aSequenceCutShortByTheEndOfThePartIsDeclined() {
    for (byte[] cut :
        new byte[][] {
          {'<', 'a', '>', (byte) 0xC3},
          {'<', 'a', '>', (byte) 0xE2, (byte) 0x82},
          {'<', 'a', '>', (byte) 0xF0, (byte) 0x9F, (byte) 0x98}
        }) {
      assertThatThrownBy(() -> bytesEvents(cut, 1))
          .isInstanceOf(ScanDeclinedException.class)
          .hasMessage("malformed UTF-8");
    }
  }

  @Test
  void eachWayAPartCanEndEarlyIsNamed() {
    assertDeclined("<a>", "the part ends inside an element");
    assertDeclined("<a>x", "the part ends inside text");
    assertDeclined("<a b='x", "the part ends inside an attribute value");
    assertDeclined("<abc", "the part ends inside a name");
    assertDeclined("<a></abc", "the part ends inside a name");
    assertDeclined("<a b ", "an attribute without a value");
    assertDeclined("<a b=", "an unquoted attribute value");
    assertDeclined("<a ", "a malformed start tag");
    assertDeclined("<a/", "a malformed empty-element tag");
    assertDeclined("<a></a ", "a malformed end tag");
    assertDeclined("<a>&amp", "an entity other than the five predefined or a character reference");
    assertDeclined("", "text before the root element");
    assertDeclined("<", "a malformed name");
  }

  @Test
  void eachMalformedTagIsNamed() {
    assertDeclined("<a>]]></a>", "]]> in text");
    assertDeclined("<a>\r</a>", "a carriage return or control character in text");
    assertDeclined(
        "<a><!-- c --></a>", "a comment, CDATA section, DOCTYPE or processing instruction");
    assertDeclined("<a><?p?></a>", "a comment, CDATA section, DOCTYPE or processing instruction");
    assertDeclined("<a b='1'c='2'/>", "a malformed start tag");
    assertDeclined("<a b='1' b='2'/>", "a repeated attribute");
    assertDeclined("<a x:b='1'/>", "an undeclared namespace prefix");
    assertDeclined("<x:a/>", "an undeclared namespace prefix");
    assertDeclined("<a><b xmlns:x='u'/></a>", "a namespace prefix declared below the root element");
    assertDeclined("<a xmlns:x=''/>", "a namespace prefix declared below the root element");
    assertDeclined("<a xmlns:xml='u'/>", "a namespace prefix declared below the root element");
    assertDeclined("<a xmlns:XMLNS='u'/>", "a namespace prefix declared below the root element");
    assertDeclined("<a></b>", "an end tag that does not match its start tag");
    assertDeclined("<a></a:a>", "an end tag that does not match its start tag");
    assertDeclined("<\u00E9/>", "a non-ASCII name");
    assertDeclined("<a:/>", "a malformed name");
    assertDeclined("<1/>", "a malformed name");
    assertDeclined(
        "<a b=\"\t\"/>",
        "a reference, markup, white space other than a space, or non-ASCII text in an attribute value");
  }

  @Test
  void namesAreCheckedWhereverTheTagStands() {
    assertDeclined("<:a/>", "a malformed name");
    assertDeclined("<a><:a/></a>", "a malformed name");
    assertDeclined("<a xmlns:x='u'><x:1/></a>", "a malformed name");
    assertDeclined("<a xmlns:b='u'><b:/></a>", "a malformed name");
    assertDeclined("<a xmlns:x='u' xmlns:y='v' x:r='1' y:r='2'/>", "a repeated attribute");
    assertDeclined("<a\0/>", "a malformed start tag");
    assertDeclined("<a \0/>", "a malformed name");
    assertDeclined("<a>\0</a>", "a carriage return or control character in text");
  }

  private static void assertDeclined(String xml, String why) {
    assertThatThrownBy(() -> bytesEvents(utf8(xml), 2))
        .as(xml)
        .isInstanceOf(ScanDeclinedException.class)
        .hasMessage(why);
  }

  @Test
  void anEndTagAfterTheRootIsNeverRead() {
    XmlBytes reader = new XmlBytes(new ByteArrayInputStream(utf8("<a/></b>")));
    reader.prolog();
    assertThat(reader.next()).isEqualTo(XmlBytes.START);
    assertThat(reader.next()).isEqualTo(XmlBytes.END);
    assertThat(reader.depth()).isEqualTo(1);
    assertThat(reader.next()).isEqualTo(XmlBytes.DONE);
    assertThat(reader.next()).isEqualTo(XmlBytes.DONE);
  }

  @Test
  void aPartLongerThanTheBufferIsReadAsTheXmlParserReadsIt() {
    StringBuilder xml = new StringBuilder("<?xml version='1.0'?><worksheet><sheetData>");
    for (int row = 1; row <= 4000; row++) {
      xml.append("<row r=\"").append(row).append("\"><c r=\"A").append(row).append("\" t=\"s\">");
      xml.append("<v>").append("caf\u00E9 &amp; ".repeat(row % 7)).append(row).append("</v></c>");
      xml.append("</row>");
    }
    byte[] bytes = utf8(xml.append("</sheetData></worksheet>").toString());
    assertThat(bytes.length).isGreaterThan(3 << 16);

    assertThat(bytesEvents(bytes, 1 << 20)).isEqualTo(staxEvents(bytes));
    assertThat(bytesEvents(bytes, 1000)).isEqualTo(staxEvents(bytes));
  }

  @Test
  void aHeldRowStaysReadableWhileTheReaderMovesPastTheBuffer() {
    StringBuilder xml = new StringBuilder("<sheetData>");
    List<String> texts = new ArrayList<>();
    for (int cell = 0; cell < 300; cell++) {
      String text = cell + ":" + "x\u00E9&lt;".repeat(100 + cell % 13);
      texts.add(text.replace("&lt;", "<"));
      xml.append("<c><v>").append(text).append("</v></c>");
    }
    byte[] bytes = utf8(xml.append("</sheetData>").toString());
    XmlBytes reader = new XmlBytes(XmlBytesAgreesWithStaxTest.chunked(bytes, 777));
    reader.prolog();
    assertThat(reader.next()).isEqualTo(XmlBytes.START);
    reader.hold();
    List<int[]> ranges = new ArrayList<>();
    int event;
    while ((event = reader.next()) != XmlBytes.END || reader.depth() > 1) {
      if (event == XmlBytes.TEXT) {
        ranges.add(new int[] {reader.textStart(), reader.textEnd()});
      }
    }
    List<String> held = new ArrayList<>();
    for (int[] range : ranges) {
      held.add(
          XmlBytes.decode(
              reader.buffer(), reader.base() + range[0], reader.base() + range[1], true));
    }
    reader.release();

    assertThat(held).isEqualTo(texts);
    assertThat(reader.next()).isEqualTo(XmlBytes.DONE);
  }

  @Test
  void anEventOfUpToTheMostBytesHeldIsReadAndALongerOneDeclined() {
    int longest = XmlBytes.MAX_HELD - 1;

    assertThat(textLength(longest)).isEqualTo(longest);
    assertThatThrownBy(() -> textLength(longest + 1))
        .isInstanceOf(ScanDeclinedException.class)
        .hasMessage("a row longer than " + XmlBytes.MAX_HELD + " bytes");
  }

  /** Reads {@code <a>} and a text of {@code length} bytes, and answers the text's length. */
  private static int textLength(int length) {
    InputStream text =
        new InputStream() {
          private int left = length;

          @Override
          public int read() {
            return left-- > 0 ? 'x' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 'x');
            left -= n;
            return n;
          }
        };
    XmlBytes reader =
        new XmlBytes(
            new SequenceInputStream(
                new SequenceInputStream(new ByteArrayInputStream(utf8("<a>")), text),
                new ByteArrayInputStream(utf8("</a>"))));
    reader.prolog();
    reader.next();
    assertThat(reader.next()).isEqualTo(XmlBytes.TEXT);
    return reader.textEnd() - reader.textStart();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
