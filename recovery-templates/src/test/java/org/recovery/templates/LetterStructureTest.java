package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recovery.templates.SectionKind.ACKNOWLEDGEMENT;
import static org.recovery.templates.SectionKind.APOLOGY;
import static org.recovery.templates.SectionKind.CHANGES;
import static org.recovery.templates.SectionKind.CLOSING_APOLOGY;
import static org.recovery.templates.SectionKind.EXPLANATION;
import static org.recovery.templates.SectionKind.GREETING;
import static org.recovery.templates.SectionKind.INCENTIVE;
import static org.recovery.templates.SectionKind.SIGN_OFF;
import static org.recovery.templates.SectionKind.SOLUTION;
import static org.recovery.templates.SectionKind.THANKS;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recovery.core.Complaint;
import org.recovery.core.Money;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.StopSaleReview;

class LetterStructureTest {

  private static Letter letter(RecoveryPlan plan) {
    return Letter.builder(LetterFixtures.complaint(Locale.ENGLISH), plan).build();
  }

  private static List<SectionKind> kinds(Letter letter) {
    return letter.bodies().get(0).sections().stream().map(LetterSection::kind).toList();
  }

  @Test
  void aFormalLetterHasEverySectionInOrderAndApologisesFirstAndLast() {
    Letter letter = letter(LetterFixtures.everything(Tone.FORMAL_APOLOGY));

    assertThat(kinds(letter))
        .containsExactly(
            GREETING,
            APOLOGY,
            ACKNOWLEDGEMENT,
            EXPLANATION,
            SOLUTION,
            CHANGES,
            INCENTIVE,
            THANKS,
            CLOSING_APOLOGY,
            SIGN_OFF);
    List<LetterSection> sections = letter.bodies().get(0).sections();
    assertThat(sections.get(1).paragraphs().get(0))
        .isEqualTo("We are truly sorry about the fault in your Garlic press.");
    assertThat(sections.get(8).paragraphs().get(0))
        .isEqualTo(
            "We know this has cost you time and trouble you should never have had, and we are"
                + " sorry.")
        .doesNotContain("faulty");
  }

  @Test
  void aFriendlyFixIsShortWithNoHeadingsAcknowledgementOrClosingApology() {
    Letter letter = letter(LetterFixtures.typical(Tone.FRIENDLY_FIX));

    assertThat(kinds(letter))
        .containsExactly(
            GREETING, APOLOGY, EXPLANATION, SOLUTION, CHANGES, INCENTIVE, THANKS, SIGN_OFF);
    assertThat(letter.bodies().get(0).sections())
        .allSatisfy(s -> assertThat(s.heading()).isEmpty());
  }

  @Test
  void aCalmCustomersSolvedAccountProblemReadsDoneWithASmileAndTheirGivenName() {
    Complaint calm =
        LetterFixtures.complaint(Locale.ENGLISH).toBuilder()
            .kind(org.recovery.core.IssueKind.ACCOUNT_PROBLEM)
            .mood(org.recovery.core.Mood.CALM)
            .customer(LetterFixtures.complaint(Locale.ENGLISH).customer().withGivenName("Dana"))
            .build();
    Letter letter =
        Letter.builder(
                calm,
                LetterFixtures.plan(
                    Tone.FRIENDLY_FIX,
                    List.of(new AccountFix(AccountFix.Change.UNSUBSCRIBE)),
                    List.of()))
            .build();

    assertThat(letter.toText())
        .isEqualTo(
            "Hi Dana,\n\n"
                + "We're sorry about the trouble you have had with your account.\n\n"
                + "Done! You're unsubscribed. \uD83D\uDE42\n\n"
                + "Thanks for letting us know.\n\n"
                + "Best wishes,\nThe customer care team\n");
  }

