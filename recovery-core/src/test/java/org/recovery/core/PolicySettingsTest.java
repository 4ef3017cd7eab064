package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.recovery.core.action.Guidance;

class PolicySettingsTest {

  @Test
  void twoBuildersGivenTheSameSettingsBuildEqualPolicies() {
    qt().withExamples(300)
        .forAll(PolicyRecipes.recipes())
        .checkAssert(
            recipe -> {
              RecoveryPolicy first = recipe.build();
              RecoveryPolicy second = recipe.build();

              assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
              assertThat(second.settings()).isEqualTo(first.settings());
            });
  }

  @Test
  void toBuilderKeepsEverySetting() {
    qt().withExamples(300)
        .forAll(PolicyRecipes.recipes())
        .checkAssert(
            recipe -> {
              RecoveryPolicy policy = recipe.build();

              assertThat(policy.toBuilder().build()).isEqualTo(policy).hasSameHashCodeAs(policy);
            });
  }

  @Test
  void changingAnyOneSettingMakesADifferentPolicy() {
    var soft = new SoftAssertions();
    RecoveryPolicy defaults = RecoveryPolicy.defaults();

    changes()
        .forEach(
            (name, change) -> {
              var b = RecoveryPolicy.builder();
              change.accept(b);
              soft.assertThat(b.build()).as(name).isNotEqualTo(defaults);
            });

    soft.assertAll();
  }

  @Test
  void settingsReadBackWhatTheBuilderSet() {
    RecoveryPolicy p =
        RecoveryPolicy.builder()
            .approver("finance-desk")
            .abuseRefundCount(5)
            .publicComplaintOwner("social-desk")
            .guidanceFallback(Guidance.Fallback.REPLACEMENT)
            .respondWithin(Channel.CHAT, Severity.MINOR, Mood.CALM, Duration.ofMinutes(5))
            .build();

    PolicySettings s = p.settings();
    assertThat(s.refunds().approver()).isEqualTo("finance-desk");
    assertThat(s.refunds().abuse().refundCount()).isEqualTo(5);
    assertThat(s.refunds().abuse().refundTotal(Currency.getInstance("USD")))
        .contains(Money.of("600.00", "USD"));
    assertThat(s.owners().publicComplaint()).isEqualTo("social-desk");
    assertThat(s.fulfilment().guidanceFallback()).isEqualTo(Guidance.Fallback.REPLACEMENT);
    assertThat(s.respondBy().table().within(Channel.CHAT, Severity.MINOR, Mood.CALM))
        .isEqualTo(Duration.ofMinutes(5));
    assertThat(s.respondBy().table()).hasToString("RespondByTable[CHAT/MINOR/CALM=PT5M]");
  }

  @Test
  void settingsCannotBeChangedThroughTheirMaps() {
    PolicySettings s = RecoveryPolicy.defaults().settings();

    assertThatThrownBy(() -> s.remedies().put(IssueKind.OTHER, Remedy.REFUND))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> s.refunds().autoApproveLimits().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(s.remedy(IssueKind.OTHER)).isEqualTo(Remedy.AGENT_RESOLVES);
  }

