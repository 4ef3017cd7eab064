package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the prolog of an XML part, the text before its root element, and says why the part must not
 * reach the XML parser: a DOCTYPE (which alone can declare entities, internal or external), or an
 * encoding other than UTF-8 and UTF-16, the only two a package part may use (ECMA-376 Part 2,
 * M1.17). A DOCTYPE anywhere else is not well-formed, and the parser refuses it without acting on
 * it, so the prolog is all that needs reading: a few hundred bytes, not the part.
 *
 * <p>The encoding is found as XML 1.0 Appendix F finds it, from the byte-order mark or the first
 * four bytes, then the declaration; the prolog is decoded with it, so a DOCTYPE written in UTF-16
 * (either byte order, with or without a mark) is found as surely as one in UTF-8. Stateless.
 */
final class XmlProlog {
  /** The most of a part read while looking for its root element. */
  static final int MAX_BYTES = 1 << 20;

  private static final Pattern ENCODING =
      Pattern.compile("^<\\?xml[^>]*?\\sencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

  private XmlProlog() {}

  /**
   * Reads the start of a part and explains what is wrong with it.
   *
   * @param in the inflated part, read no further than its root element's start (or {@link
   *     #MAX_BYTES}); not closed
   * @return why the part is refused, as a phrase following "part NAME", or empty when it is fine
   * @throws IOException when the part cannot be inflated
   */
  static Optional<String> problem(InputStream in) throws IOException {
    byte[] bytes = new byte[0];
    int length = 0;
    int chunk = 512;
    while (length < MAX_BYTES) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.min(MAX_BYTES, Math.max(chunk, bytes.length * 4)));
      }
      int n = in.read(bytes, length, bytes.length - length);
      if (n < 0) {
        break;
      }
      length += n;
      Optional<Optional<String>> verdict = verdict(bytes, length);
      if (verdict.isPresent()) {
        return verdict.get();
      }
    }
    Optional<Optional<String>> verdict = verdict(bytes, length);
    if (verdict.isPresent()) {
      return verdict.get();
    }
    return length >= MAX_BYTES
        ? Optional.of(
            "has no root element in its first "
                + MAX_BYTES
                + " bytes, which no spreadsheet writes; it was refused")
        : Optional.empty();
  }

  /** Decides from the bytes so far; empty when more bytes are needed. */
  private static Optional<Optional<String>> verdict(byte[] bytes, int length) {
    if (length < 4) {
      return Optional.empty();
    }
    Charset charset = charset(bytes);
    if (charset == null) {
      return Optional.of(
          Optional.of(
              "is encoded in UTF-32 or EBCDIC, but an .xlsx part must be UTF-8 or UTF-16"
                  + " (ECMA-376 Part 2); it was refused"));
    }
    String text = decode(bytes, length, charset);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (charset == StandardCharsets.ISO_8859_1) {
      if (text.startsWith("\u00EF\u00BB\u00BF")) {
        text = text.substring(3);
      }
      Matcher declared = ENCODING.matcher(text);
      if (declared.find()) {
        String name = declared.group(1).toUpperCase(Locale.ROOT);
        if (!name.equals("UTF-8") && !name.equals("UTF8") && !name.equals("US-ASCII")) {
          return Optional.of(
              Optional.of(
                  "declares the encoding "
                      + declared.group(1)
                      + ", but an .xlsx part must be UTF-8 or UTF-16 (ECMA-376 Part 2); it was"
                      + " refused"));
        }
      }
    }
    return scan(text);
  }

  /**
   * Walks the prolog: the XML declaration and processing instructions, comments and white space may
   * come before the root element; any other {@code <!} is a DOCTYPE or a stray declaration.
   */
  private static Optional<Optional<String>> scan(String text) {
    int i = 0;
    while (true) {
      int open = text.indexOf('<', i);
      if (open < 0 || open + 1 >= text.length()) {
        return Optional.empty();
      }
      char next = text.charAt(open + 1);
      if (next == '?') {
        int end = text.indexOf("?>", open + 2);
        if (end < 0) {
          return Optional.empty();
        }
        i = end + 2;
      } else if (next == '!') {
        if (open + 4 > text.length()) {
          return Optional.empty();
        }
        if (!text.startsWith("<!--", open)) {
          return Optional.of(
              Optional.of(
                  "declares a DOCTYPE or an entity, which Excel never writes and which could"
                      + " fetch or expand outside data; it was refused and nothing was fetched"));
        }
        int end = text.indexOf("-->", open + 4);
        if (end < 0) {
          return Optional.empty();
        }
        i = end + 3;
      } else {
        return Optional.of(Optional.empty());
      }
    }
  }

  /**
   * Finds the encoding family from the first four bytes (XML 1.0 Appendix F): UTF-16 by its mark or
   * by {@code <?} in either byte order; ISO-8859-1 stands for every encoding that writes markup in
   * ASCII bytes, whose declaration is then read; null for UTF-32 and EBCDIC.
   */
  private static Charset charset(byte[] b) {
    int b0 = b[0] & 0xFF;
    int b1 = b[1] & 0xFF;
    int b2 = b[2] & 0xFF;
    int b3 = b[3] & 0xFF;
    if ((b0 == 0 && b1 == 0) || (b2 == 0 && b3 == 0 && !(b0 == 0xFF && b1 == 0xFE))) {
      return null;
    }
    if ((b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0x4C && b1 == 0x6F)) {
      return null;
    }
    if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0 && b1 == '<')) {
      return StandardCharsets.UTF_16BE;
    }
    if ((b0 == 0xFF && b1 == 0xFE) || (b0 == '<' && b1 == 0)) {
      return StandardCharsets.UTF_16LE;
    }
    return StandardCharsets.ISO_8859_1;
  }

  private static String decode(byte[] bytes, int length, Charset charset) {
    int usable = charset == StandardCharsets.ISO_8859_1 ? length : length & ~1;
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, 0, usable))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }
}
