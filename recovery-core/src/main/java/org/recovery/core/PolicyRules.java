package org.recovery.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A policy compiled for the hot path: every reason, ownership statement and table cell is built
 * once here, so a decision allocates only the plan itself. A decision is one pass over the history
 * and a fixed sequence of branches; no streams, lambdas or string formatting.
 */
final class PolicyRules {
  private static final Logger LOG = LoggerFactory.getLogger(RecoveryPolicy.class);

  static final String REPEAT_FIRST = "repeat.first";
  static final String REPEAT_SECOND = "repeat.second";
  static final String REPEAT_THIRD_PLUS = "repeat.third-plus";
  static final String RESPOND_TABLE = "respond.table";
  static final String RESPOND_PUBLIC_LOW_RATING = "respond.public-low-rating";
  static final String RESPOND_TOP_PRIORITY = "respond.top-priority";
  static final String REMEDY_NO_LINES = "remedy.no-lines";
  static final String OWNERSHIP_OURS = "ownership.ours";
  static final String OWNERSHIP_CUSTOMER_MISTAKE = "ownership.customer-mistake";
  static final String OWNERSHIP_CARRIER = "ownership.carrier";
  static final String OWNERSHIP_CLEARER = "ownership.clearer";
  static final String ASK_ITEM_BACK = "investigate.ask-item-back";
  static final String INVESTIGATE_LOT = "investigate.lot";
  static final String STOP_SALE_REPEAT = "stop-sale.repeat-defect";
  static final String TRUST_ON_TRUST = "trust.on-trust";
  static final String TRUST_APPROVAL = "trust.approval-above-limit";
  static final String TRUST_ABUSE_COUNT = "trust.abuse.refund-count";
  static final String TRUST_ABUSE_TOTAL = "trust.abuse.refund-total";
  static final String CREDIT_SERIOUS_FIRST = "credit.serious-first";
  static final String CREDIT_REPEAT = "credit.repeat";
  static final String CREDIT_ESCALATED = "credit.escalated";
  static final String TONE_FRIENDLY = "tone.friendly";
  static final String TONE_SEVERITY = "tone.formal.severity";
  static final String TONE_MOOD = "tone.formal.mood";
  static final String TONE_STAFF = "tone.formal.staff";
  static final String ESCALATE_SEVERE = "escalate.severe-harm";
  static final String ESCALATE_PUBLIC = "escalate.public-complaint";
  static final String GOODWILL_PARADOX = "goodwill.paradox";
  static final String GOODWILL_DECAY = "goodwill.decay";

