package org.recovery.templates;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Severity;
import org.recovery.core.Tone;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;

/**
 * Complaints and hand-made plans for letter tests: every action type, every ownership key and every
 * constant of Area, Why, Change and Fallback.
 */
final class LetterFixtures {
  static final Instant RECEIVED = Instant.parse("2026-11-20T10:15:00Z");
  static final String SKU = "GP-100";
  static final String LOT = "L2026-41";
  static final Money PRICE = Money.of("24.99", "USD");

  private LetterFixtures() {}

  static Instant days(int n) {
    return RECEIVED.plus(n, ChronoUnit.DAYS);
  }

  static Complaint complaint(Locale locale) {
    return complaint(locale, "Dana Whitfield", "The handle snapped the first time I used it.");
  }

  static Complaint complaint(Locale locale, String name, String message) {
    return Complaint.builder()
        .id("c-1001")
        .customer(Customer.of("cust-42", name, "dana@example.com", locale))
        .receivedAt(RECEIVED)
        .channel(Channel.EMAIL)
        .kind(IssueKind.DAMAGED)
        .severity(Severity.MAJOR)
        .mood(Mood.FRUSTRATED)
        .cause(Cause.PRODUCT_DEFECT)
        .orderId("o-77")
        .line(OrderLine.of(SKU, "Garlic press", LOT, 1, PRICE))
        .message(message)
        .build();
  }

  static Complaint complaint(Locale locale, IssueKind kind, Cause cause, boolean withLines) {
    var b = complaint(locale).toBuilder().kind(kind).cause(cause).lines(List.of());
    if (withLines) {
      b.line(OrderLine.of(SKU, "Garlic press", LOT, 1, PRICE));
    }
    return b.build();
  }

  static RecoveryPlan plan(Tone tone, List<RecoveryAction> actions, List<OwnershipStatement> own) {
    return new RecoveryPlan(
        "c-1001",
        actions,
        RECEIVED.plus(4, ChronoUnit.HOURS),
        tone,
        own,
        0.8,
        AccountStatus.GREEN,
        List.of(new Reason("test.fixture", "Built by hand for a letter test.")));
  }

  /** A typical serious failure: refund, replacement, optional return, fixes, credit, follow-up. */
  static RecoveryPlan typical(Tone tone) {
    return plan(
        tone,
        List.of(
            new Refund(PRICE, List.of(SKU)),
            new Replacement(SKU, 1, days(1)),
            new ReturnRequest(SKU, Optional.of(LOT), true, true),
            new Investigation(SKU, Optional.of(LOT)),
            new ProcessFix(ProcessFix.Area.QUALITY_CONTROL, Optional.of(SKU)),
            Credit.ofAmount(Money.of("10.00", "USD"), days(90)),
            new FollowUp(days(7), FollowUp.Why.CONFIRM_ARRIVAL)),
        List.of(
            OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG),
            OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", "QUALITY_CONTROL")));
  }

  /** Every action type once, and every ownership statement. */
  static RecoveryPlan everything(Tone tone) {
    return plan(tone, everyActionType(), everyOwnershipStatement());
  }

  static List<OwnershipStatement> everyOwnershipStatement() {
    List<OwnershipStatement> out = new ArrayList<>();
    for (OwnershipKey k : OwnershipKey.values()) {
      out.add(statement(k));
    }
    return out;
  }

  static OwnershipStatement statement(OwnershipKey k) {
    return switch (k) {
      case NOT_THE_FIRST_TIME -> OwnershipStatement.of(k, "count", "3");
      case ROOT_CAUSE_FIX -> OwnershipStatement.of(k, "area", "PACKAGING");
      case PERSONAL_OWNER -> OwnershipStatement.of(k, "owner", "Priya Raman");
      default -> OwnershipStatement.of(k);
    };
  }

  /** One action of each type. */
  static List<RecoveryAction> everyActionType() {
    return List.of(
        new Refund(PRICE, List.of(SKU)),
        new Replacement(SKU, 1, days(1)),
        new Exchange(SKU, 2, days(2)),
        new Guidance(Optional.of(SKU), Guidance.Fallback.REFUND),
        Credit.ofPercent(15, days(60)),
        new ReturnRequest(SKU, Optional.of(LOT), true, false),
        new Investigation(SKU, Optional.empty()),
        new ProcessFix(ProcessFix.Area.PACKAGING, Optional.empty()),
        new Escalation("Priya Raman", Escalation.Why.REPEATED_FAILURES, days(1)),
        new Approval(Money.of("120.00", "USD"), "Finance team", days(3)),
        new StopSaleReview(SKU, "3 DAMAGED incidents in 180 days"),
        new FollowUp(days(7), FollowUp.Why.CONFIRM_RESOLVED),
        new AccountFix(AccountFix.Change.UNSUBSCRIBE),
        new Reship(SKU, 1, days(1), true));
  }

  /** Every constant of every action's enums, each as its own single-action plan's action. */
  static List<RecoveryAction> everyActionVariant() {
    List<RecoveryAction> out = new ArrayList<>(everyActionType());
    out.add(new Refund(Money.of("5.00", "USD"), List.of()));
    out.add(new Reship(SKU, 3, days(2), false));
    out.add(new Investigation(SKU, Optional.of(LOT)));
    out.add(Credit.ofAmount(Money.of("20.00", "USD"), days(30)));
    for (boolean label : new boolean[] {true, false}) {
      for (boolean photos : new boolean[] {true, false}) {
        out.add(new ReturnRequest(SKU, Optional.empty(), label, photos));
      }
    }
    for (ProcessFix.Area a : ProcessFix.Area.values()) {
      out.add(new ProcessFix(a, Optional.of(SKU)));
    }
    for (FollowUp.Why w : FollowUp.Why.values()) {
      out.add(new FollowUp(days(5), w));
    }
    for (AccountFix.Change c : AccountFix.Change.values()) {
      out.add(new AccountFix(c));
    }
    for (Guidance.Fallback f : Guidance.Fallback.values()) {
      out.add(new Guidance(Optional.empty(), f));
    }
    for (Escalation.Why w : Escalation.Why.values()) {
      out.add(new Escalation("Support lead", w, days(1)));
    }
    return out;
  }

  static final List<Locale> SHIPPED =
      List.of(Locale.ENGLISH, new Locale("es"), Locale.FRENCH, Locale.GERMAN, new Locale("pt"));

  static Map<String, Locale> shippedByTag() {
    return Map.of(
        "en", Locale.ENGLISH,
        "es", new Locale("es"),
        "fr", Locale.FRENCH,
        "de", Locale.GERMAN,
        "pt", new Locale("pt"));
  }
}
