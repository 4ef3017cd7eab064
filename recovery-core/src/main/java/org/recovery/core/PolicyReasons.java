package org.recovery.core;

import java.time.Duration;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.recovery.core.action.ProcessFix;

/**
 * Everything a compiled policy says: every reason, with its stable rule id, and every ownership
 * statement, built once from the settings so that a decision only picks them. The engine's steps in
 * {@link PolicyRules} are named after the rule ids kept here.
 */
final class PolicyReasons {
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

  static final OwnershipStatement WE_GOT_IT_WRONG =
      OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG);
  static final OwnershipStatement OUR_GUIDANCE_FAILED =
      OwnershipStatement.of(OwnershipKey.OUR_GUIDANCE_FAILED);
  static final OwnershipStatement CARRIER_IS_OUR_CHOICE =
      OwnershipStatement.of(OwnershipKey.CARRIER_IS_OUR_CHOICE);
  static final OwnershipStatement SHOULD_HAVE_BEEN_CLEARER =
      OwnershipStatement.of(OwnershipKey.SHOULD_HAVE_BEEN_CLEARER);

  /** Counts below this have their "not the first time" statement and stop-sale evidence ready. */
  static final int PRECOMPUTED_COUNTS = 32;

  final Reason repeatFirst;
  final Reason repeatSecond;
  final Reason repeatThirdPlus;
  final Reason[] respondTable = new Reason[RespondByTable.SIZE];
  final Reason respondPublicLowRating;
  final Reason respondTopPriority;
  final Reason noLines;
  final Reason[] remedy = new Reason[IssueKind.values().length];
  final Reason ownershipOurs;
  final Reason ownershipCustomerMistake;
  final Reason ownershipCarrier;
  final Reason ownershipClearer;
  final Reason askItemBack;
  final Reason investigateLot;
  final Reason stopSaleRepeat;
  final Reason onTrust;
  final Reason approvalAboveLimit;
  final Reason abuseCount;
  final Map<Currency, Reason> abuseTotal;
  final Reason creditSeriousFirst;
  final Reason creditRepeat;
  final Reason creditEscalated;
  final Reason toneFriendly;
  final Reason toneSeverity;
  final Reason toneMood;
  final Reason toneStaff;
  final Reason escalateSevere;
  final Reason escalatePublic;
  final Reason goodwillParadox;
  final Reason goodwillDecay;
  final Reason[] processFix = new Reason[ProcessFix.Area.values().length];
  final OwnershipStatement[] rootCause = new OwnershipStatement[ProcessFix.Area.values().length];
  final OwnershipStatement[] notTheFirstTime = new OwnershipStatement[PRECOMPUTED_COUNTS];
  final String[] stopSaleEvidence = new String[PRECOMPUTED_COUNTS];
  final OwnershipStatement personalOwner;
  private final String window;

  PolicyReasons(PolicySettings s) {
    PolicySettings.Repeats repeats = s.repeats();
    PolicySettings.Refunds refunds = s.refunds();
    PolicySettings.Credits credits = s.credits();
    PolicySettings.RespondBy respondBy = s.respondBy();
    for (IssueKind kind : IssueKind.values()) {
      Remedy r = s.remedy(kind);
      remedy[kind.ordinal()] =
          new Reason("remedy." + slug(kind.name()) + "." + slug(r.name()), text(r));
    }
    for (Channel channel : Channel.values()) {
      for (Severity severity : Severity.values()) {
        for (Mood mood : Mood.values()) {
          respondTable[RespondByTable.index(channel, severity, mood)] =
              new Reason(
                  RESPOND_TABLE,
                  "Respond within "
                      + words(respondBy.table().within(channel, severity, mood))
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
    window = words(repeats.window());
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
                + repeats.accountOwner()
                + " takes the account, which turns red, within "
                + words(repeats.escalationWithin())
                + ".");
    respondPublicLowRating =
        new Reason(
            RESPOND_PUBLIC_LOW_RATING,
            "A public review of one or two stars: respond within "
                + words(respondBy.publicLowRatingWithin())
                + ".");
    respondTopPriority =
        new Reason(
            RESPOND_TOP_PRIORITY,
            "Repeated failures make this top priority: respond within "
                + words(respondBy.topPriorityWithin())
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
                + refunds.approver()
                + " records the approval within "
                + words(refunds.approvalWithin())
                + ".");
    abuseCount =
        new Reason(
            TRUST_ABUSE_COUNT,
            "More than "
                + refunds.abuse().refundCount()
                + " refunds in "
                + window
                + ": "
                + refunds.abuse().reviewer()
                + " takes a look; nothing is denied.");
    var totals = new HashMap<Currency, Reason>();
    refunds
        .abuse()
        .refundTotals()
        .forEach(
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
                            + refunds.abuse().reviewer()
                            + " takes a look; nothing is denied.")));
    abuseTotal = Map.copyOf(totals);
    creditSeriousFirst =
        new Reason(
            CREDIT_SERIOUS_FIRST,
            "A serious failure: add "
                + credits.seriousFirstPercent()
                + "% off the next order to invite the customer back.");
    creditRepeat =
        new Reason(
            CREDIT_REPEAT,
            "A repeated failure: add "
                + credits.repeatPercent()
                + "% off the next order to invite the customer back.");
    creditEscalated =
        new Reason(
            CREDIT_ESCALATED,
            "Failures keep repeating: add "
                + credits.escalatedPercent()
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
            "Critical harm: "
                + s.owners().severeHarm()
                + " takes the case by the respond-by deadline.");
    escalatePublic =
        new Reason(
            ESCALATE_PUBLIC,
            "An angry or low-rated public complaint: "
                + s.owners().publicComplaint()
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
      processFix[area.ordinal()] =
          new Reason(
              "process-fix." + slug(area.name()),
              "Fix the cause for everyone: " + text(area) + ".");
      rootCause[area.ordinal()] =
          OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", area.name());
    }
    for (int i = 0; i < PRECOMPUTED_COUNTS; i++) {
      notTheFirstTime[i] =
          OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", Integer.toString(i));
      stopSaleEvidence[i] = evidence(i, window);
    }
    personalOwner =
        OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", repeats.accountOwner());
  }

  /** Returns the stop-sale evidence for a count of poor-quality complaints. */
  String evidenceFor(int count) {
    return count < PRECOMPUTED_COUNTS ? stopSaleEvidence[count] : evidence(count, window);
  }

  /** Returns the "not the first time" statement for a count of failures. */
  OwnershipStatement notTheFirstTime(int count) {
    return count < PRECOMPUTED_COUNTS
        ? notTheFirstTime[count]
        : OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", Integer.toString(count));
  }

  private static String evidence(int count, String window) {
    return count + " poor-quality complaints from this customer in " + window;
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
