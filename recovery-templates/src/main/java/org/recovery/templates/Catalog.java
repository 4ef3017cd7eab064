package org.recovery.templates;

import static org.recovery.templates.Var.AMOUNT;
import static org.recovery.templates.Var.AREA;
import static org.recovery.templates.Var.COUNT;
import static org.recovery.templates.Var.DATE;
import static org.recovery.templates.Var.DAY;
import static org.recovery.templates.Var.ISSUE;
import static org.recovery.templates.Var.ITEMS;
import static org.recovery.templates.Var.MESSAGE;
import static org.recovery.templates.Var.NAME;
import static org.recovery.templates.Var.ORDER;
import static org.recovery.templates.Var.OWNER;
import static org.recovery.templates.Var.PERCENT;
import static org.recovery.templates.Var.PRODUCT;
import static org.recovery.templates.Var.SMILE;
import static org.recovery.templates.Var.TIME;
import static org.recovery.templates.Var.TIMES;
import static org.recovery.templates.Var.WEEKDAY;
import static org.recovery.templates.Var.WHEN;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recovery.core.Cause;
import org.recovery.core.GrammaticalGender;
import org.recovery.core.IssueKind;
import org.recovery.core.OwnershipKey;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.ProcessFix;

/**
 * Every phrase a letter uses, by key, with the variables each may refer to. A phrase pack must give
 * each key either plainly or as both a {@code formal.} and a {@code friendly.} variant; a tone
 * variant, when present, wins over the plain key. A few keys are optional: a pack gives them only
 * where its language needs them, and letters fall back to a required key otherwise.
 */
final class Catalog {
  static final String FORMAL_PREFIX = "formal.";
  static final String FRIENDLY_PREFIX = "friendly.";

  private static final List<String> NAMES = new ArrayList<>();
  private static final List<Set<Var>> VARS = new ArrayList<>();
  private static final Map<String, Integer> INDEX = new HashMap<>();
  private static final BitSet OPTIONAL = new BitSet();

  static final int GREETING = key("greeting");
  static final int APOLOGY = key("apology", ISSUE);
  static final int APOLOGY_AGAIN = key("apology.again");
  static final int PRODUCT_ONE = key("product.one", PRODUCT);
  static final int PRODUCT_SEVERAL = key("product.several", PRODUCT, COUNT);
  static final int PRODUCT_FRAMED = key("product.framed", PRODUCT);
  static final int PRODUCT_FRAMED_SEVERAL = key("product.framed.several", PRODUCT, COUNT);
  static final int ORDER_UNNAMED = key("order.unnamed");

  /**
   * The customer's own product name with an article or possessive agreeing with its gender, by
   * {@link GrammaticalGender} ordinal; optional, {@link #PRODUCT_ONE} without.
   */
  static final int[] PRODUCT_ONE_BY_GENDER =
      optionalKeys("product.one.", GrammaticalGender.values(), PRODUCT);

  /** As {@link #PRODUCT_ONE_BY_GENDER}, for several units; optional, {@link #PRODUCT_SEVERAL}. */
  static final int[] PRODUCT_SEVERAL_BY_GENDER =
      optionalKeys("product.several.", GrammaticalGender.values(), PRODUCT, COUNT);

