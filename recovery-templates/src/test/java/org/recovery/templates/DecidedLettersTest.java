package org.recovery.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Mood;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.Severity;
import org.recovery.core.Tone;
import org.recovery.core.action.ActionType;

/** Letters for real decisions of the default policy, across every kind of issue. */
class DecidedLettersTest {
  private static final RecoveryPolicy POLICY = RecoveryPolicy.defaults();
  private static final OwnershipChecker CHECKER = OwnershipChecker.defaults();

  @Test
  void everyIssueKindGetsALetterThatPassesTheCheckerInEveryLanguage() throws Exception {
    List<String> failures = new ArrayList<>();
    Set<ActionType> seenActions = EnumSet.noneOf(ActionType.class);
    Set<OwnershipKey> seenStatements = EnumSet.noneOf(OwnershipKey.class);
    Set<Tone> seenTones = EnumSet.noneOf(Tone.class);
    for (IssueKind kind : IssueKind.values()) {
      for (Cause cause : Cause.values()) {
        for (int earlier : new int[] {0, 1, 3}) {
          for (boolean serious : new boolean[] {false, true}) {
            Complaint complaint = complaint(kind, cause, serious);
            CustomerHistory history = history(complaint, earlier);
            Instant now = complaint.receivedAt().plus(5, ChronoUnit.MINUTES);
            RecoveryPlan plan = POLICY.decide(complaint, history, now);
            plan.actions().forEach(a -> seenActions.add(a.type()));
            plan.ownership().forEach(s -> seenStatements.add(s.key()));
            seenTones.add(plan.tone());
            for (Locale locale : LetterFixtures.SHIPPED) {
              var builder = Letter.builder(complaint, plan).locale(locale);
              if (!locale.equals(Locale.ENGLISH)) {
                builder.secondLocale(Locale.ENGLISH);
              }
              Letter letter = builder.build();
              String what = kind + "/" + cause + "/" + earlier + "/" + serious + "/" + locale;
              check(letter, what, failures);
            }
          }
        }
      }
    }
    assertThat(failures).isEmpty();
    assertThat(seenTones).containsExactlyInAnyOrder(Tone.values());
    assertThat(seenActions).contains(ActionType.REFUND, ActionType.ESCALATION);
    assertThat(seenStatements).contains(OwnershipKey.PERSONAL_OWNER);
  }

  private static void check(Letter letter, String what, List<String> failures) throws Exception {
    assertThat(letter.warnings()).as(what).isEmpty();
    for (LetterBody body : letter.bodies()) {
      CHECKER.check(body.plainText(), body.locale()).forEach(f -> failures.add(what + ": " + f));
    }
    for (String out : List.of(letter.toText(), letter.toHtml(), letter.toMarkdown())) {
      if (out.contains("{") || out.contains("}")) {
        failures.add(what + ": brace in output");
      }
    }
    LetterRenderingTest.parseXhtml(letter.toHtml());
  }

  private static Complaint complaint(IssueKind kind, Cause cause, boolean serious) {
    var b = LetterFixtures.complaint(Locale.ENGLISH).toBuilder().kind(kind).cause(cause);
    if (serious) {
      b.severity(Severity.CRITICAL).mood(Mood.ANGRY).channel(Channel.APP_REVIEW).rating(1);
    } else {
      b.severity(Severity.MINOR).mood(Mood.CALM);
    }
    return b.build();
  }

  private static CustomerHistory history(Complaint complaint, int earlier) {
    CustomerHistory h = CustomerHistory.empty(complaint.customer().id());
    for (int i = 1; i <= earlier; i++) {
      h =
          h.withIncident(
              new Incident(
                  "earlier-" + i,
                  complaint.receivedAt().minus(10L * i, ChronoUnit.DAYS),
                  complaint.kind(),
                  true,
                  Optional.empty(),
                  true));
    }
    return h;
  }

  @Test
  void aRepeatedFailureGetsAFormalLetterWithAPersonalOwnerButNeverTheirRoutingId() {
    Complaint complaint = complaint(IssueKind.DAMAGED, Cause.PRODUCT_DEFECT, false);
    RecoveryPlan plan =
        POLICY.decide(
            complaint, history(complaint, 3), complaint.receivedAt().plus(1, ChronoUnit.MINUTES));

    Letter letter = Letter.builder(complaint, plan).build();

    assertThat(plan.tone()).isEqualTo(Tone.FORMAL_APOLOGY);
    Optional<String> owner =
        plan.ownership().stream()
            .filter(s -> s.key() == OwnershipKey.PERSONAL_OWNER)
            .map(OwnershipStatement::parameters)
            .map(p -> p.get("owner"))
            .findFirst();
    assertThat(owner).isPresent();
    assertThat(letter.bodies().get(0).plainText())
        .contains("one person on our team will look after your account personally")
        .doesNotContain(owner.get());
  }
}
