package org.recovery.examples.bench;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.recovery.core.Channel;
import org.recovery.core.IssueKind;
import org.recovery.core.Mood;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.Severity;
import org.recovery.core.action.ProcessFix;

/**
 * The reasons, statements and respond-by table of the default policy, written out by hand for the
 * baselines the engine is compared with, so that all three produce equal plans.
 */
final class DefaultPolicyText {
  static final Reason REPEAT_FIRST =
      new Reason(
          "repeat.first",
          "At most one business-caused failure in 180 days: a fast fix, handled well, can leave"
              + " the customer more loyal than before.");
  static final Reason REPEAT_SECOND =
      new Reason(
          "repeat.second",
          "A repeated business-caused failure in 180 days: apologise formally, add a credit and say"
              + " what we are changing at the root.");
  static final Reason REPEAT_THIRD_PLUS =
      new Reason(
          "repeat.third-plus",
          "Business-caused failures keep repeating in 180 days: customer-care-lead takes the"
              + " account, which turns red, within 4 hours.");
  static final Reason PUBLIC_LOW_RATING =
      new Reason(
          "respond.public-low-rating",
          "A public review of one or two stars: respond within 30 minutes.");
  static final Reason TOP_PRIORITY =
      new Reason(
          "respond.top-priority",
          "Repeated failures make this top priority: respond within 30 minutes.");
  static final Reason NO_LINES =
      new Reason(
          "remedy.no-lines",
          "The remedy names products but the complaint has no order lines: an agent confirms the"
              + " items and sends the remedy by the respond-by deadline.");
  static final Reason OURS = new Reason("ownership.ours", "We own the mistake, with no excuses.");
  static final Reason CUSTOMER_MISTAKE =
      new Reason(
          "ownership.customer-mistake",
          "Never blame the customer: their mistake is ours to fix, and our guidance should have"
              + " prevented it.");
  static final Reason CARRIER =
      new Reason("ownership.carrier", "We chose the carrier, so its failure is ours to own.");
  static final Reason CLEARER =
      new Reason("ownership.clearer", "We should have made the product easier to use.");
  static final Reason ASK_ITEM_BACK =
      new Reason(
          "investigate.ask-item-back",
          "Ask, never require, for the item or photos, with a prepaid label, so we can check the"
              + " rest of the production run.");
  static final Reason INVESTIGATE_LOT =
      new Reason("investigate.lot", "Check the rest of the production run the item came from.");
  static final Reason STOP_SALE =
      new Reason(
          "stop-sale.repeat-defect",
          "The customer reported poor quality before in 180 days: review whether the product"
              + " should stop being sold.");
  static final Reason ON_TRUST =
      new Reason(
          "trust.on-trust", "The refund is granted now on trust: no return and no proof needed.");
  static final Reason APPROVAL =
      new Reason(
          "trust.approval-above-limit",
          "The refund is above the auto-approve limit: it stands, and refund-approvals records the"
              + " approval within 1 day.");
  static final Reason ABUSE_COUNT =
      new Reason(
          "trust.abuse.refund-count",
          "More than 3 refunds in 180 days: trust-and-safety takes a look; nothing is denied.");
  static final Map<String, Reason> ABUSE_TOTAL =
      Map.of(
          "USD", abuseTotal("600.00 USD"),
          "EUR", abuseTotal("600.00 EUR"),
          "GBP", abuseTotal("600.00 GBP"));
  static final Reason CREDIT_SERIOUS_FIRST =
      new Reason(
          "credit.serious-first",
          "A serious failure: add 10% off the next order to invite the customer back.");
  static final Reason CREDIT_REPEAT =
      new Reason(
          "credit.repeat",
          "A repeated failure: add 15% off the next order to invite the customer back.");
  static final Reason CREDIT_ESCALATED =
      new Reason(
          "credit.escalated",
          "Failures keep repeating: add 25% off the next order to invite the customer back.");
  static final Reason TONE_FRIENDLY =
      new Reason(
          "tone.friendly", "A first problem fixed fast: a short, warm reply, no stock apology.");
  static final Reason TONE_SEVERITY =
      new Reason("tone.formal.severity", "A major or critical problem calls for a formal apology.");
  static final Reason TONE_MOOD =
      new Reason("tone.formal.mood", "An angry customer is owed a formal apology.");
  static final Reason TONE_STAFF =
      new Reason(
          "tone.formal.staff", "Staff treated the customer badly: apologise formally, personally.");
  static final Reason SEVERE =
      new Reason(
          "escalate.severe-harm",
          "Critical harm: customer-care-manager takes the case by the respond-by deadline.");
  static final Reason PUBLIC =
      new Reason(
          "escalate.public-complaint",
          "An angry or low-rated public complaint: social-care-team answers it in public by the"
              + " respond-by deadline.");
  static final Reason PARADOX =
      new Reason(
          "goodwill.paradox",
          "No earlier business-caused failure in 180 days: a good recovery can leave goodwill"
              + " higher than before.");
  static final Reason DECAY =
      new Reason(
          "goodwill.decay",
          "Goodwill decays with each earlier business-caused failure in 180 days, faster for the"
              + " same kind or a recent one; after two failures a recovery no longer restores it"
              + " (Maxham and Netemeyer 2002).");

