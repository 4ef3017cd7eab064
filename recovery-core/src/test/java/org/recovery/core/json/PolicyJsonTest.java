package org.recovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.recovery.core.Channel;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.PolicyRecipes;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Remedy;
import org.recovery.core.Severity;

class PolicyJsonTest {
  private final PolicyJson json = PolicyJson.defaults();

  private PolicyConfigException failure(String document) {
    try {
      json.read(document);
    } catch (PolicyConfigException e) {
      return e;
    }
    throw new AssertionError("expected a PolicyConfigException for " + document);
  }

  @Test
  void emptyDocumentIsTheDefaultPolicy() {
    assertThat(json.read("{}")).isEqualTo(RecoveryPolicy.defaults());
  }

  @Test
  void documentSetsWhatItNamesAndKeepsTheRestAtTheDefaults() {
    RecoveryPolicy p =
        json.read(
            """
            {
              "remedies": {"DAMAGED": "REFUND"},
              "repeats": {"window": "P90D", "formalAfter": 2, "escalateAfter": 4},
              "refunds": {"autoApproveLimit": {"USD": "150.00", "JPY": "30000"}},
              "respondBy": {"table": [
                {"channel": "EMAIL", "severity": "MODERATE", "mood": "CALM", "within": "PT4H"}
              ]}
            }
            """);

    assertThat(p.settings().remedy(IssueKind.DAMAGED)).isEqualTo(Remedy.REFUND);
    assertThat(p.settings().remedy(IssueKind.WRONG_SIZE)).isEqualTo(Remedy.EXCHANGE);
    assertThat(p.settings().repeats().window()).isEqualTo(Duration.ofDays(90));
    assertThat(p.settings().repeats().escalateAfter()).isEqualTo(4);
    assertThat(p.settings().refunds().autoApproveLimit(Currency.getInstance("USD")))
        .contains(Money.of("150.00", "USD"));
    assertThat(p.settings().refunds().autoApproveLimit(Currency.getInstance("JPY")))
        .contains(Money.of("30000", "JPY"));
    assertThat(p.settings().refunds().autoApproveLimit(Currency.getInstance("EUR")))
        .contains(Money.of("200.00", "EUR"));
    assertThat(p.settings().respondBy().table().within(Channel.EMAIL, Severity.MODERATE, Mood.CALM))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void writtenPolicyReadsBackEqual() {
    RecoveryPolicy custom =
        RecoveryPolicy.builder()
            .remedy(IssueKind.OTHER, Remedy.REFUND)
            .repeatWindow(Duration.ofDays(120))
            .autoApproveLimit(Money.of("5000", "JPY"))
            .abuseRefundTotal(Money.of("900.00", "CHF"))
            .respondWithin(Channel.CHAT, Severity.MINOR, Mood.CALM, Duration.ofMinutes(5))
            .repeatDecay(0.5)
            .askForItemBack(false)
            .guidanceFallback(org.recovery.core.action.Guidance.Fallback.REPLACEMENT)
            .staffConductOwner("ops-lead")
            .build();

    assertThat(json.read(json.write(custom))).isEqualTo(custom);
    assertThat(json.read(json.write(RecoveryPolicy.defaults())))
        .isEqualTo(RecoveryPolicy.defaults());
  }

  /**
   * Compares with a text committed to the repository: the limits live in maps whose iteration order
   * is salted per JVM, so writing twice in one process could not catch an unsorted writer.
   */
  @Test
  void writingGivesTheCommittedTextInEveryRun() {
    var builder = RecoveryPolicy.builder();
    for (String amount : new String[] {"5000 JPY", "150.00 USD", "900.00 CHF", "120.00 EUR"}) {
      String[] parts = amount.split(" ");
      builder.autoApproveLimit(Money.of(parts[0], parts[1]));
      builder.abuseRefundTotal(Money.of(parts[0], parts[1]));
    }
    builder.remedy(IssueKind.OTHER, Remedy.REFUND).staffConductOwner("ops-lead");

    assertThat(json.write(builder.build()) + "\n")
        .isEqualTo(RecoveryJsonTest.resource("policy-golden.json"));
  }

  @Test
  void everyPolicyReadsBackEqualFromWhatIsWritten() {
    qt().withExamples(300)
        .forAll(PolicyRecipes.recipes())
        .checkAssert(
            recipe -> {
              RecoveryPolicy policy = recipe.build();

              RecoveryPolicy read = json.read(json.write(policy));

              assertThat(read).isEqualTo(policy);
              assertThat(read.settings()).isEqualTo(policy.settings());
              assertThat(json.write(read)).isEqualTo(json.write(policy));
            });
  }

  @Test
  void negativeNumberForAnAmountNamesThePathAndTheValue() {
    PolicyConfigException e = failure("{\"refunds\": {\"autoApproveLimit\": {\"USD\": -5}}}");

    assertThat(e.path()).isEqualTo("$.refunds.autoApproveLimit.USD");
    assertThat(e.getMessage())
        .isEqualTo(
            "$.refunds.autoApproveLimit.USD: expected an amount like \"150.00\" but was -5"
                + " (line 1, column 42)");
  }

  @Test
  void negativeAmountStringIsRefusedByTheRule() {
    PolicyConfigException e = failure("{\"refunds\": {\"autoApproveLimit\": {\"USD\": \"-5\"}}}");

    assertThat(e.detail()).isEqualTo("autoApproveLimit must be >= 0.00 USD but was -5.00 USD");
  }

  @Test
  void amountWithMoreDecimalsThanTheCurrencyAllowsIsRefused() {
    PolicyConfigException e = failure("{\"refunds\": {\"autoApproveLimit\": {\"JPY\": \"10.5\"}}}");

    assertThat(e.path()).isEqualTo("$.refunds.autoApproveLimit.JPY");
    assertThat(e.detail())
        .isEqualTo("amount 10.5 JPY has more than 0 decimal places; amounts are never rounded");
  }

  @Test
  void unknownCurrencyIsRefused() {
    PolicyConfigException e = failure("{\"refunds\": {\"autoApproveLimit\": {\"XYZ1\": \"1\"}}}");

    assertThat(e.detail())
        .isEqualTo("expected an ISO 4217 currency code like \"USD\" as the key but was \"XYZ1\"");
  }

  @Test
  void contradictingSettingsAreRefusedAtTheRoot() {
    PolicyConfigException e = failure("{\"repeats\": {\"formalAfter\": 3, \"escalateAfter\": 2}}");

    assertThat(e.path()).isEqualTo("$");
    assertThat(e.detail()).isEqualTo("escalateAfter must be >= formalAfter (3) but was 2");
  }

  @Test
  void unknownFieldIsRefusedNamingTheKnownOnes() {
    PolicyConfigException e = failure("{\"repeats\": {\"windw\": \"P1D\"}}");

    assertThat(e.path()).isEqualTo("$.repeats.windw");
    assertThat(e.detail())
        .isEqualTo(
            "unknown field, expected one of window, recentWithin, formalAfter, escalateAfter,"
                + " accountOwner, escalationWithin");
  }

  @Test
  void badDurationNamesThePath() {
    PolicyConfigException e = failure("{\"credits\": {\"validFor\": \"90 days\"}}");

    assertThat(e.path()).isEqualTo("$.credits.validFor");
    assertThat(e.detail())
        .isEqualTo("expected an ISO-8601 duration like \"PT48H\" but was \"90 days\"");
  }

  @Test
  void outOfRangeValueCarriesTheBuildersMessage() {
    PolicyConfigException e = failure("{\"credits\": {\"repeatPercent\": 120}}");

    assertThat(e.path()).isEqualTo("$.credits.repeatPercent");
    assertThat(e.detail()).isEqualTo("repeatCreditPercent must be between 1 and 100 but was 120");
  }

  @Test
  void unknownIssueKindAndRemedyAreRefused() {
    assertThat(failure("{\"remedies\": {\"BROKEN\": \"REFUND\"}}").detail())
        .startsWith("unknown issue kind \"BROKEN\", expected one of DAMAGED, WRONG_ITEM");
    assertThat(failure("{\"remedies\": {\"DAMAGED\": \"SHRUG\"}}").detail())
        .startsWith("expected one of REPLACE, EXCHANGE");
  }

  @Test
  void duplicateRespondByCellIsRefusedNamingTheFirst() {
    PolicyConfigException e =
        failure(
            """
            {"respondBy": {"table": [
              {"channel": "CHAT", "severity": "MINOR", "mood": "CALM", "within": "PT5M"},
              {"channel": "CHAT", "severity": "MINOR", "mood": "CALM", "within": "PT6M"}
            ]}}
            """);

    assertThat(e.path()).isEqualTo("$.respondBy.table[1]");
    assertThat(e.detail())
        .isEqualTo("duplicate respond-by cell CHAT/MINOR/CALM, first at $.respondBy.table[0]");
  }

  @Test
  void malformedJsonIsAPolicyConfigException() {
    assertThat(failure("{\"repeats\": ").path()).isEqualTo("$.repeats");
  }
}
