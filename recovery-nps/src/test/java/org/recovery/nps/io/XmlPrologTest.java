package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Why a part's prolog keeps it from the XML parser, read from its first bytes. */
class XmlPrologTest {
  private static final String DOCTYPE = "declares a DOCTYPE or an entity";

  private static Optional<String> problem(String text, Charset charset) throws IOException {
    return XmlProlog.problem(new ByteArrayInputStream(text.getBytes(charset)));
  }

  private static Optional<String> problem(String text) throws IOException {
    return problem(text, StandardCharsets.UTF_8);
  }

  /** Hands the bytes over one at a time, as a slow inflater may. */
  private static Optional<String> trickled(byte[] bytes) throws IOException {
    InputStream in =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(1, len));
          }
        };
    return XmlProlog.problem(in);
  }

  @Test
  void aPlainPrologIsFine() throws IOException {
    assertThat(problem("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet/>")).isEmpty();
    assertThat(problem("<worksheet/>")).isEmpty();
    assertThat(problem("<!-- <!DOCTYPE x> --><?pi <!DOCTYPE y ?>\n<worksheet/>")).isEmpty();
    assertThat(problem("<?xml version='1.0' encoding='utf8'?><w/>")).isEmpty();
    assertThat(problem("<?xml version='1.0' encoding = \"US-ASCII\"?><w/>")).isEmpty();
    assertThat(problem("\uFEFF<?xml version='1.0' encoding='UTF-8'?><w/>")).isEmpty();
  }

  @Test
  void aDoctypeAnywhereBeforeTheRootIsRefused() throws IOException {
    assertThat(problem("<!DOCTYPE w [<!ENTITY a 'b'>]><w/>")).get().asString().startsWith(DOCTYPE);
    assertThat(problem("<?xml version='1.0'?>\n<!-- note -->\n<!DOCTYPE w><w/>"))
        .get()
        .asString()
        .startsWith(DOCTYPE);
    assertThat(problem("<?xml version='1.0'?><!ENTITY a 'b'><w/>"))
        .get()
        .asString()
        .startsWith(DOCTYPE);
    assertThat(trickled("<?xml version='1.0'?><!DOCTYPE w><w/>".getBytes(StandardCharsets.UTF_8)))
        .get()
        .asString()
        .startsWith(DOCTYPE);
  }

  @Test
  void aDoctypeInUtf16IsFoundInEitherByteOrderWithOrWithoutAMark() throws IOException {
    String text = "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE w><w/>";
    assertThat(problem(text, StandardCharsets.UTF_16LE)).get().asString().startsWith(DOCTYPE);
    assertThat(problem(text, StandardCharsets.UTF_16BE)).get().asString().startsWith(DOCTYPE);
    assertThat(problem("\uFEFF" + text, StandardCharsets.UTF_16LE))
        .get()
        .asString()
        .startsWith(DOCTYPE);
    assertThat(problem("\uFEFF" + text, StandardCharsets.UTF_16BE))
        .get()
        .asString()
        .startsWith(DOCTYPE);
    assertThat(problem("<?xml version='1.0' encoding='UTF-16'?><w/>", StandardCharsets.UTF_16LE))
        .isEmpty();
  }

  @Test
  void otherEncodingsAreRefusedByName() throws IOException {
    assertThat(problem("<?xml version='1.0' encoding='ISO-8859-1'?><w/>"))
        .contains(
            "declares the encoding ISO-8859-1, but an .xlsx part must be UTF-8 or UTF-16"
                + " (ECMA-376 Part 2); it was refused");
    assertThat(problem("<?xml version='1.0'?><w/>", Charset.forName("UTF-32BE")))
        .get()
        .asString()
        .startsWith("is encoded in UTF-32 or EBCDIC");
    assertThat(problem("<?xml version='1.0'?><w/>", Charset.forName("UTF-32LE")))
        .get()
        .asString()
        .startsWith("is encoded in UTF-32 or EBCDIC");
    // "<?xm" in EBCDIC (code page 037) begins 4C 6F.
    assertThat(
            XmlProlog.problem(
                new ByteArrayInputStream(new byte[] {0x4C, 0x6F, (byte) 0xA7, (byte) 0x94})))
        .get()
        .asString()
        .startsWith("is encoded in UTF-32 or EBCDIC");
  }

  @Test
  void aPartEndingBeforeItsRootIsLeftToTheParser() throws IOException {
    assertThat(problem("")).isEmpty();
    assertThat(problem("<w")).isEmpty();
    assertThat(problem("<?xml version='1.0'")).isEmpty();
    assertThat(problem("<!-")).isEmpty();
    assertThat(problem("<!-- unfinished")).isEmpty();
  }

  @Test
  void aPrologLongerThanTheLimitIsRefused() throws IOException {
    byte[] spaces = new byte[XmlProlog.MAX_BYTES + 1];
    Arrays.fill(spaces, (byte) ' ');
    assertThat(XmlProlog.problem(new ByteArrayInputStream(spaces)))
        .contains(
            "has no root element in its first "
                + XmlProlog.MAX_BYTES
                + " bytes, which no spreadsheet writes; it was refused");
    byte[] justUnder = Arrays.copyOf(spaces, XmlProlog.MAX_BYTES - 1);
    assertThat(XmlProlog.problem(new ByteArrayInputStream(justUnder))).isEmpty();
  }

  private static Optional<String> problem(int... bytes) throws IOException {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      b[i] = (byte) bytes[i];
    }
    return XmlProlog.problem(new ByteArrayInputStream(b));
  }

  @Test
  void aDoctypeCutShortAtTheEndOfThePartIsStillRefused() throws IOException {
    assertThat(problem("<!DO")).get().asString().startsWith(DOCTYPE);
    assertThat(problem(" <!DO")).get().asString().startsWith(DOCTYPE);
    assertThat(problem("<?a?><!D")).isEmpty();
  }

  @Test
  void aPartEndingInsideMarkupIsLeftToTheParser() throws IOException {
    assertThat(problem("    <")).isEmpty();
    assertThat(problem("   <!-")).isEmpty();
    assertThat(problem("<?a?>   <!-")).isEmpty();
  }

  @Test
  @Timeout(10)
  void instructionsAndCommentsBackToBackAreSkipped() throws IOException {
    assertThat(problem("<?a?><?b?><!--c--><!--d--><?e?><w/>")).isEmpty();
    assertThat(problem("<?a?><?b?><!--c--><!--d--><!DOCTYPE w><w/>"))
        .get()
        .asString()
        .startsWith(DOCTYPE);
  }

  @Test
  @Timeout(10)
  void markupInsideAnInstructionOrACommentIsNotRead() throws IOException {
    assertThat(problem("<?pi <!?><w/>")).isEmpty();
    assertThat(problem("<?pi <!DOCTYPE?><w/>")).isEmpty();
    assertThat(problem("<!-- <!D--><w/>")).isEmpty();
    assertThat(problem("<!--<!DOCTYPE w>--><w/>")).isEmpty();
  }

  @Test
  void aPartIsReadNoFurtherThanItsRootElement() throws IOException {
    byte[] root = "<w>".getBytes(StandardCharsets.US_ASCII);
    byte[] part = Arrays.copyOf(root, XmlProlog.MAX_BYTES * 2);
    Arrays.fill(part, root.length, part.length, (byte) ' ');
    ByteArrayInputStream in = new ByteArrayInputStream(part);

    assertThat(XmlProlog.problem(in)).isEmpty();
    assertThat(in.available()).isGreaterThan(XmlProlog.MAX_BYTES);
  }

  @Test
  void theEncodingFamilyIsFoundFromTheFirstFourBytes() throws IOException {
    String utf32 = "is encoded in UTF-32 or EBCDIC";
    // UTF-32 in all four byte orders, with and without a mark.
    assertThat(problem(0, 0, 0xFE, 0xFF, 0, 0, 0, '<')).get().asString().startsWith(utf32);
    assertThat(problem(0xFF, 0xFE, 0, 0, '<', 0, 0, 0)).get().asString().startsWith(utf32);
    assertThat(problem(0, 0, 0, '<', 0, 0, 0, '?')).get().asString().startsWith(utf32);
    assertThat(problem('<', 0, 0, 0, '?', 0, 0, 0)).get().asString().startsWith(utf32);
    assertThat(problem(0, 0, '<', 0, 0, 0, '?', 0)).get().asString().startsWith(utf32);
    assertThat(problem(0, '<', 0, 0, 0, '?', 0, 0)).get().asString().startsWith(utf32);
    // UTF-16 with a mark, and without one by its first two characters.
    assertThat(problem(0xFF, 0xFE, '<', 0, 'w', 0, '/', 0, '>', 0)).isEmpty();
    assertThat(problem(0xFE, 0xFF, 0, '<', 0, 'w', 0, '/', 0, '>')).isEmpty();
    assertThat(problem('<', 0, '!', 0, 'D', 0, 'O', 0)).get().asString().startsWith(DOCTYPE);
    assertThat(problem(0, '<', 0, '!', 0, 'D', 0, 'O')).get().asString().startsWith(DOCTYPE);
    // ASCII markup whose first bytes merely look like EBCDIC's "<?xm" in part.
    assertThat(problem("<o/>")).isEmpty();
    assertThat(problem("Lx<w/>")).isEmpty();
    assertThat(problem(0xFE, 0xFE, 0, 0)).get().asString().startsWith(utf32);
    assertThat(problem(0xFF, 0xFF, 0, 0)).get().asString().startsWith(utf32);
  }
}
