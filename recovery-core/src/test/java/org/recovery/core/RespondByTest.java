package org.recovery.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recovery.core.Fixtures.NOW;
import static org.recovery.core.Fixtures.RECEIVED;
import static org.recovery.core.Fixtures.complaint;
import static org.recovery.core.Fixtures.noHistory;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recovery.core.action.Escalation;

class RespondByTest {
  private final RecoveryPolicy policy = RecoveryPolicy.defaults();

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
    "EMAIL, MODERATE, CALM, PT8H",
    "EMAIL, MINOR, CALM, PT12H",
    "EMAIL, MAJOR, CALM, PT2H",
    "EMAIL, CRITICAL, CALM, PT1H",
    "EMAIL, MODERATE, FRUSTRATED, PT4H",
    "EMAIL, MODERATE, ANGRY, PT30M",
    "EMAIL, CRITICAL, ANGRY, PT15M",
    "WEB_FORM, MODERATE, CALM, PT8H",
    "SURVEY, MODERATE, CALM, PT24H",
    "PHONE, MODERATE, CALM, PT2H",
    "CHAT, MODERATE, CALM, PT30M",
    "CHAT, MODERATE, FRUSTRATED, PT15M",
    "CHAT, MINOR, ANGRY, PT22M",
    "CHAT, CRITICAL, ANGRY, PT15M",
    "APP_REVIEW, MODERATE, CALM, PT4H",
    "SOCIAL_MEDIA, MODERATE, CALM, PT2H",
    "SOCIAL_MEDIA, MODERATE, ANGRY, PT30M",
  })
  void respondByFollowsTheDefaultTable(
      Channel channel, Severity severity, Mood mood, Duration expected) {
    var c = complaint(IssueKind.DAMAGED).channel(channel).severity(severity).mood(mood).build();

    RecoveryPlan plan = policy.decide(c, noHistory(), NOW);

    assertThat(plan.respondBy()).isEqualTo(RECEIVED.plus(expected));
    assertThat(policy.settings().respondBy().table().within(channel, severity, mood))
        .isEqualTo(expected);
  }

  @Test
  void calmEmailRowSaysWhyInWords() {
    RecoveryPlan plan = policy.decide(complaint(IssueKind.DAMAGED).build(), noHistory(), NOW);

    assertThat(plan.reasons())
        .contains(
            new Reason(
                "respond.table",
                "Respond within 8 hours to a calm customer with a moderate problem by email."));
  }

  @Test
  void angryRowReadsAsEnglish() {
    var angry = complaint(IssueKind.DAMAGED).channel(Channel.CHAT).mood(Mood.ANGRY).build();

    RecoveryPlan plan = policy.decide(angry, noHistory(), NOW);

    assertThat(plan.reasons())
        .extracting(Reason::text)
        .anySatisfy(text -> assertThat(text).contains(" to an angry customer "))
        .noneSatisfy(text -> assertThat(text).contains(" a angry "));
  }

  @Test
  void publicReviewOfOneOrTwoStarsIsAnsweredWithinMinutesByAPerson() {
    var review = complaint(IssueKind.DAMAGED).channel(Channel.APP_REVIEW).rating(2).build();

    RecoveryPlan plan = policy.decide(review, noHistory(), NOW);

    assertThat(plan.respondBy()).isEqualTo(RECEIVED.plus(Duration.ofMinutes(30)));
    assertThat(plan.actionsOf(Escalation.class))
        .extracting(Escalation::why)
        .containsExactly(Escalation.Why.PUBLIC_COMPLAINT);
    assertThat(plan.reasons())
        .extracting(Reason::rule)
        .contains("respond.public-low-rating", "escalate.public-complaint");
  }

  @Test
  void publicReviewOfThreeStarsFollowsTheTable() {
    var review = complaint(IssueKind.DAMAGED).channel(Channel.APP_REVIEW).rating(3).build();

    assertThat(policy.decide(review, noHistory(), NOW).respondBy())
        .isEqualTo(RECEIVED.plus(Duration.ofHours(4)));
  }

  @Test
  void criticalHarmGoesToAManagerByTheDeadline() {
    var critical = complaint(IssueKind.DAMAGED).severity(Severity.CRITICAL).build();

    RecoveryPlan plan = policy.decide(critical, noHistory(), NOW);

    assertThat(plan.actionsOf(Escalation.class))
        .containsExactly(
            new Escalation(
                "customer-care-manager",
                Escalation.Why.SEVERE_HARM,
                RECEIVED.plus(Duration.ofHours(1))));
  }

  @Test
  void configuredCellReplacesTheDefault() {
    RecoveryPolicy quick =
        RecoveryPolicy.builder()
            .respondWithin(Channel.EMAIL, Severity.MODERATE, Mood.CALM, Duration.ofHours(2))
            .build();

    assertThat(quick.decide(complaint(IssueKind.DAMAGED).build(), noHistory(), NOW).respondBy())
        .isEqualTo(RECEIVED.plus(Duration.ofHours(2)));
  }

  @Test
  void defaultTableNeverGivesAnAngrierCustomerOrAWorseProblemMoreTime() {
    for (Channel channel : Channel.values()) {
      for (Severity severity : Severity.values()) {
        for (Mood mood : Mood.values()) {
          Duration cell = policy.settings().respondBy().table().within(channel, severity, mood);
          if (mood.ordinal() > 0) {
            assertThat(cell)
                .as("%s %s %s", channel, severity, mood)
                .isLessThanOrEqualTo(
                    policy
                        .settings()
                        .respondBy()
                        .table()
                        .within(channel, severity, Mood.values()[mood.ordinal() - 1]));
          }
          if (severity.ordinal() > 0) {
            assertThat(cell)
                .as("%s %s %s", channel, severity, mood)
                .isLessThanOrEqualTo(
                    policy
                        .settings()
                        .respondBy()
                        .table()
                        .within(channel, Severity.values()[severity.ordinal() - 1], mood));
          }
        }
      }
    }
  }
}