  private static final AccountFix ACCOUNT_FIX_AS_REQUESTED =
      new AccountFix(AccountFix.Change.AS_REQUESTED);
  private static final OwnershipStatement WE_GOT_IT_WRONG =
      OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG);
  private static final OwnershipStatement OUR_GUIDANCE_FAILED =
      OwnershipStatement.of(OwnershipKey.OUR_GUIDANCE_FAILED);
  private static final OwnershipStatement CARRIER_IS_OUR_CHOICE =
      OwnershipStatement.of(OwnershipKey.CARRIER_IS_OUR_CHOICE);
  private static final OwnershipStatement SHOULD_HAVE_BEEN_CLEARER =
      OwnershipStatement.of(OwnershipKey.SHOULD_HAVE_BEEN_CLEARER);
  private static final int PRECOMPUTED_COUNTS = 32;

  /** ISO 4217 numeric codes are below 1000; per-currency settings are looked up by them. */
  private static final int CODES = 1000;

  private final Remedy[] remedies;
  private final Reason[] remedyReasons;
  private final Duration repeatWindow;
  private final Duration recentWithin;
  private final long repeatWindowSeconds;
  private final long recentWithinSeconds;
  private final int repeatWindowNanos;
  private final int recentWithinNanos;
  private final int formalAfter;
  private final int escalateAfter;
  private final Map<Currency, Money> autoApproveLimits;
  private final Money[] autoApproveByCode;
  private final String approver;
  private final Duration approvalWithin;
  private final int abuseRefundCount;
  private final Map<Currency, Money> abuseRefundTotals;
  private final String abuseReviewer;
  private final Duration abuseReviewWithin;
  private final String accountOwner;
  private final Duration escalationWithin;
  private final String severeHarmOwner;
  private final String staffConductOwner;
  private final String publicComplaintOwner;
  private final int seriousFirstCreditPercent;
  private final int repeatCreditPercent;
  private final int escalatedCreditPercent;
  private final Duration creditValidFor;
  private final OptionalInt repeatCredit;
  private final OptionalInt escalatedCredit;
  private final Duration shipWithin;
  private final Duration guidanceFollowUpAfter;
  private final Duration arrivalFollowUpAfter;
  private final Guidance.Fallback guidanceFallback;
  private final boolean askForItemBack;
  private final boolean investigateLots;
  private final Duration[] respondWithin;
  private final Reason[] respondReasons;
  private final Duration publicLowRatingWithin;
  private final Duration topPriorityWithin;
  private final double firstFailureGoodwill;
  private final double repeatDecay;
  private final double sameKindDecay;
  private final double recentDecay;

  private final Reason repeatFirst;
  private final Reason repeatSecond;
  private final Reason repeatThirdPlus;
  private final Reason respondPublicLowRating;
  private final Reason respondTopPriority;
  private final Reason noLines;
  private final Reason ownershipOurs;
  private final Reason ownershipCustomerMistake;
  private final Reason ownershipCarrier;
  private final Reason ownershipClearer;
  private final Reason askItemBack;
  private final Reason investigateLot;
  private final Reason stopSaleRepeat;
  private final Reason onTrust;
  private final Reason approvalAboveLimit;
  private final Reason abuseCount;
  private final Map<Currency, Reason> abuseTotal;
  private final Reason creditSeriousFirst;
  private final Reason creditRepeat;
  private final Reason creditEscalated;
  private final Reason toneFriendly;
  private final Reason toneSeverity;
  private final Reason toneMood;
  private final Reason toneStaff;
  private final Reason escalateSevere;
  private final Reason escalatePublic;
  private final Reason goodwillParadox;
  private final Reason goodwillDecay;
  private final Reason[] fixReasons = new Reason[ProcessFix.Area.values().length];
  private final OwnershipStatement[] rootCause =
      new OwnershipStatement[ProcessFix.Area.values().length];
  private final OwnershipStatement[] notTheFirstTime = new OwnershipStatement[PRECOMPUTED_COUNTS];
  private final String[] stopSaleEvidence = new String[PRECOMPUTED_COUNTS];
  private final OwnershipStatement personalOwner;

  PolicyRules(PolicySettings s) {
    remedies = new Remedy[IssueKind.values().length];
    remedyReasons = new Reason[remedies.length];
    for (IssueKind kind : IssueKind.values()) {
      Remedy remedy = s.remedy(kind);
      remedies[kind.ordinal()] = remedy;
      remedyReasons[kind.ordinal()] =
          new Reason("remedy." + slug(kind.name()) + "." + slug(remedy.name()), text(remedy));
    }
    repeatWindow = s.repeats().window();
    recentWithin = s.repeats().recentWithin();
    repeatWindowSeconds = s.repeats().window().getSeconds();
    recentWithinSeconds = s.repeats().recentWithin().getSeconds();
    repeatWindowNanos = s.repeats().window().getNano();
    recentWithinNanos = s.repeats().recentWithin().getNano();
    formalAfter = s.repeats().formalAfter();
    escalateAfter = s.repeats().escalateAfter();
    autoApproveLimits = Map.copyOf(s.refunds().autoApproveLimits());
    autoApproveByCode = new Money[CODES];
    autoApproveLimits.forEach(
        (c, m) -> {
          if (indexed(c)) {
            autoApproveByCode[c.getNumericCode()] = m;
          }
        });
    approver = s.refunds().approver();
    approvalWithin = s.refunds().approvalWithin();
    abuseRefundCount = s.refunds().abuse().refundCount();
    abuseRefundTotals = Map.copyOf(s.refunds().abuse().refundTotals());

    abuseReviewer = s.refunds().abuse().reviewer();
    abuseReviewWithin = s.refunds().abuse().reviewWithin();
    accountOwner = s.repeats().accountOwner();
    escalationWithin = s.repeats().escalationWithin();
    severeHarmOwner = s.owners().severeHarm();
    staffConductOwner = s.owners().staffConduct();
    publicComplaintOwner = s.owners().publicComplaint();
    seriousFirstCreditPercent = s.credits().seriousFirstPercent();
    repeatCreditPercent = s.credits().repeatPercent();
    escalatedCreditPercent = s.credits().escalatedPercent();
    creditValidFor = s.credits().validFor();
    repeatCredit = OptionalInt.of(s.credits().repeatPercent());
    escalatedCredit = OptionalInt.of(s.credits().escalatedPercent());
    shipWithin = s.fulfilment().shipWithin();
    guidanceFollowUpAfter = s.fulfilment().guidanceFollowUpAfter();
    arrivalFollowUpAfter = s.fulfilment().arrivalFollowUpAfter();
    guidanceFallback = s.fulfilment().guidanceFallback();
    askForItemBack = s.fulfilment().askForItemBack();
    investigateLots = s.fulfilment().investigateLots();
    respondWithin = new Duration[RespondByTable.SIZE];
    for (int i = 0; i < respondWithin.length; i++) {
      respondWithin[i] = s.respondBy().table().cell(i);
    }
    respondReasons = new Reason[respondWithin.length];
    for (Channel channel : Channel.values()) {
      for (Severity severity : Severity.values()) {
        for (Mood mood : Mood.values()) {
          int i = RespondByTable.index(channel, severity, mood);
          respondReasons[i] =
              new Reason(
                  RESPOND_TABLE,
                  "Respond within "
                      + words(respondWithin[i])
                      + (mood == Mood.ANGRY ? " to an " : " to a ")
                      + lower(mood.name())
                      + " customer with a "
                      + lower(severity.name())
                      + " problem by "
                      + lower(channel.name())
                      + ".");
        }
      }
    }
    publicLowRatingWithin = s.respondBy().publicLowRatingWithin();
    topPriorityWithin = s.respondBy().topPriorityWithin();
    firstFailureGoodwill = s.goodwill().firstFailure();
    repeatDecay = s.goodwill().repeatDecay();
    sameKindDecay = s.goodwill().sameKindDecay();
    recentDecay = s.goodwill().recentDecay();

    String window = words(repeatWindow);
    repeatFirst =
        new Reason(
            REPEAT_FIRST,
            "At most one business-caused failure in "
                + window
                + ": a fast fix, handled well, can leave the customer more loyal than before.");
    repeatSecond =
        new Reason(
            REPEAT_SECOND,
            "A repeated business-caused failure in "
                + window
                + ": apologise formally, add a credit and say what we are changing at the root.");
    repeatThirdPlus =
        new Reason(
            REPEAT_THIRD_PLUS,
            "Business-caused failures keep repeating in "
                + window
                + ": "
                + accountOwner
                + " takes the account, which turns red, within "
                + words(escalationWithin)
                + ".");
    respondPublicLowRating =
        new Reason(
            RESPOND_PUBLIC_LOW_RATING,
            "A public review of one or two stars: respond within "
                + words(publicLowRatingWithin)
                + ".");
    respondTopPriority =
        new Reason(
            RESPOND_TOP_PRIORITY,
            "Repeated failures make this top priority: respond within "
                + words(topPriorityWithin)
                + ".");
    noLines =
        new Reason(
            REMEDY_NO_LINES,
            "The remedy names products but the complaint has no order lines: an agent confirms the"
                + " items and sends the remedy by the respond-by deadline.");
    ownershipOurs = new Reason(OWNERSHIP_OURS, "We own the mistake, with no excuses.");
    ownershipCustomerMistake =
        new Reason(
            OWNERSHIP_CUSTOMER_MISTAKE,
            "Never blame the customer: their mistake is ours to fix, and our guidance should have"
                + " prevented it.");
    ownershipCarrier =
        new Reason(OWNERSHIP_CARRIER, "We chose the carrier, so its failure is ours to own.");
    ownershipClearer =
        new Reason(OWNERSHIP_CLEARER, "We should have made the product easier to use.");
    askItemBack =
        new Reason(
            ASK_ITEM_BACK,
            "Ask, never require, for the item or photos, with a prepaid label, so we can check the"
                + " rest of the production run.");
    investigateLot =
        new Reason(INVESTIGATE_LOT, "Check the rest of the production run the item came from.");
    stopSaleRepeat =
        new Reason(
            STOP_SALE_REPEAT,
            "The customer reported poor quality before in "
                + window
                + ": review whether the product should stop being sold.");
    onTrust =
        new Reason(
            TRUST_ON_TRUST, "The refund is granted now on trust: no return and no proof needed.");
    approvalAboveLimit =
        new Reason(
            TRUST_APPROVAL,
            "The refund is above the auto-approve limit: it stands, and "
                + approver
                + " records the approval within "
                + words(approvalWithin)
                + ".");
    abuseCount =
        new Reason(
            TRUST_ABUSE_COUNT,
            "More than "
                + abuseRefundCount
                + " refunds in "
                + window
                + ": "
                + abuseReviewer
                + " takes a look; nothing is denied.");
    var totals = new HashMap<Currency, Reason>();
    abuseRefundTotals.forEach(
        (currency, total) ->
            totals.put(
                currency,
                new Reason(
                    TRUST_ABUSE_TOTAL,
                    "Refunds in "
                        + window
                        + " total more than "
                        + total
                        + ": "
                        + abuseReviewer
                        + " takes a look; nothing is denied.")));
    abuseTotal = Map.copyOf(totals);
    creditSeriousFirst =
        new Reason(
            CREDIT_SERIOUS_FIRST,
            "A serious failure: add "
                + seriousFirstCreditPercent
                + "% off the next order to invite the customer back.");
    creditRepeat =
        new Reason(
            CREDIT_REPEAT,
            "A repeated failure: add "
                + repeatCreditPercent
                + "% off the next order to invite the customer back.");
    creditEscalated =
        new Reason(
            CREDIT_ESCALATED,
            "Failures keep repeating: add "
                + escalatedCreditPercent
                + "% off the next order to invite the customer back.");
    toneFriendly =
        new Reason(
            TONE_FRIENDLY, "A first problem fixed fast: a short, warm reply, no stock apology.");
    toneSeverity =
        new Reason(TONE_SEVERITY, "A major or critical problem calls for a formal apology.");
    toneMood = new Reason(TONE_MOOD, "An angry customer is owed a formal apology.");
    toneStaff =
        new Reason(TONE_STAFF, "Staff treated the customer badly: apologise formally, personally.");
    escalateSevere =
        new Reason(
            ESCALATE_SEVERE,
            "Critical harm: " + severeHarmOwner + " takes the case by the respond-by deadline.");
    escalatePublic =
        new Reason(
            ESCALATE_PUBLIC,
            "An angry or low-rated public complaint: "
                + publicComplaintOwner
                + " answers it in public by the respond-by deadline.");
    goodwillParadox =
        new Reason(
            GOODWILL_PARADOX,
            "No earlier business-caused failure in "
                + window
                + ": a good recovery can leave goodwill higher than before.");
    goodwillDecay =
        new Reason(
            GOODWILL_DECAY,
            "Goodwill decays with each earlier business-caused failure in "
                + window
                + ", faster for the same kind or a recent one; after two failures a recovery no"
                + " longer restores it (Maxham and Netemeyer 2002).");
    for (ProcessFix.Area area : ProcessFix.Area.values()) {
      fixReasons[area.ordinal()] =
          new Reason(
              "process-fix." + slug(area.name()),
              "Fix the cause for everyone: " + text(area) + ".");
      rootCause[area.ordinal()] =
          OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", area.name());
    }
    for (int i = 0; i < PRECOMPUTED_COUNTS; i++) {
      notTheFirstTime[i] =
          OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", Integer.toString(i));
      stopSaleEvidence[i] = evidence(i);
    }
    personalOwner = OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", accountOwner);
  }

  RecoveryPlan decide(Complaint complaint, CustomerHistory history, Instant now) {
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
    final IssueKind kind = complaint.kind();
    final Severity severity = complaint.severity();
    final Mood mood = complaint.mood();
    final Channel channel = complaint.channel();
    final Cause cause = complaint.cause();
    final Instant received = complaint.receivedAt();
    final List<OrderLine> lines = complaint.lines();
    final int lineCount = lines.size();
    final @Nullable Currency currency = lineCount == 0 ? null : lines.get(0).unitPrice().currency();

    // One pass over the history: repeats, goodwill decay and refund signals together. Instants
    // are compared as (seconds, nanos) pairs so the pass allocates nothing.
    final long receivedSecond = received.getEpochSecond();
    final int receivedNano = received.getNano();
    long windowSecond = receivedSecond - repeatWindowSeconds;
    int windowNano = receivedNano - repeatWindowNanos;
    if (windowNano < 0) {
      windowNano += 1_000_000_000;
      windowSecond--;
    }
    long recentSecond = receivedSecond - recentWithinSeconds;
    int recentNano = receivedNano - recentWithinNanos;
    if (recentNano < 0) {
      recentNano += 1_000_000_000;
      recentSecond--;
    }
    final String complaintId = complaint.id();
    final List<Incident> incidents = history.incidents();
    int earlier = 0;
    int earlierPoorQuality = 0;
    int refunds = 0;
    double refundedApprox = 0.0;
    boolean refundedInCurrency = false;
    double decay = 1.0;
    for (int i = 0, n = incidents.size(); i < n; i++) {
      Incident incident = incidents.get(i);
      Instant at = incident.occurredAt();
      long second = at.getEpochSecond();
      int nano = at.getNano();
      if (before(second, nano, windowSecond, windowNano)
          || before(receivedSecond, receivedNano, second, nano)
          || incident.complaintId().equals(complaintId)) {
        continue;
      }
      Optional<Money> refund = incident.refunded();
      if (refund.isPresent()) {
        Money money = refund.get();
        if (money.amount().signum() > 0) {
          refunds++;
          if (money.currency().equals(currency)) {
            refundedApprox += money.amount().doubleValue();
            refundedInCurrency = true;
          }
        }
      }
      if (incident.businessCaused()) {
        earlier++;
        double factor = repeatDecay;
        if (incident.kind() == kind) {
          factor *= sameKindDecay;
          if (kind == IssueKind.POOR_QUALITY) {
            earlierPoorQuality++;
          }
        }
        if (!before(second, nano, recentSecond, recentNano)) {
          factor *= recentDecay;
        }
        decay *= factor;
      }
    }
    final boolean businessCaused = cause.isBusinessCaused();
    final int count = earlier + (businessCaused ? 1 : 0);
    final int level = count >= escalateAfter ? 3 : count >= formalAfter ? 2 : 1;

    final PlanList<RecoveryAction> actions = new PlanList<>(6 + 2 * lineCount);
    final PlanList<Reason> reasons = new PlanList<>(16);
    final PlanList<OwnershipStatement> ownership = new PlanList<>(4);

    reasons.append(level == 1 ? repeatFirst : level == 2 ? repeatSecond : repeatThirdPlus);

    // Respond-by: the table cell, shortened for low public ratings and for top priority.
    int cell = RespondByTable.index(channel, severity, mood);
    Duration within = respondWithin[cell];
    reasons.append(respondReasons[cell]);
    final boolean lowPublicRating =
        channel.isPublic() && complaint.rating().isPresent() && complaint.rating().getAsInt() <= 2;
    if (lowPublicRating && publicLowRatingWithin.compareTo(within) < 0) {
      within = publicLowRatingWithin;
      reasons.append(respondPublicLowRating);
    }
    if (level == 3 && topPriorityWithin.compareTo(within) < 0) {
      within = topPriorityWithin;
      reasons.append(respondTopPriority);
    }
    final Instant respondBy = received.plus(within);

    // The remedy, committed now.
    final Remedy remedy = remedies[kind.ordinal()];
    @Nullable Money refundTotal = null;
    if (lineCount == 0 && remedy.needsLines()) {
      reasons.append(noLines);
      actions.append(new FollowUp(respondBy, FollowUp.Why.CONFIRM_RESOLVED));
    } else {
      reasons.append(remedyReasons[kind.ordinal()]);
      switch (remedy) {
        case REPLACE -> {
          Instant shipBy = now.plus(shipWithin);
          for (int i = 0; i < lineCount; i++) {
            OrderLine line = lines.get(i);
            actions.append(new Replacement(line.sku(), line.quantity(), shipBy));
          }
        }
        case EXCHANGE -> {
          Instant shipBy = now.plus(shipWithin);
          for (int i = 0; i < lineCount; i++) {
            OrderLine line = lines.get(i);
            actions.append(new Exchange(line.sku(), line.quantity(), shipBy));
          }
        }
        case RESHIP -> {
          Instant shipBy = now.plus(shipWithin);
          for (int i = 0; i < lineCount; i++) {
            OrderLine line = lines.get(i);
            actions.append(new Reship(line.sku(), line.quantity(), shipBy, true));
          }
          actions.append(
              new FollowUp(now.plus(arrivalFollowUpAfter), FollowUp.Why.CONFIRM_ARRIVAL));
        }
        case REFUND -> {
          refundTotal = total(lines);
          actions.append(new Refund(refundTotal, skus(lines)));
        }
        case GUIDE -> {
          actions.append(
              new Guidance(
                  lineCount == 0 ? Optional.empty() : Optional.of(lines.get(0).sku()),
                  guidanceFallback));
          actions.append(
              new FollowUp(now.plus(guidanceFollowUpAfter), FollowUp.Why.CHECK_GUIDANCE_HELPED));
        }
        case CONFIRM_ARRIVAL ->
            actions.append(
                new FollowUp(now.plus(arrivalFollowUpAfter), FollowUp.Why.CONFIRM_ARRIVAL));
        case ACCOUNT_FIX -> actions.append(ACCOUNT_FIX_AS_REQUESTED);
        case PERSONAL_APOLOGY ->
            actions.append(
                new Escalation(staffConductOwner, Escalation.Why.STAFF_CONDUCT, respondBy));
        case AGENT_RESOLVES ->
            actions.append(new FollowUp(respondBy, FollowUp.Why.CONFIRM_RESOLVED));
      }
    }

    // Ownership: never blame, whoever made the mistake.
    if (cause == Cause.CUSTOMER_MISTAKE) {
      ownership.append(OUR_GUIDANCE_FAILED);
      reasons.append(ownershipCustomerMistake);
    } else if (cause == Cause.CARRIER) {
      ownership.append(CARRIER_IS_OUR_CHOICE);
      reasons.append(ownershipCarrier);
    } else if (kind == IssueKind.USAGE_DIFFICULTY) {
      ownership.append(SHOULD_HAVE_BEEN_CLEARER);
      reasons.append(ownershipClearer);
    } else {
      ownership.append(WE_GOT_IT_WRONG);
      reasons.append(ownershipOurs);
    }

    // Trust: the refund stands; a large one is approved after the fact.
    if (refundTotal != null) {
      reasons.append(onTrust);
      Currency c = refundTotal.currency();
      Money limit = indexed(c) ? autoApproveByCode[c.getNumericCode()] : null;
      if (limit == null || limit.currency() != c) {
        // Not indexed, or two currencies share a numeric code: ask the map.
        limit = autoApproveLimits.get(c);
      }
      if (limit == null) {
        if (refundTotal.amount().signum() > 0) {
          actions.append(new Approval(refundTotal, approver, now.plus(approvalWithin)));
          reasons.append(approvalAboveLimit);
        }
      } else if (refundTotal.amount().compareTo(limit.amount()) > 0) {
        actions.append(new Approval(refundTotal.minus(limit), approver, now.plus(approvalWithin)));
        reasons.append(approvalAboveLimit);
      }
    }

    // Investigation of the production run, never a condition.
    final boolean productFault = kind == IssueKind.DAMAGED || kind == IssueKind.POOR_QUALITY;
    if (productFault && lineCount > 0 && askForItemBack) {
      OrderLine first = lines.get(0);
      actions.append(new ReturnRequest(first.sku(), first.lot(), true, true));
      reasons.append(askItemBack);
    }
    if (kind == IssueKind.DAMAGED && lineCount > 0 && investigateLots) {
      for (int i = 0; i < lineCount; i++) {
        OrderLine line = lines.get(i);
        actions.append(new Investigation(line.sku(), line.lot()));
      }
      reasons.append(investigateLot);
    }
    if (kind == IssueKind.POOR_QUALITY && earlierPoorQuality > 0 && lineCount > 0) {
      String evidence = evidenceFor(earlierPoorQuality + (businessCaused ? 1 : 0));
      for (int i = 0; i < lineCount; i++) {
        actions.append(new StopSaleReview(lines.get(i).sku(), evidence));
      }
      reasons.append(stopSaleRepeat);
    }

    // A fix for everyone.
    ProcessFix.@Nullable Area area = fixArea(kind, cause);
    if (area != null) {
      boolean product = kind.ordinal() <= IssueKind.POOR_QUALITY.ordinal() && lineCount > 0;
      actions.append(
          new ProcessFix(area, product ? Optional.of(lines.get(0).sku()) : Optional.empty()));
      reasons.append(fixReasons[area.ordinal()]);
    }

    // Diminishing returns: stronger remedy, formal tone, named owner, red account.
    if (level >= 2) {
      ownership.append(
          count < PRECOMPUTED_COUNTS ? notTheFirstTime[count] : notTheFirstTimeOf(count));
      ownership.append(rootCause[(area == null ? ProcessFix.Area.OTHER : area).ordinal()]);
    }
    final boolean serious =
        severity == Severity.MAJOR || severity == Severity.CRITICAL || mood == Mood.ANGRY;
    int creditPercent = 0;
    if (level == 3) {
      creditPercent = escalatedCreditPercent;
      reasons.append(creditEscalated);
    } else if (level == 2) {
      creditPercent = repeatCreditPercent;
      reasons.append(creditRepeat);
    } else if (businessCaused && serious && seriousFirstCreditPercent > 0) {
      creditPercent = seriousFirstCreditPercent;
      reasons.append(creditSeriousFirst);
    }
    if (creditPercent > 0) {
      OptionalInt percent =
          creditPercent == repeatCredit.getAsInt()
              ? repeatCredit
              : creditPercent == escalatedCredit.getAsInt()
                  ? escalatedCredit
                  : OptionalInt.of(creditPercent);
      actions.append(new Credit(Optional.empty(), percent, now.plus(creditValidFor)));
    }

    final Tone tone;
    if (level >= 2) {
      tone = Tone.FORMAL_APOLOGY;
    } else if (remedy == Remedy.PERSONAL_APOLOGY) {
      tone = Tone.FORMAL_APOLOGY;
      reasons.append(toneStaff);
    } else if (severity == Severity.MAJOR || severity == Severity.CRITICAL) {
      tone = Tone.FORMAL_APOLOGY;
      reasons.append(toneSeverity);
    } else if (mood == Mood.ANGRY) {
      tone = Tone.FORMAL_APOLOGY;
      reasons.append(toneMood);
    } else {
      tone = Tone.FRIENDLY_FIX;
      reasons.append(toneFriendly);
    }

    // People who must look, each by a deadline; none of them can take back what was committed.
    if (level == 3) {
      actions.append(
          new Escalation(
              accountOwner, Escalation.Why.REPEATED_FAILURES, now.plus(escalationWithin)));
      ownership.append(personalOwner);
    }
    if (severity == Severity.CRITICAL) {
      actions.append(new Escalation(severeHarmOwner, Escalation.Why.SEVERE_HARM, respondBy));
      reasons.append(escalateSevere);
    }
    if (channel.isPublic() && (mood == Mood.ANGRY || lowPublicRating)) {
      actions.append(
          new Escalation(publicComplaintOwner, Escalation.Why.PUBLIC_COMPLAINT, respondBy));
      reasons.append(escalatePublic);
    }
    boolean abuse = false;
    if (refunds > abuseRefundCount) {
      reasons.append(abuseCount);
      abuse = true;
    }
    if (refundedInCurrency && currency != null) {
      Money totalLimit = abuseRefundTotals.get(currency);
      if (totalLimit != null && exceeds(refundedApprox, totalLimit, history, complaint, currency)) {
        reasons.append(abuseTotal.get(currency));
        abuse = true;
      }
    }
    if (abuse) {
      actions.append(
          new Escalation(abuseReviewer, Escalation.Why.ABUSE_SIGNAL, now.plus(abuseReviewWithin)));
    }

    // Four decimals: the outlook is a judgement, and a plan should not carry float noise such as
    // 0.19284375000000004 into JSON and reports.
    final double goodwill = Math.round(firstFailureGoodwill * decay * 10_000) / 10_000.0;
    reasons.append(earlier == 0 ? goodwillParadox : goodwillDecay);
    final AccountStatus status =
        level == 1 ? AccountStatus.GREEN : level == 2 ? AccountStatus.YELLOW : AccountStatus.RED;

    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "decided complaint {} for customer {}: {} business-caused in window, {} actions",
          complaintId,
          customerId,
          count,
          actions.size());
    }
    return new RecoveryPlan(
        complaintId, actions, respondBy, tone, ownership, goodwill, status, reasons);
  }

  private static boolean indexed(Currency c) {
    int code = c.getNumericCode();
    return code > 0 && code < CODES;
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
    Instant from = received.minus(repeatWindow);
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

  private String evidenceFor(int count) {
    return count < PRECOMPUTED_COUNTS ? stopSaleEvidence[count] : evidence(count);
  }

  private String evidence(int count) {
    return count + " poor-quality complaints from this customer in " + words(repeatWindow);
  }

  private static OwnershipStatement notTheFirstTimeOf(int count) {
    return OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", Integer.toString(count));
  }

  static String slug(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** Says a duration the way a person would: 8 hours, 30 minutes, 180 days. */
  static String words(Duration d) {
    long seconds = d.getSeconds();
    if (d.getNano() == 0 && seconds % 86_400 == 0) {
      return plural(seconds / 86_400, "day");
    }
    if (d.getNano() == 0 && seconds % 3_600 == 0) {
      return plural(seconds / 3_600, "hour");
    }
    if (d.getNano() == 0 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return d.toString();
  }

  private static String plural(long n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  private static String text(Remedy remedy) {
    return switch (remedy) {
      case REPLACE ->
          "Ship a replacement for every item concerned now, without waiting for anything to come"
              + " back.";
      case EXCHANGE -> "Ship the right item now, before anything comes back.";
      case GUIDE ->
          "Help the customer use the product, with a full refund committed if the help is not"
              + " enough, and check back.";
      case REFUND -> "Refund the items concerned in full now.";
      case RESHIP -> "Send the order again now by the fastest service, and confirm it arrived.";
      case CONFIRM_ARRIVAL -> "Track the delivery and confirm with the customer that it arrived.";
      case ACCOUNT_FIX ->
          "Make the account change for the customer now instead of telling them how.";
      case PERSONAL_APOLOGY -> "A manager apologises personally and follows up.";
      case AGENT_RESOLVES ->
          "An agent resolves the problem by the respond-by deadline and confirms with the"
              + " customer.";
    };
  }

  private static String text(ProcessFix.Area area) {
    return switch (area) {
      case SIZE_CHART -> "improve the size chart and fit advice";
      case PRODUCT_LISTING -> "make the product listing clearer";
      case PACKAGING -> "pack more safely";
      case PICKING -> "check picking in the warehouse";
      case INSTRUCTIONS -> "make the instructions and first-use help clearer";
      case QUALITY_CONTROL -> "raise quality control with the supplier";
      case DELIVERY -> "review the carrier and our delivery promises";
      case BILLING -> "correct the billing fault";
      case SERVICE_RELIABILITY -> "make the service more reliable";
      case ACCOUNT_SELF_SERVICE -> "make account changes self-service";
      case STAFF_TRAINING -> "train and coach the staff involved";
      case OTHER -> "remove the cause";
    };
  }
}
