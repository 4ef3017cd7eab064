package org.recovery.nps.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A shared-string item reads as the text of its runs in order, whatever phonetic runs stand between
 * them: a phonetic guide is never part of the text.
 */
class SharedStringsPartTest {
  /** One piece of an item: its markup, and the text it adds to the item. */
  private record Piece(String markup, String text) {}

  private static Gen<Piece> pieces() {
    return strings()
        .allPossible()
        .ofLengthBetween(0, 5)
        .map(WorkbookBytes::xmlText)
        .zip(
            integers().between(0, 3),
            (text, form) -> {
              String t = "<t xml:space=\"preserve\">" + WorkbookBytes.escape(text) + "</t>";
              return switch (form) {
                case 0 -> new Piece("<r>" + t + "</r>", text);
                case 1 -> new Piece("<r><rPr><b/><sz val=\"11\"/></rPr>" + t + "</r>", text);
                case 2 -> new Piece("<rPh sb=\"0\" eb=\"1\">" + t + "</rPh>", "");
                default -> new Piece("<phoneticPr fontId=\"1\"/>", "");
              };
            });
  }

  @Test
  void anItemIsItsRunsTextsInOrderWithoutItsPhoneticRuns() {
    qt().withExamples(200)
        .forAll(lists().of(lists().of(pieces()).ofSizeBetween(0, 6)).ofSizeBetween(0, 8))
        .checkAssert(
            items -> {
              StringBuilder table = new StringBuilder("<sst>");
              List<String> expected = new ArrayList<>();
              for (List<Piece> item : items) {
                table.append("<si>");
                StringBuilder text = new StringBuilder();
                for (Piece piece : item) {
                  table.append(piece.markup());
                  text.append(piece.text());
                }
                table.append("</si>");
                expected.add(text.toString());
              }
              table.append("</sst>");

              assertThat(read(table.toString())).containsExactlyElementsOf(expected);
            });
  }

  @Test
  void aRunAfterAPhoneticRunIsText() {
    String table =
        "<sst><si><r><t>東</t></r><rPh sb=\"0\" eb=\"1\"><t>トウ</t></rPh><r><t>京</t></r>"
            + "<rPh sb=\"1\" eb=\"2\"><t>キョウ</t></rPh><phoneticPr fontId=\"1\"/></si></sst>";

    assertThat(read(table)).containsExactly("東京");
  }

  private static String[] read(String table) {
    return SharedStringsPart.read(
        new XmlBytes(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))));
  }
}
