package org.recovery.core;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Approval;
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
 * The steps of a decision that deal with the problem itself, compiled from a policy's settings: the
 * remedy committed now, its approval on trust, the investigation of the production run and the fix
 * for everyone. {@link PolicyRules#decide} calls them in the practice's order; like the rest of the
 * engine they append to the plan's lists and allocate nothing but the plan's own actions.
 */
final class RemedyRules {
  private static final AccountFix ACCOUNT_FIX_AS_REQUESTED =
      new AccountFix(AccountFix.Change.AS_REQUESTED);

  /** ISO 4217 numeric codes are below 1000; per-currency settings are looked up by them. */
  private static final int CODES = 1000;

  private final Remedy[] remedies = new Remedy[IssueKind.values().length];
  private final FulfilmentSettings fulfilment;
  private final PolicySettings.Refunds refunds;
  private final PolicySettings.Owners owners;
  private final PolicyReasons reason;
  private final Money[] autoApproveByCode = new Money[CODES];

  RemedyRules(PolicySettings s, PolicyReasons reason) {
    for (IssueKind kind : IssueKind.values()) {
      remedies[kind.ordinal()] = s.remedy(kind);
    }
    fulfilment = s.fulfilment();
    refunds = s.refunds();
    owners = s.owners();
    this.reason = reason;
    for (Money limit : refunds.autoApproveLimits().values()) {
      if (indexed(limit.currency())) {
        autoApproveByCode[limit.currency().getNumericCode()] = limit;
      }
    }
  }

  /** Returns the policy's remedy for a kind of problem. */
  Remedy remedyFor(IssueKind kind) {
    return remedies[kind.ordinal()];
  }

  /**
   * {@code remedy.<kind>.<remedy>}, {@code remedy.no-lines}: commits the remedy now, on trust.
   *
   * @return the refund, when the remedy is one
   */
  @Nullable Money remedy(
      Complaint complaint,
      Remedy remedy,
      Instant respondBy,
      Instant now,
      PlanList<RecoveryAction> actions,
      PlanList<Reason> reasons) {
    List<OrderLine> lines = complaint.lines();
    if (lines.isEmpty() && remedy.needsLines()) {
      reasons.append(reason.noLines);
      actions.append(new FollowUp(respondBy, FollowUp.Why.CONFIRM_RESOLVED));
      return null;
    }
    reasons.append(reason.remedy[complaint.kind().ordinal()]);
    switch (remedy) {
      case REPLACE, EXCHANGE, RESHIP -> ship(remedy, lines, now, actions);
      case REFUND -> {
        Money total = total(lines);
        actions.append(new Refund(total, skus(lines)));
        return total;
      }
      case GUIDE -> {
        actions.append(
            new Guidance(
                lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(0).sku()),
                fulfilment.guidanceFallback()));
        actions.append(
            new FollowUp(
                now.plus(fulfilment.guidanceFollowUpAfter()), FollowUp.Why.CHECK_GUIDANCE_HELPED));
      }
      case CONFIRM_ARRIVAL ->
          actions.append(
              new FollowUp(
                  now.plus(fulfilment.arrivalFollowUpAfter()), FollowUp.Why.CONFIRM_ARRIVAL));
      case ACCOUNT_FIX -> actions.append(ACCOUNT_FIX_AS_REQUESTED);
      case PERSONAL_APOLOGY ->
          actions.append(
              new Escalation(owners.staffConduct(), Escalation.Why.STAFF_CONDUCT, respondBy));
      case AGENT_RESOLVES -> actions.append(new FollowUp(respondBy, FollowUp.Why.CONFIRM_RESOLVED));
    }
    return null;
  }

  /** Ships every line now, before anything comes back: a replacement, the right item, or again. */
  private void ship(
      Remedy remedy, List<OrderLine> lines, Instant now, PlanList<RecoveryAction> actions) {
    Instant shipBy = now.plus(fulfilment.shipWithin());
    for (int i = 0, n = lines.size(); i < n; i++) {
      OrderLine line = lines.get(i);
      actions.append(
          switch (remedy) {
            case REPLACE -> new Replacement(line.sku(), line.quantity(), shipBy);
            case EXCHANGE -> new Exchange(line.sku(), line.quantity(), shipBy);
            default -> new Reship(line.sku(), line.quantity(), shipBy, true);
          });
    }
    if (remedy == Remedy.RESHIP) {
      actions.append(
          new FollowUp(now.plus(fulfilment.arrivalFollowUpAfter()), FollowUp.Why.CONFIRM_ARRIVAL));
    }
  }

  /**
   * {@code trust.on-trust}, {@code trust.approval-above-limit}: the refund stands; a large one is
   * approved after the fact.
   */
  void trust(
      @Nullable Money refund,
      Instant now,
      PlanList<RecoveryAction> actions,
      PlanList<Reason> reasons) {
    if (refund == null) {
      return;
    }
    reasons.append(reason.onTrust);
    Currency c = refund.currency();
    Money limit = indexed(c) ? autoApproveByCode[c.getNumericCode()] : null;
    if (limit == null || limit.currency() != c) {
      // Not indexed, or two currencies share a numeric code: ask the map.
      limit = refunds.autoApproveLimits().get(c);
    }
    if (limit == null) {
      if (refund.amount().signum() > 0) {
        actions.append(
            new Approval(refund, refunds.approver(), now.plus(refunds.approvalWithin())));
        reasons.append(reason.approvalAboveLimit);
      }
    } else if (refund.amount().compareTo(limit.amount()) > 0) {
      actions.append(
          new Approval(
              refund.minus(limit), refunds.approver(), now.plus(refunds.approvalWithin())));
      reasons.append(reason.approvalAboveLimit);
    }
  }

  /**
   * {@code investigate.ask-item-back}, {@code investigate.lot}, {@code stop-sale.repeat-defect}:
   * check the production run, never as a condition.
   */
  void investigate(
      Complaint complaint,
      int earlierPoorQuality,
      PlanList<RecoveryAction> actions,
      PlanList<Reason> reasons) {
    IssueKind kind = complaint.kind();
    List<OrderLine> lines = complaint.lines();
    int lineCount = lines.size();
    if (lineCount == 0) {
      return;
    }
    if ((kind == IssueKind.DAMAGED || kind == IssueKind.POOR_QUALITY)
        && fulfilment.askForItemBack()) {
      OrderLine first = lines.get(0);
      actions.append(new ReturnRequest(first.sku(), first.lot(), true, true));
      reasons.append(reason.askItemBack);
    }
    if (kind == IssueKind.DAMAGED && fulfilment.investigateLots()) {
      for (int i = 0; i < lineCount; i++) {
        OrderLine line = lines.get(i);
        actions.append(new Investigation(line.sku(), line.lot()));
      }
      reasons.append(reason.investigateLot);
    }
    if (kind == IssueKind.POOR_QUALITY && earlierPoorQuality > 0) {
      String evidence =
          reason.evidenceFor(earlierPoorQuality + (complaint.isBusinessCaused() ? 1 : 0));
      for (int i = 0; i < lineCount; i++) {
        actions.append(new StopSaleReview(lines.get(i).sku(), evidence));
      }
      reasons.append(reason.stopSaleRepeat);
    }
  }

  /**
   * {@code process-fix.<area>}: a fix for everyone, on the product when the problem was with one.
   *
   * @return the area fixed, or null when the kind of problem names none
   */
  ProcessFix.@Nullable Area processFix(
      Complaint complaint, PlanList<RecoveryAction> actions, PlanList<Reason> reasons) {
    IssueKind kind = complaint.kind();
    ProcessFix.@Nullable Area area = fixArea(kind, complaint.cause());
    if (area != null) {
      List<OrderLine> lines = complaint.lines();
      boolean product = kind.ordinal() <= IssueKind.POOR_QUALITY.ordinal() && !lines.isEmpty();
      actions.append(
          new ProcessFix(area, product ? Optional.of(lines.get(0).sku()) : Optional.empty()));
      reasons.append(reason.processFix[area.ordinal()]);
    }
    return area;
  }

  private static boolean indexed(Currency c) {
    int code = c.getNumericCode();
    return code > 0 && code < CODES;
  }

  private static Money total(List<OrderLine> lines) {
    OrderLine first = lines.get(0);
    if (lines.size() == 1 && first.quantity() == 1) {
      return first.unitPrice();
    }
    BigDecimal sum = lineTotal(first);
    for (int i = 1, n = lines.size(); i < n; i++) {
      sum = sum.add(lineTotal(lines.get(i)));
    }
    return new Money(sum, first.unitPrice().currency());
  }

  private static BigDecimal lineTotal(OrderLine line) {
    BigDecimal unit = line.unitPrice().amount();
    int quantity = line.quantity();
    return quantity == 1 ? unit : unit.multiply(BigDecimal.valueOf(quantity));
  }

  private static List<String> skus(List<OrderLine> lines) {
    int n = lines.size();
    if (n == 1) {
      return List.of(lines.get(0).sku());
    }
    if (n == 2) {
      return List.of(lines.get(0).sku(), lines.get(1).sku());
    }
    String[] skus = new String[n];
    for (int i = 0; i < n; i++) {
      skus[i] = lines.get(i).sku();
    }
    return List.of(skus);
  }

  static ProcessFix.@Nullable Area fixArea(IssueKind kind, Cause cause) {
    return switch (kind) {
      case DAMAGED ->
          cause == Cause.CARRIER ? ProcessFix.Area.PACKAGING : ProcessFix.Area.QUALITY_CONTROL;
      case WRONG_ITEM ->
          cause == Cause.CUSTOMER_MISTAKE
              ? ProcessFix.Area.PRODUCT_LISTING
              : ProcessFix.Area.PICKING;
      case WRONG_SIZE -> ProcessFix.Area.SIZE_CHART;
      case USAGE_DIFFICULTY -> ProcessFix.Area.INSTRUCTIONS;
      case POOR_QUALITY -> ProcessFix.Area.QUALITY_CONTROL;
      case LATE_DELIVERY, LOST_DELIVERY -> ProcessFix.Area.DELIVERY;
      case BILLING_ERROR -> ProcessFix.Area.BILLING;
      case SERVICE_FAILURE -> ProcessFix.Area.SERVICE_RELIABILITY;
      case ACCOUNT_PROBLEM -> ProcessFix.Area.ACCOUNT_SELF_SERVICE;
      case STAFF_CONDUCT -> ProcessFix.Area.STAFF_TRAINING;
      case OTHER -> null;
    };
  }
}
