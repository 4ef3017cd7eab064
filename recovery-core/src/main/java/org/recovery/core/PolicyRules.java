package org.recovery.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy compiled for the hot path, and the engine that applies it. {@link #decide} counts the
 * customer's history in one pass and then applies the practice step by step, each step a small
 * method named after the rules it applies and the reason ids it gives (see {@link RecoveryPolicy}):
 * repeats, respond-by, remedy, ownership, trust, investigation, a fix for everyone, credit, tone,
 * escalations, abuse signals and goodwill.
 *
 * <p>Every reason, statement and table cell is built once ({@link PolicyReasons}), so a decision
 * allocates only the plan itself: no step objects, streams, lambdas or string formatting. The steps
 * are plain methods that append to the plan's lists, small enough for the JIT to inline.
 */
final class PolicyRules {
  private static final Logger LOG = LoggerFactory.getLogger(RecoveryPolicy.class);

  private final PolicySettings.Repeats repeats;
  private final PolicySettings.Goodwill goodwill;
  private final PolicySettings.Credits credits;
  private final PolicySettings.Abuse abuse;
  private final PolicySettings.Owners owners;
  private final PolicySettings.RespondBy respond;
  private final PolicyReasons reason;

  private final RemedyRules remedies;
  private final long windowSeconds;
  private final int windowNanos;
  private final long recentSeconds;
  private final int recentNanos;
  private final OptionalInt seriousFirstCredit;
  private final OptionalInt repeatCredit;
  private final OptionalInt escalatedCredit;

  PolicyRules(PolicySettings s) {
    repeats = s.repeats();
    goodwill = s.goodwill();
    credits = s.credits();
    abuse = s.refunds().abuse();
    owners = s.owners();
    respond = s.respondBy();
    reason = new PolicyReasons(s);
    remedies = new RemedyRules(s, reason);
    windowSeconds = repeats.window().getSeconds();
    windowNanos = repeats.window().getNano();
    recentSeconds = repeats.recentWithin().getSeconds();
    recentNanos = repeats.recentWithin().getNano();
    seriousFirstCredit = OptionalInt.of(credits.seriousFirstPercent());
    repeatCredit = OptionalInt.of(credits.repeatPercent());
    escalatedCredit = OptionalInt.of(credits.escalatedPercent());
  }

  RecoveryPlan decide(Complaint complaint, CustomerHistory history, Instant now) {
    requireSameCustomer(complaint, history, now);
    final IssueKind kind = complaint.kind();
    final List<OrderLine> lines = complaint.lines();
    final @Nullable Currency currency =
        lines.isEmpty() ? null : lines.get(0).unitPrice().currency();

    // One pass over the history feeds repeat.*, goodwill.* and trust.abuse.*: the earlier
    // business-caused failures in the window and their goodwill decay, earlier poor-quality
    // reports, and the refunds. Instants are compared as (seconds, nanos) pairs so the pass
    // allocates nothing; an incident with this complaint's id or after it is ignored.
    final Instant received = complaint.receivedAt();
    final long receivedSecond = received.getEpochSecond();
    final int receivedNano = received.getNano();
    final long fromSecond = secondsBefore(receivedSecond, receivedNano, windowSeconds, windowNanos);
    final int fromNano = nanosBefore(receivedNano, windowNanos);
    final long recentSecond =
        secondsBefore(receivedSecond, receivedNano, recentSeconds, recentNanos);
    final int recentNano = nanosBefore(receivedNano, recentNanos);
    final String complaintId = complaint.id();
    final List<Incident> incidents = history.incidents();
    int earlier = 0;
    int earlierPoorQuality = 0;
    int refundCount = 0;
    double refundedApprox = 0.0;
    boolean refundedInCurrency = false;
    double decay = 1.0;
    for (int i = 0, n = incidents.size(); i < n; i++) {
      Incident incident = incidents.get(i);
      Instant at = incident.occurredAt();
      long second = at.getEpochSecond();
      int nano = at.getNano();
      if (before(second, nano, fromSecond, fromNano)
          || before(receivedSecond, receivedNano, second, nano)
          || incident.complaintId().equals(complaintId)) {
        continue;
      }
      Optional<Money> refunded = incident.refunded();
      if (refunded.isPresent() && refunded.get().amount().signum() > 0) {
        refundCount++;
        if (refunded.get().currency().equals(currency)) {
          refundedApprox += refunded.get().amount().doubleValue();
          refundedInCurrency = true;
        }
      }
      if (incident.businessCaused()) {
        earlier++;
        boolean recent = !before(second, nano, recentSecond, recentNano);
        decay *= decayFactor(incident.kind() == kind, recent);
        if (kind == IssueKind.POOR_QUALITY && incident.kind() == kind) {
          earlierPoorQuality++;
        }
      }
    }
    final int count = earlier + (complaint.isBusinessCaused() ? 1 : 0);
    final int level = repeatLevel(count);

    final PlanList<RecoveryAction> actions = new PlanList<>(6 + 2 * lines.size());
    final PlanList<Reason> reasons = new PlanList<>(16);
    final PlanList<OwnershipStatement> ownership = new PlanList<>(4);
    reasons.append(repeatReason(level));
    final Instant respondBy = respondBy(complaint, level, reasons);
    final Remedy remedy = remedies.remedyFor(kind);
    final @Nullable Money refund =
        remedies.remedy(complaint, remedy, respondBy, now, actions, reasons);
    ownership(complaint, ownership, reasons);
    remedies.trust(refund, now, actions, reasons);
    remedies.investigate(complaint, earlierPoorQuality, actions, reasons);
    final ProcessFix.@Nullable Area area = remedies.processFix(complaint, actions, reasons);
    admitRepeat(level, count, area, ownership);
    credit(complaint, level, now, actions, reasons);
    final Tone tone = tone(complaint, level, remedy, reasons);
    escalate(complaint, level, respondBy, now, actions, ownership, reasons);
    abuseSignals(
        complaint,
        history,
        currency,
        refundCount,
        refundedApprox,
        refundedInCurrency,
        now,
        actions,
        reasons);
    reasons.append(earlier == 0 ? reason.goodwillParadox : reason.goodwillDecay);

    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "decided complaint {} for customer {}: {} business-caused in window, {} actions",
          complaintId,
          complaint.customer().id(),
          count,
          actions.size());
    }
    return new RecoveryPlan(
        complaintId,
        actions,
        respondBy,
        tone,
        ownership,
        goodwill(decay),
        accountStatus(level),
        reasons);
  }

  private static void requireSameCustomer(
      Complaint complaint, CustomerHistory history, Instant now) {
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(now, "now");
    String customerId = complaint.customer().id();
    if (!customerId.equals(history.customerId())) {
      throw new IllegalArgumentException(
          "history.customerId must be the complaint's customer \""
              + customerId
              + "\" but was \""
              + history.customerId()
              + "\"");
    }
  }

  /**
   * {@code repeat.first}, {@code repeat.second}, {@code repeat.third-plus}: the repeat level of a
   * count of business-caused failures, this one included.
   */
  private int repeatLevel(int count) {
    return count >= repeats.escalateAfter() ? 3 : count >= repeats.formalAfter() ? 2 : 1;
  }

  private Reason repeatReason(int level) {
    return level == 1
        ? reason.repeatFirst
        : level == 2 ? reason.repeatSecond : reason.repeatThirdPlus;
  }

  /**
   * {@code repeat.second}, {@code repeat.third-plus}: a repeated failure is owned as one: "this is
   * not the first time", and what we are changing at the root.
   */
  private void admitRepeat(
      int level,
      int count,
      ProcessFix.@Nullable Area area,
      PlanList<OwnershipStatement> ownership) {
    if (level >= 2) {
      ownership.append(reason.notTheFirstTime(count));
      ownership.append(reason.rootCause[(area == null ? ProcessFix.Area.OTHER : area).ordinal()]);
    }
  }

  /**
   * {@code goodwill.*}: the goodwill factor of one earlier business-caused failure, smaller for the
   * same kind and for a recent one.
   */
  private double decayFactor(boolean sameKind, boolean recent) {
    double factor = goodwill.repeatDecay();
    if (sameKind) {
      factor *= goodwill.sameKindDecay();
    }
    if (recent) {
      factor *= goodwill.recentDecay();
    }
    return factor;
  }

  /**
   * {@code respond.table}, {@code respond.public-low-rating}, {@code respond.top-priority}: the
   * table cell, shortened for a low public rating and for top priority.
   */
  private Instant respondBy(Complaint complaint, int level, PlanList<Reason> reasons) {
    int cell = RespondByTable.index(complaint.channel(), complaint.severity(), complaint.mood());
    Duration within = respond.table().cell(cell);
    reasons.append(reason.respondTable[cell]);
    if (lowPublicRating(complaint) && respond.publicLowRatingWithin().compareTo(within) < 0) {
      within = respond.publicLowRatingWithin();
      reasons.append(reason.respondPublicLowRating);
    }
    if (level == 3 && respond.topPriorityWithin().compareTo(within) < 0) {
      within = respond.topPriorityWithin();
      reasons.append(reason.respondTopPriority);
    }
    return complaint.receivedAt().plus(within);
  }

  /**
   * {@code ownership.customer-mistake}, {@code ownership.carrier}, {@code ownership.clearer},
   * {@code ownership.ours}: never blame, whoever made the mistake.
   */
  private void ownership(
      Complaint complaint, PlanList<OwnershipStatement> ownership, PlanList<Reason> reasons) {
    Cause cause = complaint.cause();
    if (cause == Cause.CUSTOMER_MISTAKE) {
      ownership.append(PolicyReasons.OUR_GUIDANCE_FAILED);
      reasons.append(reason.ownershipCustomerMistake);
    } else if (cause == Cause.CARRIER) {
      ownership.append(PolicyReasons.CARRIER_IS_OUR_CHOICE);
      reasons.append(reason.ownershipCarrier);
    } else if (complaint.kind() == IssueKind.USAGE_DIFFICULTY) {
      ownership.append(PolicyReasons.SHOULD_HAVE_BEEN_CLEARER);
      reasons.append(reason.ownershipClearer);
    } else {
      ownership.append(PolicyReasons.WE_GOT_IT_WRONG);
      reasons.append(reason.ownershipOurs);
    }
  }

  /**
   * {@code credit.escalated}, {@code credit.repeat}, {@code credit.serious-first}: an incentive to
   * come back that only grows with repeated failures.
   */
  private void credit(
      Complaint complaint,
      int level,
      Instant now,
      PlanList<RecoveryAction> actions,
      PlanList<Reason> reasons) {
    final OptionalInt percent;
    if (level == 3) {
      percent = escalatedCredit;
      reasons.append(reason.creditEscalated);
    } else if (level == 2) {
      percent = repeatCredit;
      reasons.append(reason.creditRepeat);
    } else if (complaint.isBusinessCaused()
        && serious(complaint)
        && credits.seriousFirstPercent() > 0) {
      percent = seriousFirstCredit;
      reasons.append(reason.creditSeriousFirst);
    } else {
      return;
    }
    actions.append(new Credit(Optional.empty(), percent, now.plus(credits.validFor())));
  }

  /**
   * {@code tone.formal.staff}, {@code tone.formal.severity}, {@code tone.formal.mood}, {@code
   * tone.friendly}: the tone of a first failure; every repeat is a formal apology.
   */
  private Tone tone(Complaint complaint, int level, Remedy remedy, PlanList<Reason> reasons) {
    Severity severity = complaint.severity();
    if (level >= 2) {
      return Tone.FORMAL_APOLOGY;
    } else if (remedy == Remedy.PERSONAL_APOLOGY) {
      reasons.append(reason.toneStaff);
    } else if (severity == Severity.MAJOR || severity == Severity.CRITICAL) {
      reasons.append(reason.toneSeverity);
    } else if (complaint.mood() == Mood.ANGRY) {
      reasons.append(reason.toneMood);
    } else {
      reasons.append(reason.toneFriendly);
      return Tone.FRIENDLY_FIX;
    }
    return Tone.FORMAL_APOLOGY;
  }

  /**
   * {@code repeat.third-plus}, {@code escalate.severe-harm}, {@code escalate.public-complaint}:
   * people who must look, each by a deadline; none of them can take back what was committed.
   */
  private void escalate(
      Complaint complaint,
      int level,
      Instant respondBy,
      Instant now,
      PlanList<RecoveryAction> actions,
      PlanList<OwnershipStatement> ownership,
      PlanList<Reason> reasons) {
    if (level == 3) {
      actions.append(
          new Escalation(
              repeats.accountOwner(),
              Escalation.Why.REPEATED_FAILURES,
              now.plus(repeats.escalationWithin())));
      ownership.append(reason.personalOwner);
    }
    if (complaint.severity() == Severity.CRITICAL) {
      actions.append(new Escalation(owners.severeHarm(), Escalation.Why.SEVERE_HARM, respondBy));
      reasons.append(reason.escalateSevere);
    }
    if (complaint.channel().isPublic()
        && (complaint.mood() == Mood.ANGRY || lowPublicRating(complaint))) {
      actions.append(
          new Escalation(owners.publicComplaint(), Escalation.Why.PUBLIC_COMPLAINT, respondBy));
      reasons.append(reason.escalatePublic);
    }
  }

  /**
   * {@code trust.abuse.refund-count}, {@code trust.abuse.refund-total}: signals that a person
   * should look at the customer's refunds; they never deny or reduce anything.
   */
  private void abuseSignals(
      Complaint complaint,
      CustomerHistory history,
      @Nullable Currency currency,
      int refundCount,
      double refundedApprox,
      boolean refundedInCurrency,
      Instant now,
      PlanList<RecoveryAction> actions,
      PlanList<Reason> reasons) {
    boolean raised = false;
    if (refundCount > abuse.refundCount()) {
      reasons.append(reason.abuseCount);
      raised = true;
    }
    if (refundedInCurrency && currency != null) {
      Money total = abuse.refundTotals().get(currency);
      if (total != null && exceeds(refundedApprox, total, history, complaint, currency)) {
        reasons.append(reason.abuseTotal.get(currency));
        raised = true;
      }
    }
    if (raised) {
      actions.append(
          new Escalation(
              abuse.reviewer(), Escalation.Why.ABUSE_SIGNAL, now.plus(abuse.reviewWithin())));
    }
  }

  /**
   * {@code goodwill.paradox}, {@code goodwill.decay}: the outlook, to four decimals: it is a
   * judgement, and a plan should not carry float noise such as 0.19284375000000004 into JSON and
   * reports.
   */
  private double goodwill(double decay) {
    return Math.round(goodwill.firstFailure() * decay * 10_000) / 10_000.0;
  }

  private static AccountStatus accountStatus(int level) {
    return level == 1 ? AccountStatus.GREEN : level == 2 ? AccountStatus.YELLOW : AccountStatus.RED;
  }

  private static boolean serious(Complaint complaint) {
    Severity severity = complaint.severity();
    return severity == Severity.MAJOR
        || severity == Severity.CRITICAL
        || complaint.mood() == Mood.ANGRY;
  }

  private static boolean lowPublicRating(Complaint complaint) {
    return complaint.channel().isPublic()
        && complaint.rating().isPresent()
        && complaint.rating().getAsInt() <= 2;
  }

  /** Returns the seconds of the instant (second, nano) minus (seconds, nanos). */
  private static long secondsBefore(long second, int nano, long seconds, int nanos) {
    return nano < nanos ? second - seconds - 1 : second - seconds;
  }

  /** Returns the nanos of the instant (second, nano) minus (seconds, nanos). */
  private static int nanosBefore(int nano, int nanos) {
    return nano < nanos ? nano - nanos + 1_000_000_000 : nano - nanos;
  }

  /** Tells whether the instant (s1, n1) is strictly before (s2, n2). */
  private static boolean before(long s1, int n1, long s2, int n2) {
    return s1 < s2 || (s1 == s2 && n1 < n2);
  }

  /**
   * Tells whether the refunds in the window exceed a total. The running sum is kept as a double so
   * the pass allocates nothing; only when it lands within a unit of the limit, where rounding could
   * matter, is the exact sum computed.
   */
  private boolean exceeds(
      double approx, Money total, CustomerHistory history, Complaint complaint, Currency currency) {
    BigDecimal limit = total.amount();
    double l = limit.doubleValue();
    if (approx > l + 1.0) {
      return true;
    }
    if (approx < l - 1.0) {
      return false;
    }
    Instant received = complaint.receivedAt();
    Instant from = received.minus(repeats.window());
    BigDecimal sum = BigDecimal.ZERO;
    for (Incident incident : history.incidents()) {
      Instant at = incident.occurredAt();
      if (at.isBefore(from)
          || at.isAfter(received)
          || incident.complaintId().equals(complaint.id())) {
        continue;
      }
      if (incident.refunded().isPresent()
          && incident.refunded().get().amount().signum() > 0
          && incident.refunded().get().currency().equals(currency)) {
        sum = sum.add(incident.refunded().get().amount());
      }
    }
    return sum.compareTo(limit) > 0;
  }
}