  static final Reason DAMAGED_REPLACE =
      new Reason(
          "remedy.damaged.replace",
          "Ship a replacement for every item concerned now, without waiting for anything to come"
              + " back.");
  static final Reason WRONG_ITEM_EXCHANGE =
      new Reason(
          "remedy.wrong-item.exchange", "Ship the right item now, before anything comes back.");
  static final Reason WRONG_SIZE_EXCHANGE =
      new Reason(
          "remedy.wrong-size.exchange", "Ship the right item now, before anything comes back.");
  static final Reason USAGE_GUIDE =
      new Reason(
          "remedy.usage-difficulty.guide",
          "Help the customer use the product, with a full refund committed if the help is not"
              + " enough, and check back.");
  static final Reason POOR_QUALITY_REFUND =
      new Reason("remedy.poor-quality.refund", "Refund the items concerned in full now.");
  static final Reason LATE_CONFIRM =
      new Reason(
          "remedy.late-delivery.confirm-arrival",
          "Track the delivery and confirm with the customer that it arrived.");
  static final Reason LOST_RESHIP =
      new Reason(
          "remedy.lost-delivery.reship",
          "Send the order again now by the fastest service, and confirm it arrived.");
  static final Reason BILLING_REFUND =
      new Reason("remedy.billing-error.refund", "Refund the items concerned in full now.");
  static final Reason SERVICE_REFUND =
      new Reason("remedy.service-failure.refund", "Refund the items concerned in full now.");
  static final Reason ACCOUNT_FIX =
      new Reason(
          "remedy.account-problem.account-fix",
          "Make the account change for the customer now instead of telling them how.");
  static final Reason STAFF_APOLOGY =
      new Reason(
          "remedy.staff-conduct.personal-apology",
          "A manager apologises personally and follows up.");
  static final Reason OTHER_AGENT =
      new Reason(
          "remedy.other.agent-resolves",
          "An agent resolves the problem by the respond-by deadline and confirms with the"
              + " customer.");

  static final EnumMap<ProcessFix.Area, Reason> FIX = new EnumMap<>(ProcessFix.Area.class);
  static final EnumMap<ProcessFix.Area, OwnershipStatement> ROOT_CAUSE =
      new EnumMap<>(ProcessFix.Area.class);

  static {
    fix(ProcessFix.Area.SIZE_CHART, "size-chart", "improve the size chart and fit advice");
    fix(ProcessFix.Area.PRODUCT_LISTING, "product-listing", "make the product listing clearer");
    fix(ProcessFix.Area.PACKAGING, "packaging", "pack more safely");
    fix(ProcessFix.Area.PICKING, "picking", "check picking in the warehouse");
    fix(
        ProcessFix.Area.INSTRUCTIONS,
        "instructions",
        "make the instructions and first-use help clearer");
    fix(
        ProcessFix.Area.QUALITY_CONTROL,
        "quality-control",
        "raise quality control with the supplier");
    fix(ProcessFix.Area.DELIVERY, "delivery", "review the carrier and our delivery promises");
    fix(ProcessFix.Area.BILLING, "billing", "correct the billing fault");
    fix(
        ProcessFix.Area.SERVICE_RELIABILITY,
        "service-reliability",
        "make the service more reliable");
    fix(
        ProcessFix.Area.ACCOUNT_SELF_SERVICE,
        "account-self-service",
        "make account changes self-service");
    fix(ProcessFix.Area.STAFF_TRAINING, "staff-training", "train and coach the staff involved");
    fix(ProcessFix.Area.OTHER, "other", "remove the cause");
  }

  static final OwnershipStatement WE_GOT_IT_WRONG =
      OwnershipStatement.of(OwnershipKey.WE_GOT_IT_WRONG);
  static final OwnershipStatement OUR_GUIDANCE_FAILED =
      OwnershipStatement.of(OwnershipKey.OUR_GUIDANCE_FAILED);
  static final OwnershipStatement CARRIER_IS_OUR_CHOICE =
      OwnershipStatement.of(OwnershipKey.CARRIER_IS_OUR_CHOICE);
  static final OwnershipStatement SHOULD_HAVE_BEEN_CLEARER =
      OwnershipStatement.of(OwnershipKey.SHOULD_HAVE_BEEN_CLEARER);
  static final OwnershipStatement PERSONAL_OWNER =
      OwnershipStatement.of(OwnershipKey.PERSONAL_OWNER, "owner", "customer-care-lead");
  static final OwnershipStatement[] NOT_THE_FIRST_TIME = new OwnershipStatement[64];
  static final String[] STOP_SALE_EVIDENCE = new String[64];

