package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OwnershipCheckerTest {
  private final OwnershipChecker checker = OwnershipChecker.defaults();

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "BLAME | You should have checked the size chart before ordering.",
        "BLAME | It seems you failed to read the manual.",
        "BLAME | As clearly stated on our website, returns take 30 days.",
        "BLAME | That was your mistake, not ours.",
        "EXCUSE | The delay was beyond our control.",
        "EXCUSE | This was the courier's fault.",
        "EXCUSE | A system error charged you twice.",
        "EXCUSE | Due to high demand, orders are late.",
        "STOCK_APOLOGY | We apologize for any inconvenience this may have caused.",
        "STOCK_APOLOGY | Sorry for the inconvenience!",
        "STOCK_APOLOGY | We are sorry that you had to experience that.",
        "CONDITIONAL_APOLOGY | We are sorry if you feel let down.",
        "CONDITIONAL_APOLOGY | Please accept our apologies if you were offended.",
        "CONDESCENSION | Simply click the button.",
        "CONDESCENSION | As the instructions clearly explain, hold it for three seconds.",
        "CONDESCENSION | Obviously the plug goes in first.",
      })
  void findsEveryEnglishCategoryTheBriefNames(FindingCategory category, String draft) {
    // when
    List<Finding> findings = checker.check(draft, Locale.ENGLISH);

    // then
    assertThat(findings).extracting(Finding::category).contains(category);
    assertThat(findings).allSatisfy(f -> assertThat(f.suggestion()).isNotBlank());
  }

  @ParameterizedTest(name = "[{0} {1}] {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "es | BLAME | Deberías haber revisado la guía de tallas.",
        "es | EXCUSE | El retraso fue por causas ajenas a nuestra voluntad.",
        "es | STOCK_APOLOGY | Disculpe las molestias ocasionadas.",
        "es | CONDITIONAL_APOLOGY | Lo siento si te has sentido ofendido.",
        "es | CONDESCENSION | Simplemente pulsa el botón.",
        "fr | BLAME | Vous auriez dû vérifier le guide des tailles.",
        "fr | EXCUSE | Ce retard est indépendant de notre volonté.",
        "fr | STOCK_APOLOGY | Nous nous excusons pour la gêne occasionnée.",
        "fr | CONDITIONAL_APOLOGY | Désolés si vous vous êtes sentie vexée.",
        "fr | CONDESCENSION | Il suffit simplement de redémarrer.",
        "de | BLAME | Sie hätten die Größentabelle lesen sollen.",
        "de | EXCUSE | Das lag außerhalb unseres Einflussbereichs.",
        "de | STOCK_APOLOGY | Bitte entschuldigen Sie die Unannehmlichkeiten.",
        "de | CONDITIONAL_APOLOGY | Es tut uns leid, falls Sie sich gekränkt fühlen.",
        "de | CONDESCENSION | Drücken Sie einfach den Knopf.",
        "pt | BLAME | Você deveria ter conferido a tabela de tamanhos.",
        "pt | EXCUSE | O atraso foi culpa da transportadora.",
        "pt | STOCK_APOLOGY | Pedimos desculpas pelo transtorno causado.",
        "pt | CONDITIONAL_APOLOGY | Desculpe se você se sentiu ofendido.",
        "pt | CONDESCENSION | Obviamente o cabo vai primeiro.",
      })
  void findsTheCommonEquivalentsInEveryShippedLanguage(
      String tag, FindingCategory category, String draft) {
    assertThat(checker.check(draft, Locale.forLanguageTag(tag)))
        .extracting(Finding::category)
        .contains(category);
  }

  @Test
  void givesLineAndColumnCountedFromOneInCodePoints() {
    // given: an emoji before the finding on line 3 counts as one column
    String draft = "Hi Dana,\r\n\n\uD83D\uDE42 Simply reply.\nThanks";

    // when
    List<Finding> findings = checker.check(draft, Locale.ENGLISH);

    // then
    assertThat(findings)
        .extracting(
            Finding::line, Finding::column, Finding::category, Finding::text, Finding::start)
        .containsExactly(tuple(3, 3, FindingCategory.CONDESCENSION, "Simply", 14));
    assertThat(findings.get(0).end()).isEqualTo(20);
    assertThat(draft.substring(findings.get(0).start(), findings.get(0).end())).isEqualTo("Simply");
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "de | Das lag außerhalb unserer Kontrolle.",
        "de | Das liegt außerhalb unseres Einflussbereichs.",
        "de | Das lag leider nicht in unserer Hand.",
        "de | Es gab einen Systemfehler.",
        "de | Das war ein Fehler im System.",
        "de | Das war die Schuld des Paketdienstes.",
        "de | Das war die Schuld des Kurierdienstes.",
        "de | Wir entschuldigen uns für etwaige Unannehmlichkeiten.",
        "de | Wir bitten um Entschuldigung für die Unannehmlichkeiten.",
        "de | Es tut uns leid, falls Sie sich gekränkt fühlen.",
        "de | Es tut uns leid, dass Sie sich so fühlen.",
        "de | Sie hätten die Größentabelle prüfen sollen.",
        "de | Drücken Sie einfach auf den Knopf.",
        "de | Offensichtlich gehört der Stecker zuerst hinein.",
        "es | El retraso estuvo fuera de nuestro control.",
        "es | Esto escapa a nuestro control.",
        "es | Hubo un error del sistema.",
        "es | Hubo un error en el sistema.",
        "es | Fue culpa de la mensajería.",
        "es | Fue culpa del mensajero.",
        "es | Pedimos disculpas por cualquier inconveniente.",
        "es | Lamentamos si te sientes decepcionado.",
        "es | Sentimos que te sientas así.",
        "es | Deberías haber revisado la guía de tallas.",
        "es | Simplemente pulsa el botón.",
        "es | Obviamente el enchufe va primero.",
        "fr | Le retard était indépendant de notre volonté.",
        "fr | Cela échappe à notre contrôle.",
        "fr | Il s'agit d'une erreur système.",
        "fr | Il s'agit d'une erreur de système.",
        "fr | C'est la faute du transporteur.",
        "fr | C'est la faute du coursier.",
        "fr | Nous nous excusons pour la gêne occasionnée.",
        "fr | Désolés si vous vous sentez lésé.",
        "fr | Nous sommes désolés que vous vous sentiez lésé.",
        "fr | Nous sommes désolés que vous ayez dû vivre cela.",
        "fr | Vous auriez dû vérifier le guide des tailles.",
        "fr | Appuyez simplement sur le bouton.",
        "fr | Évidemment, la prise se branche en premier.",
        "pt | O atraso foi fora do nosso controle.",
        "pt | O atraso foi fora do nosso controlo.",
        "pt | Houve um erro do sistema.",
        "pt | A culpa foi da transportadora.",
        "pt | Foi culpa do mensageiro.",
        "pt | Pedimos desculpas por qualquer transtorno.",
        "pt | Lamentamos se você se sente ofendido.",
        "pt | Lamentamos que você se sinta assim.",
        "pt | Lamentamos que você tenha tido que passar por isso.",
        "pt | Você deveria ter verificado a tabela de medidas.",
        "pt | Simplesmente clique no botão.",
        "pt | Obviamente a tomada vai primeiro.",
      })
  void findsTheLiteralEquivalentOfEveryEnglishPatternInEachLanguage(String tag, String draft) {
    assertThat(checker.check(draft, Locale.forLanguageTag(tag))).as(draft).isNotEmpty();
  }

  @Test
  void findsTheGermanExcuseThatSaysItWasOutOfOurControl() {
    assertThat(checker.check("Das lag außerhalb unserer Kontrolle.", Locale.GERMAN))
        .extracting(Finding::category, Finding::text)
        .containsExactly(tuple(FindingCategory.EXCUSE, "außerhalb unserer Kontrolle"));
  }

  @Test
  void keepsOnlyTheLongestOfOverlappingFindings() {
    String draft =
        "Hi Dana,\nAs clearly stated, sorry if you feel upset; as the instructions clearly"
            + " explain, it works.";

    assertThat(checker.check(draft, Locale.ENGLISH))
        .extracting(Finding::line, Finding::column, Finding::text)
        .containsExactly(
            tuple(2, 1, "As clearly stated"),
            tuple(2, 26, "if you feel upset"),
            tuple(2, 45, "as the instructions clearly explain"));
  }

  @Test
  void keepsTheEarlierPatternWhenOverlappingFindingsAreEquallyLong() {
    OwnershipChecker twoOfAKind =
        OwnershipChecker.builder()
            .pattern(Locale.ENGLISH, "z.first", FindingCategory.BLAME, "\\bclearly said\\b", "a")
            .pattern(Locale.ENGLISH, "a.second", FindingCategory.EXCUSE, "\\bclearly said\\b", "b")
            .build();

    assertThat(twoOfAKind.check("We clearly said so.", Locale.ENGLISH))
        .extracting(Finding::rule)
        .containsExactly("z.first");
  }

  @Test
  void returnsFindingsInOrderOfPosition() {
    String draft = "Obviously you should have read it. We apologize for any inconvenience.";

    assertThat(checker.check(draft, Locale.ENGLISH))
        .extracting(Finding::category)
        .containsExactly(
            FindingCategory.CONDESCENSION, FindingCategory.BLAME, FindingCategory.STOCK_APOLOGY);
  }

  @Test
  void printsAFindingAsLineColumnCategoryAndSuggestion() {
    Finding f = checker.check("Simply reply.", Locale.ENGLISH).get(0);

    assertThat(f.toString())
        .isEqualTo(
            "1:1 CONDESCENSION \"Simply\" -> Leave it out, or offer to do it for them:"
                + " \"We can do this for you.\"");
  }

  @Test
  void passesAnOwnedReply() {
    String draft =
        "We are sorry your order arrived damaged. We got this wrong. A new one ships tomorrow,"
            + " and there is no need to send anything back.";

    assertThat(checker.check(draft, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void checksALanguageWithoutPatternsAgainstEnglish() {
    assertThat(checker.check("Simply reply.", Locale.ITALIAN))
        .extracting(Finding::rule)
        .containsExactly("condescension.simply");
  }

  @Test
  void aRegionalDraftUsesItsLanguagePatterns() {
    assertThat(checker.check("Disculpe las molestias.", Locale.forLanguageTag("es-MX")))
        .extracting(Finding::category)
        .containsExactly(FindingCategory.STOCK_APOLOGY);
  }

  @Test
  void hostsAddPatternsFromAFileAndReplaceShippedOnesById(@TempDir Path dir) throws IOException {
    // given: a house rule, and the shipped "simply" rule replaced by a softer suggestion
    Path file = dir.resolve("patterns_en.json");
    Files.writeString(
        file,
        "[{\"id\":\"house.per-policy\",\"category\":\"BLAME\",\"regex\":\"\\\\bper (?:our|the)"
            + " policy\\\\b\",\"suggestion\":\"Explain what we will do.\"},"
            + "{\"id\":\"condescension.simply\",\"category\":\"CONDESCENSION\","
            + "\"regex\":\"\\\\bsimply\\\\b\",\"suggestion\":\"Drop it.\"}]",
        StandardCharsets.UTF_8);

    // when
    OwnershipChecker custom = OwnershipChecker.builder().directory(dir).build();
    List<Finding> findings = custom.check("Per our policy, simply wait.", Locale.ENGLISH);

    // then
    assertThat(findings)
        .extracting(Finding::rule, Finding::suggestion)
        .containsExactly(
            tuple("house.per-policy", "Explain what we will do."),
            tuple("condescension.simply", "Drop it."));
  }

  @Test
  void hostsAddALanguageInCode() {
    OwnershipChecker custom =
        OwnershipChecker.builder()
            .pattern(
                Locale.ITALIAN,
                "condescension.semplicemente",
                FindingCategory.CONDESCENSION,
                "\\bsemplicemente\\b",
                "Toglilo.")
            .build();

    assertThat(custom.check("Basta semplicemente riavviare.", Locale.ITALIAN))
        .extracting(Finding::column, Finding::suggestion)
        .containsExactly(tuple(7, "Toglilo."));
    assertThat(custom.languageTags()).contains("it", "en", "es", "fr", "de", "pt");
  }

  @Test
  void rejectsAPatternWithAnUnknownCategoryNamingItAndTheFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("patterns_en.json");
    Files.writeString(
        file,
        "[{\"id\":\"x\",\"category\":\"RUDE\",\"regex\":\"rude\",\"suggestion\":\"Be kind.\"}]");

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.ENGLISH, file).build())
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern 'x' (en, from "
                + file
                + ") has category 'RUDE' but must have one of [BLAME, EXCUSE, STOCK_APOLOGY,"
                + " CONDITIONAL_APOLOGY, CONDESCENSION]");
  }

  @Test
  void rejectsAnInvalidRegularExpressionNamingThePattern(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("patterns_en.json");
    Files.writeString(
        file,
        "[{\"id\":\"broken\",\"category\":\"BLAME\",\"regex\":\"you (should\","
            + "\"suggestion\":\"Own it.\"}]");

    assertThatThrownBy(() -> OwnershipChecker.builder().file(Locale.ENGLISH, file).build())
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern 'broken' (en, from "
                + file
                + ") is not a valid regular expression: Unclosed group near index 11 of \"you"
                + " (should\"");
  }

  @Test
  void rejectsAPatternThatMatchesEmptyText() {
    assertThatThrownBy(
            () ->
                OwnershipChecker.builder()
                    .pattern(Locale.ENGLISH, "empty", FindingCategory.BLAME, "x*", "Own it.")
                    .build())
        .isInstanceOf(CheckerPatternException.class)
        .hasMessage(
            "pattern 'empty' (en, from pattern(en, empty)) matches empty text, so it would flag"
                + " every draft: \"x*\"");
  }

  @Test
  void aPhraseAtTheVeryStartIsFoundAtLineOneColumnOne() {
    List<Finding> findings = checker.check("Obviously the plug goes in first.", Locale.ENGLISH);

    assertThat(findings)
        .extracting(Finding::start, Finding::line, Finding::column)
        .containsExactly(tuple(0, 1, 1));
  }

  @Test
  void aFindingMustSpanAtLeastOneCharacterFromTheStart() {
    assertThatThrownBy(
            () -> new Finding(FindingCategory.BLAME, "r", 3, 3, 1, 4, "x", "Say what we will do."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("span must satisfy 0 <= start < end but was 3..3");
  }

  @Test
  void touchingFindingsAreBothKept() {
    OwnershipChecker custom =
        OwnershipChecker.builder()
            .pattern(Locale.ITALIAN, "a", FindingCategory.BLAME, "colpa", "Togli.")
            .pattern(Locale.ITALIAN, "b", FindingCategory.EXCUSE, "sua", "Togli anche.")
            .build();

    assertThat(custom.check("colpasua", Locale.ITALIAN))
        .extracting(Finding::rule, Finding::start, Finding::end)
        .containsExactlyInAnyOrder(tuple("a", 0, 5), tuple("b", 5, 8));
  }

  @Test
  void ofTwoOverlappingFindingsOnlyTheLongerIsKept() {
    OwnershipChecker custom =
        OwnershipChecker.builder()
            .pattern(Locale.ITALIAN, "short", FindingCategory.BLAME, "colpa", "Togli.")
            .pattern(Locale.ITALIAN, "long", FindingCategory.BLAME, "tua colpa", "Togli tutto.")
            .build();

    assertThat(custom.check("È tua colpa.", Locale.ITALIAN))
        .extracting(Finding::rule)
        .containsExactly("long");
  }

  @Test
  void aDraftEndingInACarriageReturnIsChecked() {
    assertThat(checker.check("Fine.\rObviously the plug goes in first.\r", Locale.ENGLISH))
        .extracting(Finding::line, Finding::column)
        .containsExactly(tuple(2, 1));
  }

  @Test
  void findingsFarDownALongDraftNameTheirLine() {
    String draft = "Fine.\n".repeat(40) + "Obviously the plug goes in first.\n";

    assertThat(checker.check(draft, Locale.ENGLISH))
        .extracting(Finding::line, Finding::column)
        .containsExactly(tuple(41, 1));
  }

  @Test
  void aRegionalPatternAddsToItsLanguagesPatternsRatherThanReplacingThem() {
    OwnershipChecker custom =
        OwnershipChecker.builder()
            .pattern(
                Locale.forLanguageTag("pt-BR"),
                "house.obvio",
                FindingCategory.CONDESCENSION,
                "\\b[ée] [óo]bvio\\b",
                "Tire isso.")
            .build();

    assertThat(
            custom.check(
                "Pedimos desculpas pelo transtorno causado. É óbvio.",
                Locale.forLanguageTag("pt-BR")))
        .extracting(Finding::category)
        .containsExactlyInAnyOrder(FindingCategory.STOCK_APOLOGY, FindingCategory.CONDESCENSION);
    assertThat(custom.languageTags()).contains("pt", "pt-BR");
  }
}
