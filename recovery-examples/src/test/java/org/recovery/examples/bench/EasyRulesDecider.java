package org.recovery.examples.bench;

import static org.recovery.examples.bench.DefaultPolicyText.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rule;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
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
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;

/**
 * The same default remedies as rules in Easy Rules 4.1.0, built with {@link RuleBuilder} lambdas
 * over one {@link PlanDraft} fact. The rule set and engine are built once and shared.
 */
final class EasyRulesDecider {
  private static final String DRAFT = "draft";
  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();

  EasyRulesDecider() {
    int p = 0;
    add("history", p++, d -> true, EasyRulesDecider::scanHistory);
    add("repeat.first", p, d -> d.level == 1, d -> d.reasons.add(REPEAT_FIRST));
    add("repeat.second", p, d -> d.level == 2, d -> d.reasons.add(REPEAT_SECOND));
    add("repeat.third-plus", p++, d -> d.level == 3, d -> d.reasons.add(REPEAT_THIRD_PLUS));
    add(
        "respond.table",
        p++,
        d -> true,
        d -> {
          Complaint c = d.complaint;
          int cell = cell(c.channel(), c.severity(), c.mood());
          d.within = RESPOND[cell];
          d.reasons.add(RESPOND_REASON[cell]);
          d.lowRating =
              (c.channel() == Channel.APP_REVIEW || c.channel() == Channel.SOCIAL_MEDIA)
                  && c.rating().isPresent()
                  && c.rating().getAsInt() <= 2;
        });
    add(
        "respond.public-low-rating",
        p++,
        d -> d.lowRating && d.within.toMinutes() > 30,
        d -> {
          d.within = Duration.ofMinutes(30);
          d.reasons.add(PUBLIC_LOW_RATING);
        });
    add(
        "respond.top-priority",
        p++,
        d -> d.level == 3 && d.within.toMinutes() > 30,
        d -> {
          d.within = Duration.ofMinutes(30);
          d.reasons.add(TOP_PRIORITY);
        });
    add("respond.by", p++, d -> true, d -> d.respondBy = d.complaint.receivedAt().plus(d.within));
    add(
        "remedy.no-lines",
        p,
        d -> needsLines(d.complaint.kind()) && d.complaint.lines().isEmpty(),
        d -> {
          d.reasons.add(NO_LINES);
          d.actions.add(new FollowUp(d.respondBy, FollowUp.Why.CONFIRM_RESOLVED));
        });
    add(
        "remedy.damaged",
        p,
        d -> kind(d, IssueKind.DAMAGED) && hasLines(d),
        d -> {
          d.reasons.add(DAMAGED_REPLACE);
          Instant shipBy = d.now.plus(Duration.ofHours(24));
          for (OrderLine l : d.complaint.lines()) {
            d.actions.add(new Replacement(l.sku(), l.quantity(), shipBy));
          }
        });
    add(
        "remedy.exchange",
        p,
        d -> (kind(d, IssueKind.WRONG_ITEM) || kind(d, IssueKind.WRONG_SIZE)) && hasLines(d),
        d -> {
          d.reasons.add(kind(d, IssueKind.WRONG_ITEM) ? WRONG_ITEM_EXCHANGE : WRONG_SIZE_EXCHANGE);
          Instant shipBy = d.now.plus(Duration.ofHours(24));
          for (OrderLine l : d.complaint.lines()) {
            d.actions.add(new Exchange(l.sku(), l.quantity(), shipBy));
          }
        });
    add(
        "remedy.guide",
        p,
        d -> kind(d, IssueKind.USAGE_DIFFICULTY),
        d -> {
          d.reasons.add(USAGE_GUIDE);
          d.actions.add(
              new Guidance(
                  hasLines(d) ? Optional.of(d.complaint.lines().get(0).sku()) : Optional.empty(),
                  Guidance.Fallback.REFUND));
          d.actions.add(
              new FollowUp(d.now.plus(Duration.ofDays(3)), FollowUp.Why.CHECK_GUIDANCE_HELPED));
        });
    add(
        "remedy.refund",
        p,
        d ->
            (kind(d, IssueKind.POOR_QUALITY)
                    || kind(d, IssueKind.BILLING_ERROR)
                    || kind(d, IssueKind.SERVICE_FAILURE))
                && hasLines(d),
        d -> {
          IssueKind k = d.complaint.kind();
          d.reasons.add(
              k == IssueKind.POOR_QUALITY
                  ? POOR_QUALITY_REFUND
                  : k == IssueKind.BILLING_ERROR ? BILLING_REFUND : SERVICE_REFUND);
          BigDecimal sum = BigDecimal.ZERO;
          List<String> skus = new ArrayList<>();
          for (OrderLine l : d.complaint.lines()) {
            sum = sum.add(l.unitPrice().amount().multiply(BigDecimal.valueOf(l.quantity())));
            skus.add(l.sku());
          }
          d.refund = Money.of(sum, d.currency);
          d.actions.add(new Refund(d.refund, skus));
        });
    add(
        "remedy.late",
        p,
        d -> kind(d, IssueKind.LATE_DELIVERY),
        d -> {
          d.reasons.add(LATE_CONFIRM);
          d.actions.add(new FollowUp(d.now.plus(Duration.ofDays(3)), FollowUp.Why.CONFIRM_ARRIVAL));
        });
    add(
        "remedy.lost",
        p,
        d -> kind(d, IssueKind.LOST_DELIVERY) && hasLines(d),
        d -> {
          d.reasons.add(LOST_RESHIP);
          Instant shipBy = d.now.plus(Duration.ofHours(24));
          for (OrderLine l : d.complaint.lines()) {
            d.actions.add(new Reship(l.sku(), l.quantity(), shipBy, true));
          }
          d.actions.add(new FollowUp(d.now.plus(Duration.ofDays(3)), FollowUp.Why.CONFIRM_ARRIVAL));
        });
    add(
        "remedy.account",
        p,
        d -> kind(d, IssueKind.ACCOUNT_PROBLEM),
        d -> {
          d.reasons.add(ACCOUNT_FIX);
          d.actions.add(new AccountFix(AccountFix.Change.AS_REQUESTED));
        });
    add(
        "remedy.staff",
        p,
        d -> kind(d, IssueKind.STAFF_CONDUCT),
        d -> {
          d.reasons.add(STAFF_APOLOGY);
          d.actions.add(
              new Escalation("customer-care-manager", Escalation.Why.STAFF_CONDUCT, d.respondBy));
        });
    add(
        "remedy.other",
        p++,
        d -> kind(d, IssueKind.OTHER),
        d -> {
          d.reasons.add(OTHER_AGENT);
          d.actions.add(new FollowUp(d.respondBy, FollowUp.Why.CONFIRM_RESOLVED));
        });
    add(
        "ownership.customer-mistake",
        p,
        d -> d.complaint.cause() == Cause.CUSTOMER_MISTAKE,
        d -> {
          d.ownership.add(OUR_GUIDANCE_FAILED);
          d.reasons.add(CUSTOMER_MISTAKE);
        });
    add(
        "ownership.carrier",
        p,
        d -> d.complaint.cause() == Cause.CARRIER,
        d -> {
          d.ownership.add(CARRIER_IS_OUR_CHOICE);
          d.reasons.add(CARRIER);
        });
    add(
        "ownership.clearer",
        p,
        d ->
            d.complaint.cause() != Cause.CUSTOMER_MISTAKE
                && d.complaint.cause() != Cause.CARRIER
                && kind(d, IssueKind.USAGE_DIFFICULTY),
        d -> {
          d.ownership.add(SHOULD_HAVE_BEEN_CLEARER);
          d.reasons.add(CLEARER);
        });
    add(
        "ownership.ours",
        p++,
        d ->
            d.complaint.cause() != Cause.CUSTOMER_MISTAKE
                && d.complaint.cause() != Cause.CARRIER
                && !kind(d, IssueKind.USAGE_DIFFICULTY),
        d -> {
          d.ownership.add(WE_GOT_IT_WRONG);
          d.reasons.add(OURS);
        });
    add(
        "trust.on-trust",
        p++,
        d -> d.refund != null,
        d -> {
          d.reasons.add(ON_TRUST);
          String code = d.refund.currency().getCurrencyCode();
          boolean limited = code.equals("USD") || code.equals("EUR") || code.equals("GBP");
          BigDecimal limit = new BigDecimal("200.00");
          if (!limited && d.refund.amount().signum() > 0) {
            d.actions.add(
                new Approval(d.refund, "refund-approvals", d.now.plus(Duration.ofHours(24))));
            d.reasons.add(APPROVAL);
          } else if (limited && d.refund.amount().compareTo(limit) > 0) {
            d.actions.add(
                new Approval(
                    Money.of(d.refund.amount().subtract(limit), d.refund.currency()),
                    "refund-approvals",
                    d.now.plus(Duration.ofHours(24))));
            d.reasons.add(APPROVAL);
          }
        });
    add(
        "investigate.ask-item-back",
        p++,
        d -> (kind(d, IssueKind.DAMAGED) || kind(d, IssueKind.POOR_QUALITY)) && hasLines(d),
        d -> {
          OrderLine first = d.complaint.lines().get(0);
          d.actions.add(new ReturnRequest(first.sku(), first.lot(), true, true));
          d.reasons.add(ASK_ITEM_BACK);
        });
    add(
        "investigate.lot",
        p++,
        d -> kind(d, IssueKind.DAMAGED) && hasLines(d),
        d -> {
          for (OrderLine l : d.complaint.lines()) {
            d.actions.add(new Investigation(l.sku(), l.lot()));
          }
          d.reasons.add(INVESTIGATE_LOT);
        });
    add(
        "stop-sale.repeat-defect",
        p++,
        d -> kind(d, IssueKind.POOR_QUALITY) && d.poor > 0 && hasLines(d),
        d -> {
          String evidence = STOP_SALE_EVIDENCE[d.poor + (d.business ? 1 : 0)];
          for (OrderLine l : d.complaint.lines()) {
            d.actions.add(new StopSaleReview(l.sku(), evidence));
          }
          d.reasons.add(STOP_SALE);
        });
    add(
        "process-fix",
        p++,
        d -> !kind(d, IssueKind.OTHER),
        d -> {
          d.area = area(d.complaint);
          boolean product = d.complaint.kind().ordinal() <= IssueKind.POOR_QUALITY.ordinal();
          d.actions.add(
              new ProcessFix(
                  d.area,
                  product && hasLines(d)
                      ? Optional.of(d.complaint.lines().get(0).sku())
                      : Optional.empty()));
          d.reasons.add(FIX.get(d.area));
        });
    add(
        "ownership.repeat",
        p++,
        d -> d.level >= 2,
        d -> {
          d.ownership.add(NOT_THE_FIRST_TIME[d.count]);
          d.ownership.add(ROOT_CAUSE.get(d.area == null ? ProcessFix.Area.OTHER : d.area));
        });
    add("credit.escalated", p, d -> d.level == 3, d -> credit(d, 25, CREDIT_ESCALATED));
    add("credit.repeat", p, d -> d.level == 2, d -> credit(d, 15, CREDIT_REPEAT));
    add(
        "credit.serious-first",
        p++,
        d -> d.level == 1 && d.business && serious(d.complaint),
        d -> credit(d, 10, CREDIT_SERIOUS_FIRST));
    add("tone.repeat", p, d -> d.level >= 2, d -> d.tone = Tone.FORMAL_APOLOGY);
    add(
        "tone.formal.staff",
        p,
        d -> d.level == 1 && kind(d, IssueKind.STAFF_CONDUCT),
        d -> tone(d, Tone.FORMAL_APOLOGY, TONE_STAFF));
    add(
        "tone.formal.severity",
        p,
        d -> d.level == 1 && !kind(d, IssueKind.STAFF_CONDUCT) && major(d.complaint),
        d -> tone(d, Tone.FORMAL_APOLOGY, TONE_SEVERITY));
    add(
        "tone.formal.mood",
        p,
        d ->
            d.level == 1
                && !kind(d, IssueKind.STAFF_CONDUCT)
                && !major(d.complaint)
                && d.complaint.mood() == Mood.ANGRY,
        d -> tone(d, Tone.FORMAL_APOLOGY, TONE_MOOD));
    add(
        "tone.friendly",
        p++,
        d ->
            d.level == 1
                && !kind(d, IssueKind.STAFF_CONDUCT)
                && !major(d.complaint)
                && d.complaint.mood() != Mood.ANGRY,
        d -> tone(d, Tone.FRIENDLY_FIX, TONE_FRIENDLY));
    add(
        "escalate.repeated",
        p++,
        d -> d.level == 3,
        d -> {
          d.actions.add(
              new Escalation(
                  "customer-care-lead",
                  Escalation.Why.REPEATED_FAILURES,
                  d.now.plus(Duration.ofHours(4))));
          d.ownership.add(PERSONAL_OWNER);
        });
    add(
        "escalate.severe-harm",
        p++,
        d -> d.complaint.severity() == Severity.CRITICAL,
        d -> {
          d.actions.add(
              new Escalation("customer-care-manager", Escalation.Why.SEVERE_HARM, d.respondBy));
          d.reasons.add(SEVERE);
        });
    add(
        "escalate.public-complaint",
        p++,
        d ->
            (d.complaint.channel() == Channel.APP_REVIEW
                    || d.complaint.channel() == Channel.SOCIAL_MEDIA)
                && (d.complaint.mood() == Mood.ANGRY || d.lowRating),
        d -> {
          d.actions.add(
              new Escalation("social-care-team", Escalation.Why.PUBLIC_COMPLAINT, d.respondBy));
          d.reasons.add(PUBLIC);
        });
    add(
        "trust.abuse.refund-count",
        p++,
        d -> d.refunds > 3,
        d -> {
          d.reasons.add(ABUSE_COUNT);
          d.abuse = true;
        });
    add(
        "trust.abuse.refund-total",
        p++,
        d ->
            d.currency != null
                && d.refunds > 0
                && ABUSE_TOTAL.containsKey(d.currency.getCurrencyCode())
                && d.refunded.compareTo(new BigDecimal("600.00")) > 0,
        d -> {
          d.reasons.add(ABUSE_TOTAL.get(d.currency.getCurrencyCode()));
          d.abuse = true;
        });
    add(
        "trust.abuse.escalate",
        p++,
        d -> d.abuse,
        d ->
            d.actions.add(
                new Escalation(
                    "trust-and-safety",
                    Escalation.Why.ABUSE_SIGNAL,
                    d.now.plus(Duration.ofHours(48)))));
    add("goodwill", p, d -> true, d -> d.reasons.add(d.earlier == 0 ? PARADOX : DECAY));
  }

