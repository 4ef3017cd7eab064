package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The texts a compiled policy gives its decisions, as a customer-care lead reads them. */
class PolicyReasonsTest {
  private static final PolicySettings SETTINGS = PolicySettings.defaults();
  private static final PolicyReasons REASONS = new PolicyReasons(SETTINGS);
  private static final String WINDOW = PolicyReasons.words(SETTINGS.repeats().window());

  @Test
  void durationsAreSaidInTheLargestWholeUnit() {
    assertThat(PolicyReasons.words(Duration.ofDays(180))).isEqualTo("180 days");
    assertThat(PolicyReasons.words(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(PolicyReasons.words(Duration.ofHours(36))).isEqualTo("36 hours");
    assertThat(PolicyReasons.words(Duration.ofHours(1))).isEqualTo("1 hour");
    assertThat(PolicyReasons.words(Duration.ofMinutes(90))).isEqualTo("90 minutes");
    assertThat(PolicyReasons.words(Duration.ofMinutes(1))).isEqualTo("1 minute");
  }

  @Test
  void durationsOffAWholeUnitKeepTheirIsoForm() {
    assertThat(PolicyReasons.words(Duration.ofSeconds(90))).isEqualTo("PT1M30S");
    assertThat(PolicyReasons.words(Duration.ofDays(1).plusMillis(1))).isEqualTo("PT24H0.001S");
    assertThat(PolicyReasons.words(Duration.ofHours(2).plusNanos(1))).isEqualTo("PT2H0.000000001S");
    assertThat(PolicyReasons.words(Duration.ofMinutes(3).plusNanos(1)))
        .isEqualTo("PT3M0.000000001S");
  }

  @Test
  void respondByReasonsNameTheTimeMoodSeverityAndChannel() {
    Reason angry =
        REASONS
            .respondTable[RespondByTable.index(Channel.SOCIAL_MEDIA, Severity.MAJOR, Mood.ANGRY)];
    Reason calm =
        REASONS.respondTable[RespondByTable.index(Channel.WEB_FORM, Severity.MINOR, Mood.CALM)];

    assertThat(angry.rule()).isEqualTo(PolicyReasons.RESPOND_TABLE);
    assertThat(angry.text())
        .isEqualTo(
            "Respond within "
                + PolicyReasons.words(
                    SETTINGS
                        .respondBy()
                        .table()
                        .within(Channel.SOCIAL_MEDIA, Severity.MAJOR, Mood.ANGRY))
                + " to an angry customer with a major problem by social media.");
    assertThat(calm.text())
        .startsWith("Respond within ")
        .endsWith(" to a calm customer with a minor problem by web form.");
  }

  @Test
  void everyRemedyReasonSaysWhatToDoUnderItsRuleId() {
    for (IssueKind kind : IssueKind.values()) {
      Reason reason = REASONS.remedy[kind.ordinal()];
      Remedy remedy = SETTINGS.remedy(kind);
      assertThat(reason.rule())
          .isEqualTo(
              "remedy."
                  + PolicyReasons.slug(kind.name())
                  + "."
                  + PolicyReasons.slug(remedy.name()));
      assertThat(reason.text()).as("%s", kind).matches("[A-Z].{15,}\\.");
    }
  }

  @Test
  void stopSaleEvidenceCountsTheComplaintsInTheWindowBelowAndAboveThePrecomputedOnes() {
    for (int count : new int[] {0, 1, PolicyReasons.PRECOMPUTED_COUNTS - 1}) {
      assertThat(REASONS.evidenceFor(count))
          .isEqualTo(count + " poor-quality complaints from this customer in " + WINDOW);
    }
    int beyond = PolicyReasons.PRECOMPUTED_COUNTS;
    assertThat(REASONS.evidenceFor(beyond))
        .isEqualTo(beyond + " poor-quality complaints from this customer in " + WINDOW);
    assertThat(REASONS.evidenceFor(1000))
        .isEqualTo("1000 poor-quality complaints from this customer in " + WINDOW);
  }

  @Test
  void notTheFirstTimeCarriesTheCountBelowAndAboveThePrecomputedOnes() {
    for (int count :
        new int[] {
          0, 2, PolicyReasons.PRECOMPUTED_COUNTS - 1, PolicyReasons.PRECOMPUTED_COUNTS, 500
        }) {
      assertThat(REASONS.notTheFirstTime(count))
          .isEqualTo(
              OwnershipStatement.of(
                  OwnershipKey.NOT_THE_FIRST_TIME, "count", Integer.toString(count)));
    }
  }

  @Test
  void repeatAndAbuseReasonsSayTheWindowInWords() {
    assertThat(WINDOW).matches("\\d+ (day|hour|minute)s?");
    assertThat(REASONS.repeatFirst.text()).contains(" in " + WINDOW + ": ");
    assertThat(REASONS.abuseTotal).isNotEmpty();
    REASONS.abuseTotal.forEach(
        (currency, reason) -> {
          assertThat(reason.rule()).isEqualTo(PolicyReasons.TRUST_ABUSE_TOTAL);
          assertThat(reason.text()).startsWith("Refunds in " + WINDOW + " total more than ");
        });
  }
}