  @Test
  void aGroupMadeByAHostIsCheckedWithTheBuildersMessages() {
    assertThatThrownBy(
            () ->
                new PolicySettings.Repeats(
                    Duration.ZERO, Duration.ofDays(1), 2, 3, "lead", Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repeatWindow must be positive but was PT0S");
    assertThatThrownBy(() -> new PolicySettings.Goodwill(0.85, 1.5, 0.75, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repeatDecay must be between 0 and 1 but was 1.5");
    assertThatThrownBy(
            () ->
                new PolicySettings.Refunds(
                    Map.of(Currency.getInstance("EUR"), Money.of("5.00", "USD")),
                    "approvals",
                    Duration.ofHours(1),
                    RecoveryPolicy.defaults().settings().refunds().abuse()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("autoApproveLimit for EUR must be in EUR but was 5.00 USD");
  }

  @Test
  void settingsWithoutARemedyForEveryKindAreRefused() {
    PolicySettings d = RecoveryPolicy.defaults().settings();

    assertThatThrownBy(
            () ->
                new PolicySettings(
                    Map.of(IssueKind.DAMAGED, Remedy.REPLACE),
                    d.repeats(),
                    d.goodwill(),
                    d.credits(),
                    d.refunds(),
                    d.fulfilment(),
                    d.owners(),
                    d.respondBy()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("remedies must name every kind of problem but lacks WRONG_ITEM");
  }

  /** One change away from the defaults for every setting the builder has. */
  private static Map<String, Consumer<RecoveryPolicyBuilder>> changes() {
    var c = new LinkedHashMap<String, Consumer<RecoveryPolicyBuilder>>();
    c.put("remedy", b -> b.remedy(IssueKind.OTHER, Remedy.REFUND));
    c.put("repeatWindow", b -> b.repeatWindow(Duration.ofDays(181)));
    c.put("recentWithin", b -> b.recentWithin(Duration.ofDays(29)));
    c.put("formalAfter", b -> b.formalAfter(3));
    c.put("escalateAfter", b -> b.escalateAfter(4));
    c.put("accountOwner", b -> b.accountOwner("someone-else"));
    c.put("escalationWithin", b -> b.escalationWithin(Duration.ofHours(5)));
    c.put("firstFailureGoodwill", b -> b.firstFailureGoodwill(0.8));
    c.put("repeatDecay", b -> b.repeatDecay(0.5));
    c.put("sameKindDecay", b -> b.sameKindDecay(0.7));
    c.put("recentDecay", b -> b.recentDecay(0.7));
    c.put("seriousFirstCreditPercent", b -> b.seriousFirstCreditPercent(5));
    c.put("repeatCreditPercent", b -> b.repeatCreditPercent(20));
    c.put("escalatedCreditPercent", b -> b.escalatedCreditPercent(30));
    c.put("creditValidFor", b -> b.creditValidFor(Duration.ofDays(60)));
    c.put("autoApproveLimit", b -> b.autoApproveLimit(Money.of("250.00", "USD")));
    c.put("approver", b -> b.approver("someone-else"));
    c.put("approvalWithin", b -> b.approvalWithin(Duration.ofHours(12)));
    c.put("abuseRefundCount", b -> b.abuseRefundCount(4));
    c.put("abuseRefundTotal", b -> b.abuseRefundTotal(Money.of("1000", "JPY")));
    c.put("abuseReviewer", b -> b.abuseReviewer("someone-else"));
    c.put("abuseReviewWithin", b -> b.abuseReviewWithin(Duration.ofHours(24)));
    c.put("shipWithin", b -> b.shipWithin(Duration.ofHours(12)));
    c.put("guidanceFollowUpAfter", b -> b.guidanceFollowUpAfter(Duration.ofDays(2)));
    c.put("arrivalFollowUpAfter", b -> b.arrivalFollowUpAfter(Duration.ofDays(2)));
    c.put("guidanceFallback", b -> b.guidanceFallback(Guidance.Fallback.REPLACEMENT));
    c.put("askForItemBack", b -> b.askForItemBack(false));
    c.put("investigateLots", b -> b.investigateLots(false));
    c.put("staffConductOwner", b -> b.staffConductOwner("someone-else"));
    c.put("severeHarmOwner", b -> b.severeHarmOwner("someone-else"));
    c.put("publicComplaintOwner", b -> b.publicComplaintOwner("someone-else"));
    c.put(
        "respondWithin",
        b -> b.respondWithin(Channel.SURVEY, Severity.CRITICAL, Mood.ANGRY, Duration.ofMinutes(1)));
    c.put("publicLowRatingWithin", b -> b.publicLowRatingWithin(Duration.ofMinutes(20)));
    c.put("topPriorityWithin", b -> b.topPriorityWithin(Duration.ofMinutes(20)));
    return c;
  }
}