  RecoveryPlan decide(Complaint complaint, CustomerHistory history, Instant now) {
    if (!complaint.customer().id().equals(history.customerId())) {
      throw new IllegalArgumentException("history of another customer");
    }
    PlanDraft draft = new PlanDraft(complaint, history, now);
    Facts facts = new Facts();
    facts.put(DRAFT, draft);
    engine.fire(rules, facts);
    return draft.toPlan();
  }

  private interface DraftCondition {
    boolean test(PlanDraft draft);
  }

  private interface DraftAction {
    void apply(PlanDraft draft);
  }

  private void add(String name, int priority, DraftCondition when, DraftAction then) {
    Rule rule =
        new RuleBuilder()
            .name(name)
            .priority(priority)
            .when(facts -> when.test(facts.get(DRAFT)))
            .then(facts -> then.apply(facts.get(DRAFT)))
            .build();
    rules.register(rule);
  }

  private static void scanHistory(PlanDraft d) {
    Complaint c = d.complaint;
    Instant received = c.receivedAt();
    Instant from = received.minus(Duration.ofDays(180));
    Instant recentFrom = received.minus(Duration.ofDays(30));
    for (Incident inc : d.history.incidents()) {
      Instant at = inc.occurredAt();
      if (at.isBefore(from) || at.isAfter(received) || inc.complaintId().equals(c.id())) {
        continue;
      }
      if (inc.refunded().isPresent() && inc.refunded().get().amount().signum() > 0) {
        d.refunds++;
        if (inc.refunded().get().currency().equals(d.currency)) {
          d.refunded = d.refunded.add(inc.refunded().get().amount());
        }
      }
      if (inc.businessCaused()) {
        d.earlier++;
        double f = 0.55;
        if (inc.kind() == c.kind()) {
          f *= 0.75;
          if (c.kind() == IssueKind.POOR_QUALITY) {
            d.poor++;
          }
        }
        if (!at.isBefore(recentFrom)) {
          f *= 0.8;
        }
        d.decay *= f;
      }
    }
    d.business = c.cause() != Cause.CUSTOMER_MISTAKE;
    d.count = d.earlier + (d.business ? 1 : 0);
    d.level = d.count >= 3 ? 3 : d.count >= 2 ? 2 : 1;
  }