  static final int[] ISSUE_BY_KIND = keys("issue.", IssueKind.values(), ORDER);
  static final int ISSUE_DEFECT = key("issue.DAMAGED.defect", ORDER);
  static final int[] ACK_BY_KIND = keys("ack.", IssueKind.values(), ORDER);
  static final int ACK_DEFECT = key("ack.DAMAGED.defect", ORDER);
  static final int ACK_QUOTE = key("ack.quote", MESSAGE);
  static final int[] OWN = ownershipKeys();
  static final int[] AREA_CAUSE = keys("area.", ProcessFix.Area.values());
  static final int AREA_DELIVERY_LOST = key("area.DELIVERY.lost");
  static final int OWN_CAUSE_UNKNOWN = key("own.ROOT_CAUSE_FIX.unknown");
  static final int[] CAUSE = keys("cause.", Cause.values());
  static final int EXPLAIN_THANKS = key("explain.thanks");
  static final int HEADING_SOLUTION = key("heading.solution");
  static final int HEADING_CHANGES = key("heading.changes");
  static final int WHEN_DATE = key("when.date", DATE);
  static final int WHEN_TODAY = key("when.today");
  static final int WHEN_TOMORROW = key("when.tomorrow", TIME);
  static final int WHEN_WEEKDAY = key("when.weekday", WEEKDAY);
  static final int ON_TODAY = key("on.today");
  static final int ON_TOMORROW = key("on.tomorrow");
  static final int ON_WEEKDAYS = key("on.weekdays");
  static final int ON_DATE = key("on.date", DATE);
  static final int NUMBERS = key("numbers");
  static final int TIMES_WORDS = key("times");
  static final int TIMES_DIGITS = key("times.digits", COUNT);
  static final int STEP_REFUND = key("step.refund", AMOUNT);
  static final int STEP_NO_RETURN = key("step.noreturn");
  static final int STEP_REPLACEMENT = key("step.replacement", ITEMS, WHEN);
  static final int STEP_REPLACEMENT_SEVERAL = key("step.replacement.several", ITEMS, WHEN);
  static final int STEP_EXCHANGE = key("step.exchange", ITEMS, WHEN);
  static final int STEP_EXCHANGE_SEVERAL = key("step.exchange.several", ITEMS, WHEN);
  static final int STEP_EXCHANGE_ITEM = key("step.exchange.WRONG_ITEM", ITEMS, WHEN);
  static final int STEP_EXCHANGE_ITEM_SEVERAL =
      key("step.exchange.WRONG_ITEM.several", ITEMS, WHEN);
  static final int STEP_EXCHANGE_SIZE = key("step.exchange.WRONG_SIZE", ITEMS, WHEN);
  static final int STEP_EXCHANGE_SIZE_SEVERAL =
      key("step.exchange.WRONG_SIZE.several", ITEMS, WHEN);
  static final int STEP_RESHIP = key("step.reship", ITEMS, WHEN);
  static final int STEP_RESHIP_SEVERAL = key("step.reship.several", ITEMS, WHEN);
  static final int STEP_RESHIP_EXPEDITED = key("step.reship.expedited", ITEMS, WHEN);
  static final int STEP_RESHIP_EXPEDITED_SEVERAL =
      key("step.reship.expedited.several", ITEMS, WHEN);
  static final int[] STEP_GUIDANCE = keys("step.guidance.", Guidance.Fallback.values(), ORDER, DAY);
  static final int[] STEP_GUIDANCE_UNDATED =
      keys("step.guidance.undated.", Guidance.Fallback.values(), ORDER);
  static final int STEP_RETURN = key("step.return", ITEMS);
  static final int STEP_RETURN_LABEL = key("step.return.label");
  static final int STEP_RETURN_PHOTOS = key("step.return.photos");
  static final int STEP_RETURN_OPTIONAL = key("step.return.optional");
  static final int[] STEP_FOLLOW_UP = keys("step.followup.", FollowUp.Why.values(), DAY);
  static final int[] STEP_ACCOUNT = keys("step.account.", AccountFix.Change.values());
  static final int[] STEP_ESCALATION = escalationKeys();
  static final int CHANGE_INVESTIGATION = key("change.investigation");
  static final int[] CHANGE_AREA = keys("change.area.", ProcessFix.Area.values());
  static final int CHANGE_DELIVERY_LOST = key("change.area.DELIVERY.lost");
  static final int INCENTIVE_AMOUNT = key("incentive.amount", AMOUNT, DATE);
  static final int INCENTIVE_PERCENT = key("incentive.percent", PERCENT, DATE);
  static final int THANKS = key("thanks");
  static final int THANKS_UPSET = key("thanks.upset");
  static final int SIGN_OFF = key("signoff");
  static final int SIGNATURE = key("signature");
  static final int LANGUAGE_TITLE = key("language.title");

  static final int SIZE = NAMES.size();

  /** How many keys every pack must give. */
  static final int REQUIRED = SIZE - OPTIONAL.cardinality();

  private Catalog() {}

  static int indexOf(String name) {
    Integer i = INDEX.get(name);
    return i == null ? -1 : i;
  }

  static String name(int key) {
    return NAMES.get(key);
  }

  /** Tells whether a pack may leave the key out. */
  static boolean isOptional(int key) {
    return OPTIONAL.get(key);
  }

  static Set<Var> vars(int key) {
    return VARS.get(key);
  }

  private static int key(String name, Var... vars) {
    EnumSet<Var> allowed = EnumSet.of(NAME, SMILE);
    allowed.addAll(List.of(vars));
    int index = NAMES.size();
    NAMES.add(name);
    VARS.add(allowed);
    INDEX.put(name, index);
    return index;
  }

  private static int[] keys(String prefix, Enum<?>[] constants, Var... vars) {
    int[] out = new int[constants.length];
    for (Enum<?> c : constants) {
      out[c.ordinal()] = key(prefix + c.name(), vars);
    }
    return out;
  }

  private static int[] optionalKeys(String prefix, Enum<?>[] constants, Var... vars) {
    int[] out = keys(prefix, constants, vars);
    for (int k : out) {
      OPTIONAL.set(k);
    }
    return out;
  }

  /**
   * Returns the step key for each escalation the customer is told about, or -1 for one that stays
   * internal: an abuse signal is never told, and repeated failures are told by the personal-owner
   * statement.
   */
  private static int[] escalationKeys() {
    int[] out = new int[Escalation.Why.values().length];
    for (Escalation.Why why : Escalation.Why.values()) {
      out[why.ordinal()] =
          switch (why) {
            case STAFF_CONDUCT, SEVERE_HARM, PUBLIC_COMPLAINT ->
                key("step.escalation." + why.name(), WHEN);
            case REPEATED_FAILURES, ABUSE_SIGNAL -> -1;
          };
    }
    return out;
  }

  private static int[] ownershipKeys() {
    int[] out = new int[OwnershipKey.values().length];
    for (OwnershipKey k : OwnershipKey.values()) {
      Var[] vars =
          switch (k) {
            case NOT_THE_FIRST_TIME -> new Var[] {TIMES};
            case ROOT_CAUSE_FIX -> new Var[] {AREA};
            case PERSONAL_OWNER -> new Var[] {OWNER};
            default -> new Var[0];
          };
      out[k.ordinal()] = key("own." + k.name(), vars);
    }
    return out;
  }
}
