package org.recovery.nps.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a workbook part's UTF-8 XML as events straight from its bytes, for the markup spreadsheets
 * write and nothing else: elements with ASCII names and attributes, text with the five predefined
 * entities and character references. It checks what the XML parser would check on that markup
 * (well-formed tags and nesting, duplicate attributes, declared prefixes, legal characters, valid
 * UTF-8) and declines ({@link ScanDeclinedException}) anything else: comments, processing
 * instructions, CDATA, a DOCTYPE, other encodings, carriage returns (which XML rewrites), markup or
 * references in attribute values, non-ASCII names. A declined part goes to the XML parser, which
 * reads or refuses it; nothing accepted here would be read differently there.
 *
 * <p>Texts and attribute values are reported as byte ranges, relative to {@link #base()}, in {@link
 * #buffer()}: valid until the next event, or, while the reader {@linkplain #hold() holds}, until it
 * is released. Not thread-safe: one reader consumes it.
 */
final class XmlBytes {
  static final int START = 1;
  static final int END = 2;
  static final int TEXT = 3;
  static final int DONE = 4;

  /** Element names the workbook readers look for; any other is {@link #OTHER}. */
  static final int OTHER = 0;

  static final int ROW = 1;
  static final int C = 2;
  static final int V = 3;
  static final int IS = 4;
  static final int T = 5;
  static final int SHEET_DATA = 6;
  static final int SI = 7;
  static final int R_PH = 8;

  /** Attribute names the worksheet reader looks for, unprefixed; any other is {@link #OTHER}. */
  static final int ATTRIBUTE_R = 1;

  static final int ATTRIBUTE_T = 2;
  static final int ATTRIBUTE_S = 3;

  /** A prefixed attribute whose local name is r, t or s, which the library would take for one. */
  static final int AMBIGUOUS = 4;

  /** The most bytes held at once: a row longer than this goes to the XML parser. */
  static final int MAX_HELD = 64 << 20;

  private static final Pattern DECLARATION =
      Pattern.compile(
          "<\\?xml[ \\t\\n]+version[ \\t\\n]*=[ \\t\\n]*([\"'])1\\.0\\1"
              + "(?:[ \\t\\n]+encoding[ \\t\\n]*=[ \\t\\n]*([\"'])(?i:utf-8)\\2)?"
              + "(?:[ \\t\\n]+standalone[ \\t\\n]*=[ \\t\\n]*([\"'])(?:yes|no)\\3)?"
              + "[ \\t\\n]*\\?>");

  private final InputStream in;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private int mark;
  private boolean eof;
  private boolean holding;

  private int event;
  private int name;
  private boolean prefixed;
  private boolean pendingEnd;
  private int depth;
  private int[] stackCodes = new int[16];
  private String[] stackNames = new String[16];
  private final List<byte[]> prefixes = new ArrayList<>();

  private int attributeCount;
  private int[] attributeCodes = new int[8];
  private int[] nameStarts = new int[8];
  private int[] nameEnds = new int[8];
  private int[] colons = new int[8];
  private int[] valueStarts = new int[8];
  private int[] valueEnds = new int[8];

  private int textStart;
  private int textEnd;
  private boolean textEscaped;

  XmlBytes(InputStream in) {
    this.in = in;
    prefixes.add("xml".getBytes(StandardCharsets.US_ASCII));
  }

  /** Reads the byte-order mark and the XML declaration, if any, up to the root element. */
  void prolog() {
    if (available(3)
        && (buf[pos] & 0xFF) == 0xEF
        && (buf[pos + 1] & 0xFF) == 0xBB
        && (buf[pos + 2] & 0xFF) == 0xBF) {
      pos += 3;
    }
    if (available(2) && buf[pos] == '<' && buf[pos + 1] == '?') {
      int end = -1;
      for (int i = pos + 2; end < 0 && available(i - pos + 2) && i - pos < 512; i++) {
        if (buf[i] == '?' && buf[i + 1] == '>') {
          end = i + 2;
        }
      }
      if (end < 0
          || !DECLARATION
              .matcher(new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1))
              .matches()) {
        throw declined("an XML declaration other than version 1.0 in UTF-8");
      }
      pos = end;
    }
    skipWhiteSpace();
    if (!available(1) || buf[pos] != '<') {
      throw declined("text before the root element");
    }
  }

  /**
   * Reads the next event.
   *
   * @return {@link #START}, {@link #END}, {@link #TEXT}, or {@link #DONE} after the root element
   */
  int next() {
    if (pendingEnd) {
      pendingEnd = false;
      pop();
      return event = END;
    }
    if (depth == 0 && event != 0) {
      return event = DONE;
    }
    if (!holding) {
      mark = pos;
    }
    if (pos == lim && !fill()) {
      throw declined("the part ends inside an element");
    }
    if (buf[pos] != '<') {
      text();
      return event = TEXT;
    }
    pos++;
    int c = read();
    if (c == '/') {
      endTag();
      return event = END;
    }
    if (c == '!' || c == '?') {
      throw declined("a comment, CDATA section, DOCTYPE or processing instruction");
    }
    pos--;
    startTag();
    return event = START;
  }

  /** The known name ({@link #ROW}...) of the current element, or {@link #OTHER}. */
  int name() {
    return name;
  }

  /** Whether the current element's name has a prefix. */
  boolean prefixed() {
    return prefixed;
  }

  /** The depth of the current element, the root being 1. */
  int depth() {
    return event == END ? depth + 1 : depth;
  }

  int attributeCount() {
    return attributeCount;
  }

  /** The code of an attribute of the current start tag: {@link #ATTRIBUTE_R}... or OTHER. */
  int attributeCode(int i) {
    return attributeCodes[i];
  }

  int valueStart(int i) {
    return valueStarts[i];
  }

  int valueEnd(int i) {
    return valueEnds[i];
  }

  int textStart() {
    return textStart;
  }

  int textEnd() {
    return textEnd;
  }

  /** Whether the current text holds an entity or character reference. */
  boolean textEscaped() {
    return textEscaped;
  }

  byte[] buffer() {
    return buf;
  }

  /** Where the ranges reported are counted from in {@link #buffer()}. */
  int base() {
    return mark;
  }

  /** Keeps every byte from the current event's start until {@link #release()}. */
  void hold() {
    holding = true;
  }

  void release() {
    holding = false;
  }

  /** Decodes a text or attribute value: UTF-8, with its references replaced when it has any. */
  static String decode(byte[] bytes, int from, int to, boolean escaped) {
    if (!escaped) {
      return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
    StringBuilder text = new StringBuilder(to - from);
    int run = from;
    for (int i = from; i < to; i++) {
      if (bytes[i] != '&') {
        continue;
      }
      text.append(new String(bytes, run, i - run, StandardCharsets.UTF_8));
      int semicolon = i + 1;
      while (bytes[semicolon] != ';') {
        semicolon++;
      }
      text.appendCodePoint(reference(bytes, i + 1, semicolon));
      i = semicolon;
      run = semicolon + 1;
    }
    return text.append(new String(bytes, run, to - run, StandardCharsets.UTF_8)).toString();
  }

  /** The character a reference's body (between {@code &} and {@code ;}) stands for, or -1. */
  private static int reference(byte[] b, int from, int to) {
    int length = to - from;
    if (length == 2 && b[from] == 'l' && b[from + 1] == 't') {
      return '<';
    }
    if (length == 2 && b[from] == 'g' && b[from + 1] == 't') {
      return '>';
    }
    if (length == 3 && b[from] == 'a' && b[from + 1] == 'm' && b[from + 2] == 'p') {
      return '&';
    }
    if (length == 4 && b[from] == 'q' && b[from + 1] == 'u' && b[from + 2] == 'o') {
      return b[from + 3] == 't' ? '"' : -1;
    }
    if (length == 4 && b[from] == 'a' && b[from + 1] == 'p' && b[from + 2] == 'o') {
      return b[from + 3] == 's' ? '\'' : -1;
    }
    if (length < 2 || b[from] != '#') {
      return -1;
    }
    boolean hex = b[from + 1] == 'x';
    int i = hex ? from + 2 : from + 1;
    if (i == to || to - i > 8) {
      return -1;
    }
    int value = 0;
    for (; i < to; i++) {
      int digit = Character.digit(b[i], hex ? 16 : 10);
      if (digit < 0 || b[i] > 'f') {
        return -1;
      }
      value = value * (hex ? 16 : 10) + digit;
    }
    boolean legal =
        value == 0x9
            || value == 0xA
            || value == 0xD
            || (value >= 0x20 && value <= 0xD7FF)
            || (value >= 0xE000 && value <= 0xFFFD)
            || (value >= 0x10000 && value <= 0x10FFFF);
    return legal ? value : -1;
  }

  private void text() {
    int start = pos - mark;
    boolean escaped = false;
    int brackets = 0;
    while (true) {
      if (pos == lim && !fill()) {
        throw declined("the part ends inside text");
      }
      byte b = buf[pos];
      if (b == '<') {
        break;
      }
      if (b >= 0x20) {
        if (b == '&') {
          entity();
          escaped = true;
          brackets = 0;
          continue;
        }
        if (b == '>' && brackets >= 2) {
          throw declined("]]> in text");
        }
        brackets = b == ']' ? brackets + 1 : 0;
        pos++;
      } else if (b == '\t' || b == '\n') {
        brackets = 0;
        pos++;
      } else if (b < 0) {
        utf8();
        brackets = 0;
      } else {
        throw declined("a carriage return or control character in text");
      }
    }
    textStart = start;
    textEnd = pos - mark;
    textEscaped = escaped;
  }

  /** Checks the reference at {@code &}, moving past its {@code ;}. */
  private void entity() {
    available(12);
    int end = -1;
    for (int i = pos + 1; i < Math.min(lim, pos + 12) && end < 0; i++) {
      if (buf[i] == ';') {
        end = i;
      }
    }
    if (end < 0 || reference(buf, pos + 1, end) < 0) {
      throw declined("an entity other than the five predefined or a character reference");
    }
    pos = end + 1;
  }

  /** Checks one UTF-8 sequence of two bytes or more, moving past it. */
  private void utf8() {
    int b0 = buf[pos] & 0xFF;
    int count;
    int min = 0x80;
    int max = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      count = 1;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      count = 2;
      min = b0 == 0xE0 ? 0xA0 : 0x80;
      max = b0 == 0xED ? 0x9F : 0xBF;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      count = 3;
      min = b0 == 0xF0 ? 0x90 : 0x80;
      max = b0 == 0xF4 ? 0x8F : 0xBF;
    } else {
      throw declined("malformed UTF-8");
    }
    if (!available(count + 1)) {
      throw declined("malformed UTF-8");
    }
    int b1 = buf[pos + 1] & 0xFF;
    if (b1 < min || b1 > max) {
      throw declined("malformed UTF-8");
    }
    for (int i = 2; i <= count; i++) {
      int b = buf[pos + i] & 0xFF;
      if (b < 0x80 || b > 0xBF) {
        throw declined("malformed UTF-8");
      }
    }
    if (b0 == 0xEF && b1 == 0xBF && (buf[pos + 2] & 0xFF) >= 0xBE) {
      throw declined("U+FFFE or U+FFFF, which XML does not allow");
    }
    pos += count + 1;
  }

  private void startTag() {
    int nameStart = pos - mark;
    int colon = readName();
    int nameEnd = pos - mark;
    attributeCount = 0;
    boolean empty = false;
    while (true) {
      boolean spaced = skipWhiteSpace();
      int c = read();
      if (c == '>') {
        break;
      }
      if (c == '/') {
        if (read() != '>') {
          throw declined("a malformed empty-element tag");
        }
        empty = true;
        break;
      }
      if (!spaced || c < 0) {
        throw declined("a malformed start tag");
      }
      pos--;
      attribute();
    }
    boolean root = depth == 0;
    for (int i = 0; i < attributeCount; i++) {
      declaration(i, root);
    }
    prefixed = colon >= 0;
    if (prefixed) {
      checkPrefix(nameStart, colon);
    }
    for (int i = 0; i < attributeCount; i++) {
      if (colons[i] >= 0 && !isXmlns(i)) {
        checkPrefix(nameStarts[i], colons[i]);
      }
      for (int j = 0; j < i; j++) {
        if (sameName(i, j)) {
          throw declined("a repeated attribute");
        }
      }
    }
    name = prefixed ? OTHER : known(nameStart, nameEnd);
    push(name, name == OTHER ? latin1(nameStart, nameEnd) : null);
    pendingEnd = empty;
  }

  private void attribute() {
    if (attributeCount == attributeCodes.length) {
      int size = attributeCount * 2;
      attributeCodes = Arrays.copyOf(attributeCodes, size);
      nameStarts = Arrays.copyOf(nameStarts, size);
      nameEnds = Arrays.copyOf(nameEnds, size);
      colons = Arrays.copyOf(colons, size);
      valueStarts = Arrays.copyOf(valueStarts, size);
      valueEnds = Arrays.copyOf(valueEnds, size);
    }
    int i = attributeCount++;
    nameStarts[i] = pos - mark;
    colons[i] = readName();
    nameEnds[i] = pos - mark;
    skipWhiteSpace();
    if (read() != '=') {
      throw declined("an attribute without a value");
    }
    skipWhiteSpace();
    int quote = read();
    if (quote != '"' && quote != '\'') {
      throw declined("an unquoted attribute value");
    }
    valueStarts[i] = pos - mark;
    while (true) {
      if (pos == lim && !fill()) {
        throw declined("the part ends inside an attribute value");
      }
      byte b = buf[pos];
      if (b == quote) {
        break;
      }
      if (b < 0x20 || b == '<' || b == '&') {
        throw declined(
            "a reference, markup, white space other than a space, or non-ASCII text"
                + " in an attribute value");
      }
      pos++;
    }
    valueEnds[i] = pos - mark;
    pos++;
    int length = nameEnds[i] - nameStarts[i];
    int last = buf[mark + nameEnds[i] - 1];
    boolean letter = last == 'r' || last == 't' || last == 's';
    if (colons[i] < 0 && length == 1 && letter) {
      attributeCodes[i] = last == 'r' ? ATTRIBUTE_R : last == 't' ? ATTRIBUTE_T : ATTRIBUTE_S;
    } else if (colons[i] >= 0 && colons[i] + 2 == nameEnds[i] && letter) {
      attributeCodes[i] = AMBIGUOUS;
    } else {
      attributeCodes[i] = OTHER;
    }
  }

  /** Takes note of a namespace declaration: prefixes may be declared on the root only. */
  private void declaration(int i, boolean root) {
    if (!isXmlns(i) || colons[i] < 0) {
      return;
    }
    int from = mark + colons[i] + 1;
    int to = mark + nameEnds[i];
    byte[] prefix = Arrays.copyOfRange(buf, from, to);
    String text = new String(prefix, StandardCharsets.US_ASCII);
    if (!root
        || valueEnds[i] == valueStarts[i]
        || text.equalsIgnoreCase("xml")
        || text.equalsIgnoreCase("xmlns")) {
      throw declined("a namespace prefix declared below the root element");
    }
    prefixes.add(prefix);
  }

  private boolean isXmlns(int i) {
    int start = mark + nameStarts[i];
    int end = colons[i] >= 0 ? mark + colons[i] : mark + nameEnds[i];
    return end - start == 5
        && buf[start] == 'x'
        && buf[start + 1] == 'm'
        && buf[start + 2] == 'l'
        && buf[start + 3] == 'n'
        && buf[start + 4] == 's';
  }

  private void checkPrefix(int nameStart, int colon) {
    int from = mark + nameStart;
    int length = colon - nameStart;
    for (byte[] prefix : prefixes) {
      if (prefix.length == length && Arrays.equals(prefix, 0, length, buf, from, from + length)) {
        return;
      }
    }
    throw declined("an undeclared namespace prefix");
  }

  /** Same qualified name, or the same local name under two prefixes (perhaps one namespace). */
  private boolean sameName(int i, int j) {
    int li = colons[i] >= 0 ? colons[i] + 1 : nameStarts[i];
    int lj = colons[j] >= 0 ? colons[j] + 1 : nameStarts[j];
    boolean bothPrefixed = colons[i] >= 0 && colons[j] >= 0;
    int fromI = mark + (bothPrefixed ? li : nameStarts[i]);
    int fromJ = mark + (bothPrefixed ? lj : nameStarts[j]);
    return Arrays.equals(buf, fromI, mark + nameEnds[i], buf, fromJ, mark + nameEnds[j]);
  }

  private void endTag() {
    int nameStart = pos - mark;
    int colon = readName();
    int nameEnd = pos - mark;
    skipWhiteSpace();
    if (read() != '>') {
      throw declined("a malformed end tag");
    }
    if (depth == 0) {
      throw declined("an end tag without a start tag");
    }
    int code = colon >= 0 ? OTHER : known(nameStart, nameEnd);
    boolean matches =
        code == stackCodes[depth - 1]
            && (code != OTHER || stackNames[depth - 1].equals(latin1(nameStart, nameEnd)));
    if (!matches) {
      throw declined("an end tag that does not match its start tag");
    }
    name = code;
    prefixed = colon >= 0;
    pop();
  }

  /**
   * Reads an ASCII XML name at the current position.
   *
   * @return the offset (relative to the base) of its colon, or -1
   */
  private int readName() {
    int colon = -1;
    // Relative to the base: filling the buffer may move the bytes, and pos with them.
    int start = pos - mark;
    while (true) {
      if (pos == lim && !fill()) {
        throw declined("the part ends inside a name");
      }
      int at = pos - mark;
      int b = buf[pos];
      boolean letter = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
      boolean other = (b >= '0' && b <= '9') || b == '.' || b == '-';
      if (b == ':' && colon < 0 && at > start) {
        colon = at;
      } else if (!letter && !(other && at > start && at != colon + 1)) {
        if (b < 0) {
          throw declined("a non-ASCII name");
        }
        break;
      }
      pos++;
    }
    int end = pos - mark;
    if (end == start || (colon >= 0 && colon == end - 1)) {
      throw declined("a malformed name");
    }
    return colon;
  }

  private int known(int start, int end) {
    int from = mark + start;
    int length = end - start;
    byte b0 = buf[from];
    switch (length) {
      case 1:
        return b0 == 'c' ? C : b0 == 'v' ? V : b0 == 't' ? T : OTHER;
      case 2:
        if (b0 == 'i' && buf[from + 1] == 's') {
          return IS;
        }
        return b0 == 's' && buf[from + 1] == 'i' ? SI : OTHER;
      case 3:
        if (b0 == 'r' && buf[from + 1] == 'o' && buf[from + 2] == 'w') {
          return ROW;
        }
        return b0 == 'r' && buf[from + 1] == 'P' && buf[from + 2] == 'h' ? R_PH : OTHER;
      case 9:
        return latin1(start, end).equals("sheetData") ? SHEET_DATA : OTHER;
      default:
        return OTHER;
    }
  }

  private String latin1(int start, int end) {
    return new String(buf, mark + start, end - start, StandardCharsets.ISO_8859_1);
  }

  private void push(int code, String qualified) {
    if (depth == stackCodes.length) {
      stackCodes = Arrays.copyOf(stackCodes, depth * 2);
      stackNames = Arrays.copyOf(stackNames, depth * 2);
    }
    stackCodes[depth] = code;
    stackNames[depth] = qualified;
    depth++;
  }

  private void pop() {
    depth--;
    name = stackCodes[depth];
    stackNames[depth] = null;
  }

  private boolean skipWhiteSpace() {
    boolean skipped = false;
    while (pos < lim || fill()) {
      byte b = buf[pos];
      if (b != ' ' && b != '\n' && b != '\t' && b != '\r') {
        break;
      }
      skipped = true;
      pos++;
    }
    return skipped;
  }

  private int read() {
    if (pos == lim && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  /** Makes {@code count} bytes from the current position available, if the part has them. */
  private boolean available(int count) {
    while (lim - pos < count) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  private boolean fill() {
    if (eof) {
      return false;
    }
    if (lim == buf.length && mark > 0) {
      System.arraycopy(buf, mark, buf, 0, lim - mark);
      pos -= mark;
      lim -= mark;
      mark = 0;
    }
    if (lim == buf.length) {
      if (buf.length >= MAX_HELD) {
        throw declined("a row longer than " + MAX_HELD + " bytes");
      }
      buf = Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int n;
      do {
        n = in.read(buf, lim, buf.length - lim);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        return false;
      }
      lim += n;
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ScanDeclinedException declined(String why) {
    return new ScanDeclinedException(why);
  }
}