  private static boolean kind(PlanDraft d, IssueKind kind) {
    return d.complaint.kind() == kind;
  }

  private static boolean hasLines(PlanDraft d) {
    return !d.complaint.lines().isEmpty();
  }

  private static boolean needsLines(IssueKind k) {
    return k == IssueKind.DAMAGED
        || k == IssueKind.WRONG_ITEM
        || k == IssueKind.WRONG_SIZE
        || k == IssueKind.POOR_QUALITY
        || k == IssueKind.LOST_DELIVERY
        || k == IssueKind.BILLING_ERROR
        || k == IssueKind.SERVICE_FAILURE;
  }

  private static boolean major(Complaint c) {
    return c.severity() == Severity.MAJOR || c.severity() == Severity.CRITICAL;
  }

  private static boolean serious(Complaint c) {
    return major(c) || c.mood() == Mood.ANGRY;
  }

  private static void credit(PlanDraft d, int percent, Reason reason) {
    d.reasons.add(reason);
    d.actions.add(
        new Credit(Optional.empty(), OptionalInt.of(percent), d.now.plus(Duration.ofDays(90))));
  }

  private static void tone(PlanDraft d, Tone tone, Reason reason) {
    d.tone = tone;
    d.reasons.add(reason);
  }

  private static ProcessFix.Area area(Complaint c) {
    return switch (c.kind()) {
      case DAMAGED ->
          c.cause() == Cause.CARRIER ? ProcessFix.Area.PACKAGING : ProcessFix.Area.QUALITY_CONTROL;
      case WRONG_ITEM ->
          c.cause() == Cause.CUSTOMER_MISTAKE
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
      case OTHER -> ProcessFix.Area.OTHER;
    };
  }
}