  @Test
  void aFrustratedCustomerGetsNoEmoticonAndThanksThatDoNotMakeLightOfIt() {
    Letter letter =
        letter(
            LetterFixtures.plan(
                Tone.FRIENDLY_FIX,
                List.of(new AccountFix(AccountFix.Change.UNSUBSCRIBE)),
                List.of()));

    assertThat(letter.toText())
        .startsWith("Hi Dana Whitfield,\n")
        .contains("Done! You're unsubscribed.\n")
        .contains("Thank you for telling us, and for giving us the chance to fix it.")
        .doesNotContain("\uD83D", "letting us know");
  }

  @Test
  void emoticonsCanBeTurnedOff() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.plan(
                    Tone.FRIENDLY_FIX,
                    List.of(new AccountFix(AccountFix.Change.UNSUBSCRIBE)),
                    List.of()))
            .emoticons(false)
            .build();

    assertThat(letter.toText()).contains("Done! You're unsubscribed.\n").doesNotContain("\uD83D");
  }

  @Test
  void sectionsThePlanGivesNothingToSayAreLeftOut() {
    Letter formal = letter(LetterFixtures.plan(Tone.FORMAL_APOLOGY, List.of(), List.of()));
    Letter friendly = letter(LetterFixtures.plan(Tone.FRIENDLY_FIX, List.of(), List.of()));

    assertThat(kinds(formal))
        .containsExactly(
            GREETING, APOLOGY, ACKNOWLEDGEMENT, EXPLANATION, THANKS, CLOSING_APOLOGY, SIGN_OFF);
    assertThat(kinds(friendly)).containsExactly(GREETING, APOLOGY, THANKS, SIGN_OFF);
    assertThat(formal.toText()).doesNotContain("What we are doing", "What we are changing");
  }

  @Test
  void withoutOwnershipStatementsAFormalLetterExplainsTheCauseAndThanks() {
    Letter letter = letter(LetterFixtures.plan(Tone.FORMAL_APOLOGY, List.of(), List.of()));

    assertThat(letter.bodies().get(0).sections().get(3).paragraphs())
        .containsExactly(
            "The fault is in the product we sold you, and that is on us. Thank you for telling"
                + " us: it helps us spare other customers the same problem.");
  }

  @Test
  void aStaffConductEscalationPromisesAManagersCallInEveryLanguageWithoutNamingThem() {
    RecoveryPlan plan =
        LetterFixtures.plan(
            Tone.FORMAL_APOLOGY,
            List.of(
                new Escalation(
                    "store-manager-7", Escalation.Why.STAFF_CONDUCT, LetterFixtures.days(2))),
            List.of());

    for (Locale locale : LetterFixtures.SHIPPED) {
      Letter letter =
          Letter.builder(LetterFixtures.complaint(locale), plan).zone(ZoneId.of("UTC")).build();

      assertThat(kinds(letter)).as("%s", locale).contains(SOLUTION);
      assertThat(letter.toText()).as("%s", locale).doesNotContain("store-manager-7");
    }
    Letter english = letter(plan);
    LetterSection solution =
        english.bodies().get(0).sections().stream()
            .filter(s -> s.kind() == SOLUTION)
            .findFirst()
            .orElseThrow();
    assertThat(solution.steps())
        .singleElement()
        .asString()
        .startsWith("A manager will contact you personally by ")
        .endsWith(" to hear what happened and to set things right.");
  }

  @Test
  void severeHarmAndPublicComplaintEscalationsPromiseAPersonalContact() {
    for (Escalation.Why why :
        List.of(Escalation.Why.SEVERE_HARM, Escalation.Why.PUBLIC_COMPLAINT)) {
      Letter letter =
          letter(
              LetterFixtures.plan(
                  Tone.FORMAL_APOLOGY,
                  List.of(new Escalation("duty-lead", why, LetterFixtures.days(1))),
                  List.of()));

      assertThat(kinds(letter)).as("%s", why).contains(SOLUTION);
      assertThat(letter.toText())
          .as("%s", why)
          .containsAnyOf(
              "will contact you personally by", "will get in touch with you personally by")
          .doesNotContain("duty-lead");
    }
  }

  @Test
  void itemStepsWordTheQuantityAsProseInEveryLanguage() {
    RecoveryPlan plan =
        LetterFixtures.plan(
            Tone.FORMAL_APOLOGY,
            List.of(
                new Replacement(LetterFixtures.SKU, 2, LetterFixtures.days(1)),
                new Reship(LetterFixtures.SKU, 1, LetterFixtures.days(1), false)),
            List.of());

    for (Locale locale : LetterFixtures.SHIPPED) {
      assertThat(Letter.builder(LetterFixtures.complaint(locale), plan).build().toText())
          .as("%s", locale)
          .doesNotContain("\u00d7", " 2 Garlic press;", "new 2 ");
    }
    List<String> steps =
        letter(plan).bodies().get(0).sections().stream()
            .filter(s -> s.kind() == SOLUTION)
            .findFirst()
            .orElseThrow()
            .steps();
    assertThat(steps.get(0))
        .startsWith(
            "We are sending you replacements for your two \u201cGarlic press\u201d items, at no cost"
                + " to you; they will leave our warehouse by");
    assertThat(steps.get(1))
        .startsWith("We are sending your Garlic press again, at no cost to you; it will leave");
  }

  @Test
  void internalActionsAreNeverToldToTheCustomer() {
    Letter letter =
        letter(
            LetterFixtures.plan(
                Tone.FORMAL_APOLOGY,
                List.of(
                    new Escalation(
                        "Priya Raman", Escalation.Why.ABUSE_SIGNAL, LetterFixtures.days(1)),
                    new Approval(Money.of("500.00", "USD"), "Finance team", LetterFixtures.days(2)),
                    new StopSaleReview(LetterFixtures.SKU, "3 DAMAGED incidents in 180 days")),
                List.of()));

    assertThat(kinds(letter)).doesNotContain(SOLUTION, CHANGES);
    assertThat(letter.toText())
        .doesNotContain("Priya", "Finance", "500", "incidents", "review", "escalat");
  }

  @Test
  void aPersonalOwnerIsToldAsTheLastStepWithoutTheInternalRoutingId() {
    Letter letter =
        letter(
            LetterFixtures.plan(
                Tone.FORMAL_APOLOGY,
                List.of(
                    new Refund(LetterFixtures.PRICE, List.of(LetterFixtures.SKU)),
                    new Escalation(
                        "Priya Raman", Escalation.Why.REPEATED_FAILURES, LetterFixtures.days(1))),
                List.of(
                    OwnershipStatement.of(
                        OwnershipKey.PERSONAL_OWNER, "owner", "customer-care-lead"))));

    LetterSection solution = letter.bodies().get(0).sections().get(4);
    assertThat(solution.heading()).contains("What we are doing");
    assertThat(solution.steps())
        .hasSize(2)
        .last()
        .isEqualTo(
            "From now on, one person on our team will look after your account personally; reply"
                + " to this message to reach them directly.");
    assertThat(letter.toText()).doesNotContain("customer-care-lead");
  }

  @Test
  void theNoReturnPromiseIsMadeOnceWithTheFirstPhysicalRemedy() {
    Letter letter =
        letter(
            LetterFixtures.plan(
                Tone.FORMAL_APOLOGY,
                List.of(
                    new Refund(LetterFixtures.PRICE, List.of(LetterFixtures.SKU)),
                    new Replacement(LetterFixtures.SKU, 1, LetterFixtures.days(1))),
                List.of()));

    assertThat(letter.bodies().get(0).plainText().split("no need to send anything back", -1))
        .hasSize(2);
    assertThat(letter.bodies().get(0).sections().get(4).steps().get(0))
        .endsWith("There is no need to send anything back.");
  }

  @Test
  void moneyIsFormattedByTheJdkForTheLetterLocale() {
    for (Locale locale : LetterFixtures.SHIPPED) {
      NumberFormat f = NumberFormat.getCurrencyInstance(locale);
      f.setCurrency(Currency.getInstance("USD"));
      String expected = f.format(LetterFixtures.PRICE.amount());

      Letter letter =
          Letter.builder(
                  LetterFixtures.complaint(locale), LetterFixtures.typical(Tone.FORMAL_APOLOGY))
              .build();

      assertThat(letter.bodies().get(0).sections().get(4).steps().get(0)).contains(expected);
    }
  }

  @Test
  void datesAreWrittenInTheCustomersZone() {
    Instant lateUtc = Instant.parse("2026-11-27T23:30:00Z");
    RecoveryPlan plan =
        LetterFixtures.plan(
            Tone.FORMAL_APOLOGY,
            List.of(new FollowUp(lateUtc, FollowUp.Why.CONFIRM_RESOLVED)),
            List.of());

    Letter utc = Letter.builder(LetterFixtures.complaint(Locale.ENGLISH), plan).build();
    Letter tokyo =
        Letter.builder(LetterFixtures.complaint(Locale.ENGLISH), plan)
            .zone(ZoneId.of("Asia/Tokyo"))
            .build();

    assertThat(utc.toText()).contains("on November 27 to make sure");
    assertThat(tokyo.toText()).contains("on November 28 to make sure");
  }

  @Test
  void theHostOverridesTheTone() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .tone(Tone.FRIENDLY_FIX)
            .build();

    assertThat(letter.tone()).isEqualTo(Tone.FRIENDLY_FIX);
    assertThat(letter.toText()).startsWith("Hi Dana Whitfield,");
  }

  @Test
  void aBilingualLetterPutsTheCustomersLanguageFirstThenEnglish() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.GERMAN),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .secondLocale(Locale.ENGLISH)
            .build();

    assertThat(letter.bodies())
        .extracting(LetterBody::locale)
        .containsExactly(Locale.GERMAN, Locale.ENGLISH);
    String text = letter.toText();
    assertThat(text.indexOf("Guten Tag")).isLessThan(text.indexOf("English version"));
    assertThat(text.indexOf("English version")).isLessThan(text.indexOf("Dear Dana"));
  }

  @Test
  void aSecondLocaleInTheSameLanguageIsIgnoredWithAWarning() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .secondLocale(Locale.UK)
            .build();

    assertThat(letter.bodies()).hasSize(1);
    assertThat(letter.warnings())
        .containsExactly(
            "second locale 'en-GB' is the letter's own language; the letter has one language");
  }

  @Test
  void theCustomersMessageIsQuotedOnlyWhenAsked() {
    String message = "The handle snapped the first time I used it.";

    Letter quiet = letter(LetterFixtures.typical(Tone.FORMAL_APOLOGY));
    Letter quoting =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.typical(Tone.FORMAL_APOLOGY))
            .quoteMessage(true)
            .build();

    assertThat(quiet.toText()).doesNotContain("snapped");
    assertThat(quoting.bodies().get(0).sections().get(2).paragraphs().get(0))
        .endsWith("You wrote: \u201c" + message + "\u201d");
  }

  @Test
  void aStatementMissingAParameterItsPhraseNeedsFailsNamingIt() {
    RecoveryPlan plan =
        LetterFixtures.plan(
            Tone.FORMAL_APOLOGY,
            List.of(),
            List.of(OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME)));

    assertThatThrownBy(() -> letter(plan))
        .isInstanceOf(LetterException.class)
        .hasMessage(
            "ownership statement NOT_THE_FIRST_TIME of plan c-1001 needs parameter 'count' for"
                + " phrase 'own.NOT_THE_FIRST_TIME' (en) but has []");
  }

  @Test
  void aRootCauseWithoutAnAreaIsNotClaimedAsFound() {
    RecoveryPlan plan =
        LetterFixtures.plan(
            Tone.FORMAL_APOLOGY,
            List.of(),
            List.of(OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX)));

    assertThat(letter(plan).bodies().get(0).plainText())
        .contains("We do not yet know what caused this. We are finding out")
        .doesNotContain("traced");
  }

  @Test
  void aPlanForAnotherComplaintIsRefused() {
    RecoveryPlan other =
        new RecoveryPlan(
            "c-9",
            List.of(),
            LetterFixtures.RECEIVED,
            Tone.FRIENDLY_FIX,
            List.of(),
            0.5,
            org.recovery.core.AccountStatus.GREEN,
            LetterFixtures.typical(Tone.FRIENDLY_FIX).reasons());

    assertThatThrownBy(() -> Letter.builder(LetterFixtures.complaint(Locale.ENGLISH), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("plan.complaintId must be the complaint's id \"c-1001\" but was \"c-9\"");
  }

  @Test
  void aLetterWithoutOrderLinesSpeaksOfTheOrder() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(
                    Locale.ENGLISH,
                    org.recovery.core.IssueKind.LATE_DELIVERY,
                    org.recovery.core.Cause.CARRIER,
                    false),
                LetterFixtures.plan(Tone.FRIENDLY_FIX, List.of(), List.of()))
            .build();

    assertThat(letter.bodies().get(0).sections().get(1).paragraphs())
        .containsExactly("We're sorry about the late delivery of your order.");
  }

  private static org.recovery.core.Complaint calmAccountComplaint() {
    return LetterFixtures.complaint(Locale.ENGLISH).toBuilder()
        .kind(org.recovery.core.IssueKind.ACCOUNT_PROBLEM)
        .mood(org.recovery.core.Mood.CALM)
        .customer(LetterFixtures.complaint(Locale.ENGLISH).customer().withGivenName("Dana"))
        .build();
  }

  @Test
  void aCalmCustomersAccountFixWithARefundStillSmiles() {
    Letter letter =
        Letter.builder(
                calmAccountComplaint(),
                LetterFixtures.plan(
                    Tone.FRIENDLY_FIX,
                    List.of(
                        new org.recovery.core.action.Refund(LetterFixtures.PRICE, List.of()),
                        new AccountFix(AccountFix.Change.UNSUBSCRIBE)),
                    List.of()))
            .build();

    assertThat(letter.toText()).contains("Done! You're unsubscribed. \uD83D\uDE42");
  }

  @Test
  void aStepStillToComeTakesTheSmileAway() {
    Letter letter =
        Letter.builder(
                calmAccountComplaint(),
                LetterFixtures.plan(
                    Tone.FRIENDLY_FIX,
                    List.of(
                        new AccountFix(AccountFix.Change.UNSUBSCRIBE),
                        new org.recovery.core.action.Replacement(
                            LetterFixtures.SKU, 1, LetterFixtures.days(1))),
                    List.of()))
            .build();

    assertThat(letter.toText()).contains("Done! You're unsubscribed.").doesNotContain("\uD83D");
  }

  @Test
  void aPersonalOwnerWithoutANameReadsAsTheShippedSentence() {
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.plan(
                    Tone.FORMAL_APOLOGY,
                    List.of(),
                    List.of(
                        org.recovery.core.OwnershipStatement.of(
                            org.recovery.core.OwnershipKey.PERSONAL_OWNER))))
            .build();

    assertThat(letter.toText(500))
        .contains(
            "From now on, one person on our team will look after your account personally;"
                + " reply to this message to reach them directly.");
  }

  @Test
  void aHostPhraseNamingThePersonalOwnerNamesThem() {
    PhraseBook book =
        PhraseBook.builder()
            .phrase(
                Locale.ENGLISH,
                "own.PERSONAL_OWNER",
                "From now on {owner} will look after your account personally.")
            .build();
    Letter letter =
        Letter.builder(
                LetterFixtures.complaint(Locale.ENGLISH),
                LetterFixtures.plan(
                    Tone.FORMAL_APOLOGY,
                    List.of(),
                    List.of(
                        LetterFixtures.statement(org.recovery.core.OwnershipKey.PERSONAL_OWNER))))
            .phrases(book)
            .build();

    assertThat(letter.toText(500))
        .contains("From now on Priya Raman will look after your account personally.");
  }
}
