package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.recovery.core.Tone;
import org.w3c.dom.Document;

/** Properties of every rendering, for any customer name and message. */
class LetterPropertiesTest {
  private static final String[] FRAGMENTS = {
    "<script>alert(1)</script>",
    "\"",
    "'",
    "&",
    "&amp;",
    "<",
    ">",
    " ",
    "  ",
    "\n",
    "\t",
    "Dana",
    "O'Brien",
    "\u05e9\u05dc\u05d5\u05dd", // Hebrew
    "\u0645\u0631\u062d\u0628\u0627", // Arabic
    "\u202e", // right-to-left override
    "\uD83D\uDE00", // emoji
    "\uD83D\uDC4D\uD83C\uDFFD", // emoji with skin tone
    "\u00df\u00e9\u00f1",
    "*_`#[]()|~\\",
    "-",
    "1.",
    "x",
  };
  private static final Pattern UNRESOLVED_KEY =
      Pattern.compile(
          "\\b(?:formal|friendly|step|issue|ack|own|cause|change|incentive|heading|order|explain"
              + "|apology|language|signoff|signature|greeting|thanks)\\.[A-Za-z]");

  private static Gen<String> texts(int maxFragments) {
    return lists()
        .of(integers().between(0, FRAGMENTS.length - 1))
        .ofSizeBetween(1, maxFragments)
        .map(
            ix -> {
              StringBuilder b = new StringBuilder();
              ix.forEach(i -> b.append(FRAGMENTS[i]));
              return b.toString();
            });
  }

  private static Gen<String> names() {
    return texts(12).map(s -> s.isBlank() ? "N" + s : s);
  }

  private static Gen<Locale> locales() {
    return integers()
        .between(0, LetterFixtures.SHIPPED.size() - 1)
        .map(LetterFixtures.SHIPPED::get);
  }

  private static Letter letter(Locale locale, String name, String message, boolean formal) {
    return Letter.builder(
            LetterFixtures.complaint(locale, name, message),
            LetterFixtures.everything(formal ? Tone.FORMAL_APOLOGY : Tone.FRIENDLY_FIX))
        .secondLocale(Locale.ENGLISH)
        .quoteMessage(true)
        .signature(name)
        .build();
  }

  /** What a reader sees of a value: control characters become spaces, runs of space collapse. */
  private static String seen(String s) {
    return s.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
  }

  @Test
  void anyNameAndMessageIsEscapedInHtmlAndReadBackExactly() {
    qt().withExamples(150)
        .forAll(locales(), names(), texts(20), booleans().all())
        .check(
            (locale, name, message, formal) -> {
              String html = letter(locale, name, message, formal).toHtml();
              Document doc;
              try {
                doc = LetterRenderingTest.parseXhtml(html);
              } catch (Exception e) {
                throw new AssertionError("not well-formed: " + e.getMessage(), e);
              }
              String plainName = name.replaceAll("\\p{Cntrl}", " ");
              assertThat(LetterRenderingTest.texts(doc, "p", "greeting"))
                  .allSatisfy(g -> assertThat(g).contains(plainName));
              assertThat(html).doesNotContain("<script>");
              if (formal && !message.isBlank()) {
                assertThat(LetterRenderingTest.texts(doc, "p", "acknowledgement").get(0))
                    .contains(message.replaceAll("\\p{Cntrl}", " ").strip());
              }
              return true;
            });
  }

  @Test
  void anyNameAndMessageIsIntactInPlainText() {
    qt().withExamples(150)
        .forAll(locales(), names(), texts(20), booleans().all())
        .check(
            (locale, name, message, formal) -> {
              String text = seen(letter(locale, name, message, formal).toText());
              assertThat(text).contains(seen(name));
              if (formal) {
                assertThat(text).contains(seen(message));
              }
              return true;
            });
  }

  @Test
  void noRenderingHasABraceOrAnUnresolvedKey() {
    qt().withExamples(100)
        .forAll(locales(), names(), texts(20), booleans().all())
        .check(
            (locale, name, message, formal) -> {
              Letter letter = letter(locale, name, message, formal);
              for (String out :
                  List.of(letter.toText(), letter.toHtml(), letter.toMarkdown(), letter.toJson())) {
                String withoutBraces = out.replace("{", "").replace("}", "");
                if (out.startsWith("{")) {
                  // JSON's own object braces are structure, not text
                  assertThat(
                          letter.bodies().stream()
                              .map(LetterBody::plainText)
                              .anyMatch(t -> t.contains("{") || t.contains("}")))
                      .isFalse();
                } else {
                  assertThat(out).isEqualTo(withoutBraces);
                }
                assertThat(UNRESOLVED_KEY.matcher(out).find()).as(out).isFalse();
              }
              return true;
            });
  }

  @Test
  void aBraceInCustomerTextIsKeptAsTextAndNeverFilledIn() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH, "{name} {amount}", "{order}"),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .quoteMessage(true)
            .build();

    assertThat(letter.toText()).startsWith("Dear {name} {amount},").contains("\u201c{order}\u201d");
  }

  @Test
  void tenKilobyteValuesSurviveEveryRendering() throws Exception {
    String name = "\u05e9\u05dc\u05d5\u05dd <&> \uD83D\uDE00 ".repeat(900).strip();
    String message = "word ".repeat(2048).strip();
    assertThat(name.length()).isGreaterThan(10_000);

    Letter letter = letter(Locale.FRENCH, name, message, true);

    assertThat(seen(letter.toText())).contains(seen(name)).contains(message);
    Document doc = LetterRenderingTest.parseXhtml(letter.toHtml());
    assertThat(LetterRenderingTest.texts(doc, "p", "greeting").get(0)).contains(name);
    assertThat(letter.toMarkdown()).contains("\\<\\&\\>");
  }
}