  static {
    for (int i = 0; i < NOT_THE_FIRST_TIME.length; i++) {
      NOT_THE_FIRST_TIME[i] =
          OwnershipStatement.of(OwnershipKey.NOT_THE_FIRST_TIME, "count", Integer.toString(i));
      STOP_SALE_EVIDENCE[i] = i + " poor-quality complaints from this customer in 180 days";
    }
  }

  private static final int SEVERITIES = Severity.values().length;
  private static final int MOODS = Mood.values().length;
  static final Duration[] RESPOND = new Duration[Channel.values().length * SEVERITIES * MOODS];
  static final Reason[] RESPOND_REASON = new Reason[RESPOND.length];

  static {
    for (Channel c : Channel.values()) {
      for (Severity s : Severity.values()) {
        for (Mood m : Mood.values()) {
          long minutes;
          if (c == Channel.EMAIL || c == Channel.WEB_FORM) {
            minutes = 480;
          } else if (c == Channel.SURVEY) {
            minutes = 1440;
          } else if (c == Channel.PHONE || c == Channel.SOCIAL_MEDIA) {
            minutes = 120;
          } else if (c == Channel.CHAT) {
            minutes = 30;
          } else {
            minutes = 240;
          }
          if (s == Severity.MINOR) {
            minutes = minutes * 3 / 2;
          } else if (s == Severity.MAJOR) {
            minutes = Math.min(minutes, 120);
          } else if (s == Severity.CRITICAL) {
            minutes = Math.min(minutes, 60);
          }
          if (m == Mood.FRUSTRATED) {
            minutes = minutes / 2;
          } else if (m == Mood.ANGRY) {
            minutes = Math.min(minutes / 2, s == Severity.CRITICAL ? 15 : 30);
          }
          int i = cell(c, s, m);
          RESPOND[i] = Duration.ofMinutes(minutes);
          String words =
              minutes % 1440 == 0
                  ? (minutes / 1440) + (minutes == 1440 ? " day" : " days")
                  : minutes % 60 == 0
                      ? (minutes / 60) + (minutes == 60 ? " hour" : " hours")
                      : minutes + (minutes == 1 ? " minute" : " minutes");
          RESPOND_REASON[i] =
              new Reason(
                  "respond.table",
                  "Respond within "
                      + words
                      + (m == Mood.ANGRY ? " to an " : " to a ")
                      + lower(m.name())
                      + " customer with a "
                      + lower(s.name())
                      + " problem by "
                      + lower(c.name())
                      + ".");
        }
      }
    }
  }

  private DefaultPolicyText() {}

  static int cell(Channel c, Severity s, Mood m) {
    return (c.ordinal() * SEVERITIES + s.ordinal()) * MOODS + m.ordinal();
  }

  static Reason remedyReason(IssueKind kind) {
    return switch (kind) {
      case DAMAGED -> DAMAGED_REPLACE;
      case WRONG_ITEM -> WRONG_ITEM_EXCHANGE;
      case WRONG_SIZE -> WRONG_SIZE_EXCHANGE;
      case USAGE_DIFFICULTY -> USAGE_GUIDE;
      case POOR_QUALITY -> POOR_QUALITY_REFUND;
      case LATE_DELIVERY -> LATE_CONFIRM;
      case LOST_DELIVERY -> LOST_RESHIP;
      case BILLING_ERROR -> BILLING_REFUND;
      case SERVICE_FAILURE -> SERVICE_REFUND;
      case ACCOUNT_PROBLEM -> ACCOUNT_FIX;
      case STAFF_CONDUCT -> STAFF_APOLOGY;
      case OTHER -> OTHER_AGENT;
    };
  }

  private static void fix(ProcessFix.Area area, String slug, String text) {
    FIX.put(area, new Reason("process-fix." + slug, "Fix the cause for everyone: " + text + "."));
    ROOT_CAUSE.put(area, OwnershipStatement.of(OwnershipKey.ROOT_CAUSE_FIX, "area", area.name()));
  }

  private static Reason abuseTotal(String money) {
    return new Reason(
        "trust.abuse.refund-total",
        "Refunds in 180 days total more than "
            + money
            + ": trust-and-safety takes a look; nothing is denied.");
  }

  private static String lower(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
