package org.recovery.nps.io;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates XML parts as bytes: the markup spreadsheets write ({@link #spreadsheetMarkup()}), and
 * that markup with everything else XML allows or refuses mixed in ({@link #anyMarkup()}). Names,
 * references and UTF-8 sequences are drawn from the edges of what is allowed.
 */
final class XmlMarkup {
  private static final String[] ELEMENT_NAMES = {
    "row",
    "c",
    "v",
    "is",
    "t",
    "sheetData",
    "si",
    "rPh",
    "ro",
    "rows",
    "rPH",
    "rOw",
    "sheetDatA",
    "sheetdata",
    "sI",
    "iS",
    "ss",
    "i",
    "s",
    "cc",
    "r",
    "x",
    "rPx",
    "rox",
    "a",
    "z",
    "A",
    "Z",
    "_",
    "a0",
    "z9",
    "Z.",
    "_-",
    "worksheet",
    "a.b-c_9",
    "sst"
  };
  private static final String[] ATTRIBUTE_NAMES = {
    "r", "t", "s", "a", "q", "u", "rr", "ts", "sr", "R", "T", "S", "spans", "x14ac", "_r", "r0"
  };
  private static final String[] PREFIXES = {"r", "t", "s", "x", "mc", "x14ac", "a1", "_p", "Z"};
  private static final String[] SPACES = {" ", "\n", "\t", "\r\n", "  ", " \t\n\r"};
  private static final String[] ENTITIES = {"&lt;", "&gt;", "&amp;", "&quot;", "&apos;"};

  /** Code points at the edges of XML's Char production and of UTF-8's sequence lengths. */
  private static final int[] CHARACTERS = {
    0x9, 0xA, 0xD, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0x7FF, 0x800, 0xFFF, 0x1000, 0xD7FF, 0xE000,
    0xFFFD, 0x10000, 0x3FFFF, 0x40000, 0xFFFFF, 0x100000, 0x10FFFF
  };

  /** References XML refuses or that only a full parser reads; none is one of the five or legal. */
  private static final String[] ODD_REFERENCES = {
    "&#0;",
    "&#x8;",
    "&#x1F;",
    "&#xD800;",
    "&#xDFFF;",
    "&#xFFFE;",
    "&#xFFFF;",
    "&#x110000;",
    "&#1114112;",
    "&#x;",
    "&#;",
    "&#xg;",
    "&#1a;",
    "&#X41;",
    "&#x000000041;",
    "&#0000000065;",
    "&#x0000041;",
    "&quox;",
    "&apoz;",
    "&aposs;",
    "&lt",
    "&nbsp;",
    "&;",
    "&l;",
    "&lx;",
    "&gx;",
    "&amq;",
    "&qu;",
    "&#-1;",
    "&#x-1;",
    "&#1F;",
    "&#x1G;",
    "&#xa;",
    "&#65",
    "& ;",
    "&&",
    "&#x10FFFF0;",
    "&#4294967361;",
    "&#x100000041;"
  };

  /** UTF-8 sequences that are malformed, or stand for a character XML refuses. */
  private static final byte[][] BAD_UTF8 = {
    {(byte) 0xC0, (byte) 0x80},
    {(byte) 0xC1, (byte) 0xBF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
    {(byte) 0x80},
    {(byte) 0xBF},
    {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE},
    {(byte) 0xEF, (byte) 0xBF, (byte) 0xBF},
    {(byte) 0xE2, (byte) 0x82},
    {(byte) 0xFF},
    {(byte) 0xC2, (byte) 0x41},
    {0x01},
    {0x0C},
    {0x1F}
  };

  /** Bytes a corruption writes: markup, quotes, white space, controls and UTF-8 edges. */
  private static final byte[] CORRUPTIONS = {
    '<',
    '>',
    '&',
    ';',
    '#',
    'x',
    '/',
    ':',
    '"',
    '\'',
    '=',
    ' ',
    '\r',
    '\t',
    '\n',
    0x01,
    0,
    '!',
    '?',
    ']',
    'a',
    '0',
    '-',
    '.',
    (byte) 0x80,
    (byte) 0xC0,
    (byte) 0xEF,
    (byte) 0xFF,
    (byte) 0xBF
  };

  private XmlMarkup() {}

  /** Elements, attributes, text and references as spreadsheets write them: all well-formed. */
  static Gen<byte[]> spreadsheetMarkup() {
    Gen<byte[]> markup = in -> new Writer(in, false).document();
    return markup.describedAs(XmlMarkup::show);
  }

  /**
   * Spreadsheet markup with comments, CDATA, processing instructions, odd references, bad UTF-8,
   * late namespace declarations and a few corrupted bytes: some well-formed, most not.
   */
  static Gen<byte[]> anyMarkup() {
    return ((Gen<byte[]>)
            in -> {
              byte[] xml = new Writer(in, true).document();
              int corruptions = (int) in.next(Constraint.between(0, 2));
              for (int k = 0; k < corruptions && xml.length > 0; k++) {
                int at = (int) in.next(Constraint.between(0, xml.length - 1));
                byte b = CORRUPTIONS[(int) in.next(Constraint.between(0, CORRUPTIONS.length - 1))];
                int how = (int) in.next(Constraint.between(0, 2));
                if (how == 0) {
                  xml[at] = b;
                } else {
                  byte[] edited = new byte[how == 1 ? xml.length + 1 : xml.length - 1];
                  System.arraycopy(xml, 0, edited, 0, at);
                  if (how == 1) {
                    edited[at] = b;
                    System.arraycopy(xml, at, edited, at + 1, xml.length - at);
                  } else {
                    System.arraycopy(xml, at + 1, edited, at, xml.length - at - 1);
                  }
                  xml = edited;
                }
              }
              return xml;
            })
        .describedAs(XmlMarkup::show);
  }

  /** The bytes as text, one char a byte, so that bad UTF-8 shows. */
  static String show(byte[] xml) {
    return new String(xml, StandardCharsets.ISO_8859_1);
  }

  private static final class Writer {
    private final RandomnessSource in;
    private final boolean wide;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<String> prefixes = new ArrayList<>();

    Writer(RandomnessSource in, boolean wide) {
      this.in = in;
      this.wide = wide;
    }

    private int below(int n) {
      return (int) in.next(Constraint.between(0, n - 1));
    }

    private boolean chance(int inTen) {
      return below(10) < inTen;
    }

    private <T> T pick(T[] items) {
      return items[below(items.length)];
    }

    private void write(String s) {
      out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] document() {
      if (chance(2)) {
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      if (chance(5)) {
        declaration();
      }
      if (chance(3)) {
        write(pick(SPACES));
      }
      if (wide && chance(2)) {
        write(pick(new String[] {"<!-- x -->", "<?pi x?>", "<!DOCTYPE a>", "x", "\u00E9"}));
      }
      int declared = below(4);
      for (int i = 0; i < declared; i++) {
        String prefix = pick(PREFIXES);
        if (!prefixes.contains(prefix)) {
          prefixes.add(prefix);
        }
      }
      element(1, chance(1) ? 18 + below(6) : 1 + below(5));
      return out.toByteArray();
    }

    private void declaration() {
      String q = chance(5) ? "\"" : "'";
      StringBuilder d = new StringBuilder("<?xml").append(space()).append("version");
      d.append(maybeSpace()).append('=').append(maybeSpace()).append(q);
      d.append(wide && chance(1) ? "1.1" : "1.0").append(q);
      if (chance(5)) {
        String e = pick(new String[] {"UTF-8", "utf-8", "Utf-8", "UTF-8", "UTF8", "US-ASCII"});
        q = chance(5) ? "\"" : "'";
        d.append(space()).append("encoding").append(maybeSpace()).append('=');
        d.append(maybeSpace()).append(q).append(wide ? e : "UTF-8").append(q);
      }
      if (chance(4)) {
        q = chance(5) ? "\"" : "'";
        d.append(space()).append("standalone=").append(q).append(chance(5) ? "yes" : "no");
        d.append(q);
      }
      write(d.append(maybeSpace()).append("?>").toString());
    }

    /** White space the reader takes in markup; a carriage return only where XML drops it. */
    private String space() {
      String[] inTags = {" ", "\n", "\t", "  ", " \n\t"};
      return pick(inTags);
    }

    private String maybeSpace() {
      return chance(7) ? "" : space();
    }

    private void element(int depth, int maxDepth) {
      boolean root = depth == 1;
      String name = pick(ELEMENT_NAMES);
      if (!prefixes.isEmpty() && chance(2)) {
        name = pick(prefixes.toArray(new String[0])) + ":" + name;
      }
      if (wide && chance(1)) {
        name = pick(new String[] {"\u00E9", "a\u00E9", "b:c", "xmlns:a", "1a", "a:", ":a", "-a"});
      }
      write("<" + name);
      if (root) {
        if (chance(5)) {
          write(space() + "xmlns" + maybeSpace() + "=" + maybeSpace() + "\"urn:main\"");
        }
        for (String prefix : prefixes) {
          write(space() + "xmlns:" + prefix + "=\"urn:" + prefix + "\"");
        }
      } else if (wide && chance(1)) {
        write(" xmlns:" + pick(PREFIXES) + "=\"urn:late\"");
      }
      attributes(root);
      write(chance(2) ? space() : "");
      boolean deep = maxDepth > 10;
      if (depth >= maxDepth || (!deep && chance(2))) {
        write("/>");
        return;
      }
      write(">");
      int children = deep ? 1 + below(2) : below(4);
      for (int i = 0; i < children; i++) {
        if ((deep && i == 0) || chance(5)) {
          element(depth + 1, maxDepth);
        } else {
          text();
        }
      }
      write("</" + name + (chance(2) ? space() : "") + ">");
    }

    private void attributes(boolean root) {
      int count = chance(1) ? 9 + below(4) : below(4);
      List<String> taken = new ArrayList<>();
      if (root) {
        // The reader counts xmlns:p as an attribute p under a prefix.
        prefixes.forEach(prefix -> taken.add(":" + prefix));
      }
      for (int i = 0; i < count; i++) {
        String local = pick(ATTRIBUTE_NAMES);
        String name = local;
        boolean prefixed = chance(3);
        if (prefixed) {
          List<String> known = new ArrayList<>(prefixes);
          known.add("xml");
          name = known.get(below(known.size())) + ":" + local;
        }
        // Two prefixes may stand for one namespace: the reader refuses a local name repeated
        // under prefixes, so well-formed markup repeats a name only with and without a prefix.
        String key = prefixed ? ":" + local : local;
        if (!wide && taken.contains(key)) {
          name = "n" + i;
          key = name;
        }
        taken.add(key);
        String q = chance(5) ? "\"" : "'";
        write(space() + name + maybeSpace() + "=" + maybeSpace() + q);
        int length = below(5);
        for (int k = 0; k < length; k++) {
          int c = below(0x7F - 0x20) + 0x20;
          if (c == '<' || c == '&' || c == q.charAt(0)) {
            c = pick(new Integer[] {(int) ' ', (int) 'a', (int) '"', (int) '\'', (int) '~'});
            if (c == q.charAt(0)) {
              c = 'b';
            }
          }
          out.write(c);
        }
        if (wide && chance(1)) {
          write(pick(new String[] {"&amp;", "&#65;", "\t", "\n", "\u00E9", "<", "&"}));
        }
        write(q);
      }
    }

    private void text() {
      int pieces = 1 + below(6);
      for (int i = 0; i < pieces; i++) {
        switch (below(wide ? 12 : 8)) {
          case 0 -> write(pick(ENTITIES));
          case 4 -> textPiece(pick(new String[] {"\t", "\n", " ", "]", "]]", "] ]>", "]>"}));
          case 7 -> textPiece(">");
          case 1 -> reference(CHARACTERS[below(CHARACTERS.length)]);
          case 2 -> reference(below(0x10FFFF));
          case 3 ->
              write(
                  new String(Character.toChars(CHARACTERS[below(CHARACTERS.length)]))
                      .replace('\r', ' '));
          case 5 -> write(pick(new String[] {"abc", "A1", "0.5", "-3", "z", "~", "\u007F"}));
          case 6 ->
              write(
                  new String(Character.toChars(0x80 + below(0x10FFFF - 0x80)))
                      .replaceAll("[\\uD800-\\uDFFF\\uFFFE\\uFFFF]", "x"));
          case 8 -> write(pick(ODD_REFERENCES));
          case 9 -> out.writeBytes(BAD_UTF8[below(BAD_UTF8.length)]);
          case 10 -> write(pick(new String[] {"<!-- c -->", "<![CDATA[<x>]]>", "<?p i?>", "\r"}));
          default -> write(pick(new String[] {"]]>", "&#13;", "\r\n", "<!DOCTYPE a>"}));
        }
      }
    }

    /** Writes text that must not close a CDATA section it is not in, unless anything goes. */
    private void textPiece(String piece) {
      byte[] sofar = out.toByteArray();
      int n = sofar.length;
      boolean brackets = n >= 2 && sofar[n - 2] == ']' && sofar[n - 1] == ']';
      boolean bracket = n >= 1 && sofar[n - 1] == ']';
      if (!wide && ((brackets && piece.startsWith(">")) || (bracket && piece.startsWith("]>")))) {
        write(" ");
      }
      write(piece);
    }

    private void reference(int codePoint) {
      boolean legal =
          codePoint == 0x9
              || codePoint == 0xA
              || codePoint == 0xD
              || (codePoint >= 0x20 && codePoint <= 0xD7FF)
              || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
              || codePoint >= 0x10000;
      int c = legal ? codePoint : 'x';
      String hex = chance(5) ? Integer.toHexString(c) : Integer.toHexString(c).toUpperCase();
      String decimal = Integer.toString(c);
      // The reader reads up to eight digits, enough for any character with a zero or two before.
      boolean inHex = chance(5);
      int digits = inHex ? hex.length() : decimal.length();
      String zeros = "0".repeat(Math.min(below(3), 8 - digits));
      String body = inHex ? "#x" + zeros + hex : "#" + zeros + decimal;
      write("&" + body + ";");
    }
  }
}
