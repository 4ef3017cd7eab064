package org.recovery.examples.bench;

import static org.recovery.examples.bench.DefaultPolicyText.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.recovery.core.AccountStatus;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
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
 * The floor: the default policy's remedies written as one plain if/else method with its numbers
 * hard-coded, no configuration and no table lookups beyond the respond-by cells.
 */
final class PlainIfElseDecider {
  private static final Duration WINDOW = Duration.ofDays(180);
  private static final Duration RECENT = Duration.ofDays(30);
  private static final Duration DAY = Duration.ofHours(24);
  private static final Duration THREE_DAYS = Duration.ofDays(3);
  private static final BigDecimal LIMIT = new BigDecimal("200.00");
  private static final BigDecimal ABUSE_LIMIT = new BigDecimal("600.00");

  private PlainIfElseDecider() {}

  static RecoveryPlan decide(Complaint c, CustomerHistory h, Instant now) {
    if (!c.customer().id().equals(h.customerId())) {
      throw new IllegalArgumentException("history of another customer");
    }
    IssueKind kind = c.kind();
    Instant received = c.receivedAt();
    List<OrderLine> lines = c.lines();
    int n = lines.size();
    Currency currency = n == 0 ? null : lines.get(0).unitPrice().currency();
    Instant from = received.minus(WINDOW);
    Instant recentFrom = received.minus(RECENT);
    int earlier = 0;
    int poor = 0;
    int refunds = 0;
    BigDecimal refunded = BigDecimal.ZERO;
    double decay = 1.0;
    List<Incident> incidents = h.incidents();
    for (int i = 0; i < incidents.size(); i++) {
      Incident inc = incidents.get(i);
      Instant at = inc.occurredAt();
      if (at.isBefore(from) || at.isAfter(received) || inc.complaintId().equals(c.id())) {
        continue;
      }
      if (inc.refunded().isPresent() && inc.refunded().get().amount().signum() > 0) {
        refunds++;
        if (inc.refunded().get().currency().equals(currency)) {
          refunded = refunded.add(inc.refunded().get().amount());
        }
      }
      if (inc.businessCaused()) {
        earlier++;
        double f = 0.55;
        if (inc.kind() == kind) {
          f *= 0.75;
          if (kind == IssueKind.POOR_QUALITY) {
            poor++;
          }
        }
        if (!at.isBefore(recentFrom)) {
          f *= 0.8;
        }
        decay *= f;
      }
    }
    boolean business = c.cause() != Cause.CUSTOMER_MISTAKE;
    int count = earlier + (business ? 1 : 0);
    int level = count >= 3 ? 3 : count >= 2 ? 2 : 1;
    var actions = new ArrayList<RecoveryAction>(10);
    var reasons = new ArrayList<Reason>(14);
    var ownership = new ArrayList<OwnershipStatement>(4);
    if (level == 1) {
      reasons.add(REPEAT_FIRST);
    } else if (level == 2) {
      reasons.add(REPEAT_SECOND);
    } else {
      reasons.add(REPEAT_THIRD_PLUS);
    }
    int cell = cell(c.channel(), c.severity(), c.mood());
    Duration within = RESPOND[cell];
    reasons.add(RESPOND_REASON[cell]);
    boolean lowRating =
        (c.channel() == Channel.APP_REVIEW || c.channel() == Channel.SOCIAL_MEDIA)
            && c.rating().isPresent()
            && c.rating().getAsInt() <= 2;
    if (lowRating && within.toMinutes() > 30) {
      within = Duration.ofMinutes(30);
      reasons.add(PUBLIC_LOW_RATING);
    }
    if (level == 3 && within.toMinutes() > 30) {
      within = Duration.ofMinutes(30);
      reasons.add(TOP_PRIORITY);
    }
    Instant respondBy = received.plus(within);

    Money refund = null;
    boolean needsLines =
        kind == IssueKind.DAMAGED
            || kind == IssueKind.WRONG_ITEM
            || kind == IssueKind.WRONG_SIZE
            || kind == IssueKind.POOR_QUALITY
            || kind == IssueKind.LOST_DELIVERY
            || kind == IssueKind.BILLING_ERROR
            || kind == IssueKind.SERVICE_FAILURE;
    if (needsLines && n == 0) {
      reasons.add(NO_LINES);
      actions.add(new FollowUp(respondBy, FollowUp.Why.CONFIRM_RESOLVED));
    } else if (kind == IssueKind.DAMAGED) {
      reasons.add(DAMAGED_REPLACE);
      Instant shipBy = now.plus(DAY);
      for (OrderLine l : lines) {
        actions.add(new Replacement(l.sku(), l.quantity(), shipBy));
      }
    } else if (kind == IssueKind.WRONG_ITEM || kind == IssueKind.WRONG_SIZE) {
      reasons.add(kind == IssueKind.WRONG_ITEM ? WRONG_ITEM_EXCHANGE : WRONG_SIZE_EXCHANGE);
      Instant shipBy = now.plus(DAY);
      for (OrderLine l : lines) {
        actions.add(new Exchange(l.sku(), l.quantity(), shipBy));
      }
    } else if (kind == IssueKind.USAGE_DIFFICULTY) {
      reasons.add(USAGE_GUIDE);
      actions.add(
          new Guidance(
              n == 0 ? Optional.empty() : Optional.of(lines.get(0).sku()),
              Guidance.Fallback.REFUND));
      actions.add(new FollowUp(now.plus(THREE_DAYS), FollowUp.Why.CHECK_GUIDANCE_HELPED));
    } else if (kind == IssueKind.POOR_QUALITY
        || kind == IssueKind.BILLING_ERROR
        || kind == IssueKind.SERVICE_FAILURE) {
      reasons.add(
          kind == IssueKind.POOR_QUALITY
              ? POOR_QUALITY_REFUND
              : kind == IssueKind.BILLING_ERROR ? BILLING_REFUND : SERVICE_REFUND);
      BigDecimal sum = BigDecimal.ZERO;
      List<String> skus = new ArrayList<>(n);
      for (OrderLine l : lines) {
        sum = sum.add(l.unitPrice().amount().multiply(BigDecimal.valueOf(l.quantity())));
        skus.add(l.sku());
      }
      refund = Money.of(sum, currency);
      actions.add(new Refund(refund, skus));
    } else if (kind == IssueKind.LATE_DELIVERY) {
      reasons.add(LATE_CONFIRM);
      actions.add(new FollowUp(now.plus(THREE_DAYS), FollowUp.Why.CONFIRM_ARRIVAL));
    } else if (kind == IssueKind.LOST_DELIVERY) {
      reasons.add(LOST_RESHIP);
      Instant shipBy = now.plus(DAY);
      for (OrderLine l : lines) {
        actions.add(new Reship(l.sku(), l.quantity(), shipBy, true));
      }
      actions.add(new FollowUp(now.plus(THREE_DAYS), FollowUp.Why.CONFIRM_ARRIVAL));
    } else if (kind == IssueKind.ACCOUNT_PROBLEM) {
      reasons.add(ACCOUNT_FIX);
      actions.add(new AccountFix(AccountFix.Change.AS_REQUESTED));
    } else if (kind == IssueKind.STAFF_CONDUCT) {
      reasons.add(STAFF_APOLOGY);
      actions.add(new Escalation("customer-care-manager", Escalation.Why.STAFF_CONDUCT, respondBy));
    } else {
      reasons.add(OTHER_AGENT);
      actions.add(new FollowUp(respondBy, FollowUp.Why.CONFIRM_RESOLVED));
    }

    if (c.cause() == Cause.CUSTOMER_MISTAKE) {
      ownership.add(OUR_GUIDANCE_FAILED);
      reasons.add(CUSTOMER_MISTAKE);
    } else if (c.cause() == Cause.CARRIER) {
      ownership.add(CARRIER_IS_OUR_CHOICE);
      reasons.add(CARRIER);
    } else if (kind == IssueKind.USAGE_DIFFICULTY) {
      ownership.add(SHOULD_HAVE_BEEN_CLEARER);
      reasons.add(CLEARER);
    } else {
      ownership.add(WE_GOT_IT_WRONG);
      reasons.add(OURS);
    }

    if (refund != null) {
      reasons.add(ON_TRUST);
      String code = refund.currency().getCurrencyCode();
      boolean limited = code.equals("USD") || code.equals("EUR") || code.equals("GBP");
      if (!limited) {
        if (refund.amount().signum() > 0) {
          actions.add(new Approval(refund, "refund-approvals", now.plus(DAY)));
          reasons.add(APPROVAL);
        }
      } else if (refund.amount().compareTo(LIMIT) > 0) {
        actions.add(
            new Approval(
                Money.of(refund.amount().subtract(LIMIT), refund.currency()),
                "refund-approvals",
                now.plus(DAY)));
        reasons.add(APPROVAL);
      }
    }

    if ((kind == IssueKind.DAMAGED || kind == IssueKind.POOR_QUALITY) && n > 0) {
      actions.add(new ReturnRequest(lines.get(0).sku(), lines.get(0).lot(), true, true));
      reasons.add(ASK_ITEM_BACK);
    }
    if (kind == IssueKind.DAMAGED && n > 0) {
      for (OrderLine l : lines) {
        actions.add(new Investigation(l.sku(), l.lot()));
      }
      reasons.add(INVESTIGATE_LOT);
    }
    if (kind == IssueKind.POOR_QUALITY && poor > 0 && n > 0) {
      String evidence = STOP_SALE_EVIDENCE[poor + (business ? 1 : 0)];
      for (OrderLine l : lines) {
        actions.add(new StopSaleReview(l.sku(), evidence));
      }
      reasons.add(STOP_SALE);
    }

    ProcessFix.Area area;
    if (kind == IssueKind.DAMAGED) {
      area =
          c.cause() == Cause.CARRIER ? ProcessFix.Area.PACKAGING : ProcessFix.Area.QUALITY_CONTROL;
    } else if (kind == IssueKind.WRONG_ITEM) {
      area =
          c.cause() == Cause.CUSTOMER_MISTAKE
              ? ProcessFix.Area.PRODUCT_LISTING
              : ProcessFix.Area.PICKING;
    } else if (kind == IssueKind.WRONG_SIZE) {
      area = ProcessFix.Area.SIZE_CHART;
    } else if (kind == IssueKind.USAGE_DIFFICULTY) {
      area = ProcessFix.Area.INSTRUCTIONS;
    } else if (kind == IssueKind.POOR_QUALITY) {
      area = ProcessFix.Area.QUALITY_CONTROL;
    } else if (kind == IssueKind.LATE_DELIVERY || kind == IssueKind.LOST_DELIVERY) {
      area = ProcessFix.Area.DELIVERY;
    } else if (kind == IssueKind.BILLING_ERROR) {
      area = ProcessFix.Area.BILLING;
    } else if (kind == IssueKind.SERVICE_FAILURE) {
      area = ProcessFix.Area.SERVICE_RELIABILITY;
    } else if (kind == IssueKind.ACCOUNT_PROBLEM) {
      area = ProcessFix.Area.ACCOUNT_SELF_SERVICE;
    } else if (kind == IssueKind.STAFF_CONDUCT) {
      area = ProcessFix.Area.STAFF_TRAINING;
    } else {
      area = null;
    }
    if (area != null) {
      boolean product =
          (kind == IssueKind.DAMAGED
                  || kind == IssueKind.WRONG_ITEM
                  || kind == IssueKind.WRONG_SIZE
                  || kind == IssueKind.USAGE_DIFFICULTY
                  || kind == IssueKind.POOR_QUALITY)
              && n > 0;
      actions.add(
          new ProcessFix(area, product ? Optional.of(lines.get(0).sku()) : Optional.empty()));
      reasons.add(FIX.get(area));
    }

    if (level >= 2) {
      ownership.add(NOT_THE_FIRST_TIME[count]);
      ownership.add(ROOT_CAUSE.get(area == null ? ProcessFix.Area.OTHER : area));
    }
    boolean serious =
        c.severity() == Severity.MAJOR
            || c.severity() == Severity.CRITICAL
            || c.mood() == Mood.ANGRY;
    int percent = 0;
    if (level == 3) {
      percent = 25;
      reasons.add(CREDIT_ESCALATED);
    } else if (level == 2) {
      percent = 15;
      reasons.add(CREDIT_REPEAT);
    } else if (business && serious) {
      percent = 10;
      reasons.add(CREDIT_SERIOUS_FIRST);
    }
    if (percent > 0) {
      actions.add(
          new Credit(Optional.empty(), OptionalInt.of(percent), now.plus(Duration.ofDays(90))));
    }

    Tone tone;
    if (level >= 2) {
      tone = Tone.FORMAL_APOLOGY;
    } else if (kind == IssueKind.STAFF_CONDUCT) {
      tone = Tone.FORMAL_APOLOGY;
      reasons.add(TONE_STAFF);
    } else if (c.severity() == Severity.MAJOR || c.severity() == Severity.CRITICAL) {
      tone = Tone.FORMAL_APOLOGY;
      reasons.add(TONE_SEVERITY);
    } else if (c.mood() == Mood.ANGRY) {
      tone = Tone.FORMAL_APOLOGY;
      reasons.add(TONE_MOOD);
    } else {
      tone = Tone.FRIENDLY_FIX;
      reasons.add(TONE_FRIENDLY);
    }

    if (level == 3) {
      actions.add(
          new Escalation(
              "customer-care-lead",
              Escalation.Why.REPEATED_FAILURES,
              now.plus(Duration.ofHours(4))));
      ownership.add(PERSONAL_OWNER);
    }
    if (c.severity() == Severity.CRITICAL) {
      actions.add(new Escalation("customer-care-manager", Escalation.Why.SEVERE_HARM, respondBy));
      reasons.add(SEVERE);
    }
    if ((c.channel() == Channel.APP_REVIEW || c.channel() == Channel.SOCIAL_MEDIA)
        && (c.mood() == Mood.ANGRY || lowRating)) {
      actions.add(new Escalation("social-care-team", Escalation.Why.PUBLIC_COMPLAINT, respondBy));
      reasons.add(PUBLIC);
    }
    boolean abuse = false;
    if (refunds > 3) {
      reasons.add(ABUSE_COUNT);
      abuse = true;
    }
    if (currency != null && refunds > 0) {
      Reason total = ABUSE_TOTAL.get(currency.getCurrencyCode());
      if (total != null && refunded.compareTo(ABUSE_LIMIT) > 0) {
        reasons.add(total);
        abuse = true;
      }
    }
    if (abuse) {
      actions.add(
          new Escalation(
              "trust-and-safety", Escalation.Why.ABUSE_SIGNAL, now.plus(Duration.ofHours(48))));
    }
    reasons.add(earlier == 0 ? PARADOX : DECAY);
    AccountStatus status =
        level == 1 ? AccountStatus.GREEN : level == 2 ? AccountStatus.YELLOW : AccountStatus.RED;
    return new RecoveryPlan(
        c.id(),
        actions,
        respondBy,
        tone,
        ownership,
        Math.round(0.85 * decay * 10_000) / 10_000.0,
        status,
        reasons);
  }
}
