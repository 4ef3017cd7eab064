package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.recovery.core.Tone;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LetterRenderingTest {

  private static final DocumentBuilderFactory XML = xmlFactory();

  private static DocumentBuilderFactory xmlFactory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    return f;
  }

  static synchronized Document parseXhtml(String html) throws Exception {
    return XML.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> texts(Document doc, String tag, String cls) {
    List<String> out = new ArrayList<>();
    NodeList nodes = doc.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      Element e = (Element) nodes.item(i);
      if (cls == null || cls.equals(e.getAttribute("class"))) {
        out.add(e.getTextContent());
      }
    }
    return out;
  }

  private static Letter hostile() {
    return Letter.builder(
            LetterFixtures.complaint(
                new Locale("es"), "<script>alert('x')</script> & \"Dana\"", "<b>broken</b> & sad"),
            LetterFixtures.everything(Tone.FORMAL_APOLOGY))
        .secondLocale(Locale.ENGLISH)
        .signature("Maya <Acme> & Co")
        .quoteMessage(true)
        .build();
  }

  @Test
  void rightToLeftCustomerTextIsIsolatedInBdiInHtml() throws Exception {
    // given: an Arabic name, a Hebrew message and a name ending in a stray isolate control
    String arabic = "\u0633\u0627\u0631\u0629 \u0639\u0644\u064a";
    String hebrew = "\u05d4\u05de\u05db\u05e9\u05d9\u05e8 \u05e0\u05e9\u05d1\u05e8 <3";
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH, arabic + "\u2069", hebrew),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .quoteMessage(true)
            .build();

    // when
    String html = letter.toHtml();

    // then
    Document doc = parseXhtml(html);
    assertThat(html)
        .contains("<p class=\"greeting\">Dear <bdi>" + arabic + "</bdi>,</p>")
        .contains("<bdi>" + hebrew.replace("<", "&lt;") + "</bdi>")
        .contains("your Garlic press")
        .doesNotContain("<bdi>Garlic press</bdi>", "\u2068", "\u2069");
    assertThat(doc.getElementsByTagName("bdi").getLength()).isGreaterThanOrEqualTo(2);
    assertThat(letter.toText()).contains("Dear \u2068" + arabic + "\u2069,");
  }

  @Test
  void anUnbalancedIsolateNeverBreaksTheHtml() throws Exception {
    StringBuilder out = new StringBuilder();
    HtmlEscaper.escape("a\u2069b\u2068c\u2068d\u2069", out);

    assertThat(out).hasToString("ab<bdi>c<bdi>d</bdi></bdi>");
  }

  @Test
  void htmlIsWellFormedXhtmlWithEveryCustomerStringEscaped() throws Exception {
    String html = hostile().toHtml();

    Document doc = parseXhtml(html);

    assertThat(html).doesNotContain("<script>", "<b>", "<Acme>");
    assertThat(doc.getDocumentElement().getAttribute("class")).isEqualTo("recovery-letter");
    assertThat(texts(doc, "p", "greeting"))
        .containsExactly(
            "Buenos días, <script>alert('x')</script> & \"Dana\":",
            "Dear <script>alert('x')</script> & \"Dana\",");
    assertThat(texts(doc, "p", "acknowledgement").get(1))
        .endsWith("You wrote: \u201c<b>broken</b> & sad\u201d");
    assertThat(texts(doc, "p", "sign-off").get(0)).isEqualTo("Atentamente,Maya <Acme> & Co");
    assertThat(texts(doc, "section", null)).hasSize(2);
    assertThat(texts(doc, "h2", "language")).containsExactly("English version");
  }

  @Test
  void htmlEscapesHostSuppliedPhrasesToo() throws Exception {
    PhraseBook book =
        PhraseBook.builder()
            .phrase(Locale.ENGLISH, "formal.signoff", "<i>Regards</i> & thanks,")
            .build();

    String html =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .phrases(book)
            .build()
            .toHtml();

    assertThat(html).contains("&lt;i&gt;Regards&lt;/i&gt; &amp; thanks,");
    parseXhtml(html);
  }

  @Test
  void htmlReplacesCharactersXmlForbidsAndMarksRightToLeftLanguages() throws Exception {
    PhraseBook book =
        PhraseBook.builder()
            .resource(Locale.ENGLISH, "org/recovery/templates/phrases/letter_en.properties")
            .resource(
                Locale.forLanguageTag("he"), "org/recovery/templates/phrases/letter_en.properties")
            .build();
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.forLanguageTag("he"), "Dana\uFFFE\uD800", "x"),
                LetterFixtures.typical(Tone.FRIENDLY_FIX))
            .phrases(book)
            .build();

    String html = letter.toHtml();
    Document doc = parseXhtml(html);

    assertThat(texts(doc, "p", "greeting")).containsExactly("Hi Dana\uFFFD\uFFFD,");
    assertThat(html).contains("<section lang=\"he\" dir=\"rtl\">");
  }

  @Test
  void plainTextIsWrappedAtTheWidthBreakingOnlyAtSpaces() {
    Letter letter = hostile();

    for (int width : new int[] {72, 40}) {
      String text = letter.toText(width);
      assertThat(text.lines())
          .allSatisfy(
              line ->
                  assertThat(line.codePointCount(0, line.length()) <= width || !line.contains(" "))
                      .as("line of %d: %s", width, line)
                      .isTrue());
      assertThat(text.replaceAll("\\s+", " "))
          .contains("Buenos días, <script>alert('x')</script> & \"Dana\":");
    }
  }

  @Test
  void aWordLongerThanTheWidthGetsItsOwnLineUnbroken() {
    String longName = "D".repeat(100);
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH, longName, ""),
                LetterFixtures.typical(Tone.FRIENDLY_FIX))
            .build();

    assertThat(letter.toText().lines()).contains("Hi", longName + ",");
  }

  @Test
  void plainTextRefusesANarrowWidth() {
    assertThatThrownBy(() -> hostile().toText(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be >= 20 but was 19");
  }

  @Test
  void formalStepsAreNumberedWithAHangingIndent() {
    String text =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .build()
            .toText();

    assertThat(text)
        .contains(
            "What we are doing\n"
                + "1. We have refunded $24.99 to your original payment method today;\n"
                + "   depending on your bank, it can take a few days to appear. There is no\n"
                + "   need to send anything back.\n"
                + "2. ");
  }

  @Test
  void markdownEscapesMarkupInCustomerText() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH, "*Dana* [x](http://e) <b> #1 _a_", "m"),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .signature("- Maya | Acme")
            .build();

    String md = letter.toMarkdown();

    assertThat(md)
        .startsWith("Dear \\*Dana\\* \\[x\\](http://e) \\<b\\> \\#1 \\_a\\_,\n\n")
        .contains("\\- Maya \\| Acme\n")
        .contains("### What we are doing\n\n1. We have refunded")
        .contains("Yours sincerely,\\\n\\- Maya");
  }

  @Test
  void markdownEscapesANumberedListMarkerAtTheStartOfABlock() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH), LetterFixtures.typical(Tone.FRIENDLY_FIX))
            .signature("2026. The team")
            .build();

    assertThat(letter.toMarkdown()).endsWith("Best wishes,\\\n2026\\. The team\n");
  }

  @Test
  void jsonCarriesEverySectionWithItsText() throws Exception {
    Letter letter = hostile();

    JsonNode json = new ObjectMapper().readTree(letter.toJson());

    assertThat(json.get("complaintId").asText()).isEqualTo("c-1001");
    assertThat(json.get("tone").asText()).isEqualTo("FORMAL_APOLOGY");
    assertThat(json.get("bodies")).hasSize(2);
    JsonNode es = json.get("bodies").get(0);
    assertThat(es.get("locale").asText()).isEqualTo("es");
    assertThat(es.get("sections")).hasSize(letter.bodies().get(0).sections().size());
    assertThat(es.get("sections").get(0).get("paragraphs").get(0).asText())
        .isEqualTo("Buenos días, <script>alert('x')</script> & \"Dana\":");
    assertThat(es.get("sections").get(4).get("heading").asText())
        .isEqualTo("Lo que estamos haciendo");
    assertThat(es.get("sections").get(4).get("steps").size()).isGreaterThan(3);
  }

  @Test
  void jsonCarriesWarningsTitlesKindsAndMissingHeadings() throws Exception {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .locale(Locale.JAPANESE)
            .build();

    JsonNode json = new ObjectMapper().readTree(letter.toJson());

    assertThat(json.get("warnings")).hasSize(1);
    assertThat(json.get("warnings").get(0).asText())
        .isEqualTo("no phrases for locale 'ja'; the letter is written in English");
    JsonNode en = json.get("bodies").get(0);
    assertThat(en.get("title").asText()).isEqualTo("English version");
    JsonNode greeting = en.get("sections").get(0);
    assertThat(greeting.get("kind").asText()).isEqualTo("GREETING");
    assertThat(greeting.has("heading")).isTrue();
    assertThat(greeting.get("heading").isNull()).isTrue();
    assertThat(en.get("sections").get(4).get("kind").asText()).isEqualTo("SOLUTION");
  }

  @Test
  void textWrapsAtTheNarrowestWidthAllowed() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .build();

    String text = letter.toText(20);

    assertThat(text).startsWith("Dear Dana Whitfield,\n");
    assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(20));
    assertThatThrownBy(() -> letter.toText(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be >= 20 but was 19");
  }

  @Test
  void plainTextKeepsTheSectionHeadings() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .build();

    assertThat(letter.bodies().get(0).plainText())
        .contains("\nWhat we are doing\nWe have refunded $24.99")
        .contains("\nWhat we are changing\n");
  }

  @Test
  void markdownKeepsASignatureOfDigitsOnlyAndEscapesAListMarkerAfterThem() {
    for (String signature : List.of("2026", "12)", "7.")) {
      Letter letter =
          Letter.builder(
                  LetterFixtures.complaint(Locale.ENGLISH),
                  LetterFixtures.typical(Tone.FRIENDLY_FIX))
              .signature(signature)
              .build();

      String expected = signature.replace(")", "\\)").replace(".", "\\.");
      assertThat(letter.toMarkdown()).endsWith("Best wishes,\\\n" + expected + "\n");
    }
  }
}
