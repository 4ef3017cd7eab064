package org.recovery.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
import org.recovery.core.internal.NonBlank;

/**
 * Every setting of a {@link RecoveryPolicy}, in the groups of the policy's JSON document ({@code
 * org.recovery.core.json.PolicyJson}): the remedies, then repeats, goodwill, credits, refunds,
 * fulfilment, owners and respond-by. Read a policy's settings with {@link
 * RecoveryPolicy#settings()}, for example {@code policy.settings().refunds().approver()}; derive a
 * changed policy with {@link RecoveryPolicy#toBuilder()}.
 *
 * <p>Immutable and thread-safe; two settings values are equal when every setting is. Each group
 * checks its own values when constructed, with messages that name the setting as {@link
 * RecoveryPolicyBuilder} does ({@code repeatWindow must be positive but was PT0S}). The rules that
 * tie settings together, such as {@code escalateAfter >= formalAfter}, are checked by {@link
 * RecoveryPolicyBuilder#build()}, so the settings of every policy satisfy them.
 *
 * @param remedies the main remedy for every kind of problem; the defaults are listed on {@link
 *     RecoveryPolicy}
 * @param repeats how repeated failures are counted and escalated
 * @param goodwill how the goodwill outlook decays with repeated failures
 * @param credits the incentives to come back
 * @param refunds the approval limits and abuse signals for refunds
 * @param fulfilment how soon goods ship and follow-ups happen, and what is asked back
 * @param owners who takes the cases that need a person
 * @param respondBy how soon the customer hears from us
 */
public record PolicySettings(
    Map<IssueKind, Remedy> remedies,
    Repeats repeats,
    Goodwill goodwill,
    Credits credits,
    Refunds refunds,
    FulfilmentSettings fulfilment,
    Owners owners,
    RespondBy respondBy) {

  /**
   * Checks and copies the settings.
   *
   * @param remedies the main remedy for every kind of problem; the defaults are listed on {@link
   *     RecoveryPolicy}
   * @param repeats how repeated failures are counted and escalated
   * @param goodwill how the goodwill outlook decays with repeated failures
   * @param credits the incentives to come back
   * @param refunds the approval limits and abuse signals for refunds
   * @param fulfilment how soon goods ship and follow-ups happen, and what is asked back
   * @param owners who takes the cases that need a person
   * @param respondBy how soon the customer hears from us
   * @throws NullPointerException if a group is null
   * @throws IllegalArgumentException if a kind of problem has no remedy
   */
  public PolicySettings {
    var copy = new EnumMap<IssueKind, Remedy>(IssueKind.class);
    Objects.requireNonNull(remedies, "remedies")
        .forEach(
            (k, r) -> copy.put(Objects.requireNonNull(k), Objects.requireNonNull(r, "remedy")));
    for (IssueKind kind : IssueKind.values()) {
      if (!copy.containsKey(kind)) {
        throw new IllegalArgumentException(
            "remedies must name every kind of problem but lacks " + kind);
      }
    }
    remedies = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(repeats, "repeats");
    Objects.requireNonNull(goodwill, "goodwill");
    Objects.requireNonNull(credits, "credits");
    Objects.requireNonNull(refunds, "refunds");
    Objects.requireNonNull(fulfilment, "fulfilment");
    Objects.requireNonNull(owners, "owners");
    Objects.requireNonNull(respondBy, "respondBy");
  }

  /**
   * Returns the main remedy for a kind of problem.
   *
   * @param kind the kind
   * @return the remedy
   */
  public Remedy remedy(IssueKind kind) {
    return remedies.get(Objects.requireNonNull(kind, "kind"));
  }

  /** Returns the defaults; not a constant, which would make class initialisation order matter. */
  static PolicySettings defaults() {
    return new PolicySettings(
        defaultRemedies(),
        Repeats.DEFAULTS,
        Goodwill.DEFAULTS,
        Credits.DEFAULTS,
        Refunds.DEFAULTS,
        FulfilmentSettings.DEFAULTS,
        Owners.DEFAULTS,
        RespondBy.DEFAULTS);
  }

  private static Map<IssueKind, Remedy> defaultRemedies() {
    var m = new EnumMap<IssueKind, Remedy>(IssueKind.class);
    m.put(IssueKind.DAMAGED, Remedy.REPLACE);
    m.put(IssueKind.WRONG_ITEM, Remedy.EXCHANGE);
    m.put(IssueKind.WRONG_SIZE, Remedy.EXCHANGE);
    m.put(IssueKind.USAGE_DIFFICULTY, Remedy.GUIDE);
    m.put(IssueKind.POOR_QUALITY, Remedy.REFUND);
    m.put(IssueKind.LATE_DELIVERY, Remedy.CONFIRM_ARRIVAL);
    m.put(IssueKind.LOST_DELIVERY, Remedy.RESHIP);
    m.put(IssueKind.BILLING_ERROR, Remedy.REFUND);
    m.put(IssueKind.SERVICE_FAILURE, Remedy.REFUND);
    m.put(IssueKind.ACCOUNT_PROBLEM, Remedy.ACCOUNT_FIX);
    m.put(IssueKind.STAFF_CONDUCT, Remedy.PERSONAL_APOLOGY);
    m.put(IssueKind.OTHER, Remedy.AGENT_RESOLVES);
    return m;
  }

  /**
   * How repeated failures are counted and escalated: diminishing returns. The engine counts the
   * customer's business-caused incidents (every cause but {@link Cause#CUSTOMER_MISTAKE}) in the
   * window before the complaint was received, this complaint included when it is business-caused.
   *
   * <ul>
   *   <li>Count below {@code formalAfter} (a first failure, by default): a fast fix in a {@link
   *       Tone#FRIENDLY_FIX} tone, unless the severity is MAJOR or CRITICAL or the customer is
   *       ANGRY, which call for {@link Tone#FORMAL_APOLOGY} and the serious-first credit; account
   *       GREEN.
   *   <li>From {@code formalAfter}: formal apology, the repeat credit, the statements "this is not
   *       the first time" and "here is what we are changing at the root"; account YELLOW.
   *   <li>From {@code escalateAfter}: the escalated credit, an escalation to the account owner who
   *       says so personally, a top-priority respond-by; account RED.
   * </ul>
   *
   * <p>Generosity never decreases as failures repeat: credits, escalations and the respond-by
   * deadline only grow stronger with the count.
   *
   * @param window how far back incidents count as repeats (default 180 days); positive
   * @param recentWithin how close an earlier incident must be to count as recent, which makes
   *     goodwill decay faster (default 30 days); positive, at most {@code window}
   * @param formalAfter the count from which the reply is a formal apology with a credit and a
   *     root-cause statement (default 2); at least 1
   * @param escalateAfter the count from which the account owner takes the account, which turns red,
   *     and the reply is top priority (default 3); at least {@code formalAfter}
   * @param accountOwner the named owner who takes an account after repeated failures (default
   *     {@code customer-care-lead}); not blank
   * @param escalationWithin how long the account owner has to act (default 4 hours); positive
   */
  public record Repeats(
      Duration window,
      Duration recentWithin,
      int formalAfter,
      int escalateAfter,
      String accountOwner,
      Duration escalationWithin) {

    static final Repeats DEFAULTS =
        new Repeats(
            Duration.ofDays(180),
            Duration.ofDays(30),
            2,
            3,
            "customer-care-lead",
            Duration.ofHours(4));

    /**
     * Checks each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param window how far back incidents count as repeats (default 180 days); positive
     * @param recentWithin how close an earlier incident must be to count as recent, which makes
     *     goodwill decay faster (default 30 days); positive, at most {@code window}
     * @param formalAfter the count from which the reply is a formal apology with a credit and a
     *     root-cause statement (default 2); at least 1
     * @param escalateAfter the count from which the account owner takes the account, which turns
     *     red, and the reply is top priority (default 3); at least {@code formalAfter}
     * @param accountOwner the named owner who takes an account after repeated failures (default
     *     {@code customer-care-lead}); not blank
     * @param escalationWithin how long the account owner has to act (default 4 hours); positive
     */
    public Repeats {
      SettingBounds.positive(window, "repeatWindow");
      SettingBounds.positive(recentWithin, "recentWithin");
      SettingBounds.atLeast(formalAfter, 1, "formalAfter");
      SettingBounds.atLeast(escalateAfter, 1, "escalateAfter");
      NonBlank.require(accountOwner, "accountOwner");
      SettingBounds.positive(escalationWithin, "escalationWithin");
    }

    Repeats withWindow(Duration v) {
      return new Repeats(
          v, recentWithin, formalAfter, escalateAfter, accountOwner, escalationWithin);
    }

    Repeats withRecentWithin(Duration v) {
      return new Repeats(window, v, formalAfter, escalateAfter, accountOwner, escalationWithin);
    }

    Repeats withFormalAfter(int v) {
      return new Repeats(window, recentWithin, v, escalateAfter, accountOwner, escalationWithin);
    }

    Repeats withEscalateAfter(int v) {
      return new Repeats(window, recentWithin, formalAfter, v, accountOwner, escalationWithin);
    }

    Repeats withAccountOwner(String v) {
      return new Repeats(window, recentWithin, formalAfter, escalateAfter, v, escalationWithin);
    }

    Repeats withEscalationWithin(Duration v) {
      return new Repeats(window, recentWithin, formalAfter, escalateAfter, accountOwner, v);
    }
  }

  /**
   * How the goodwill outlook of a plan decays with repeated failures. Goodwill starts at {@code
   * firstFailure} for a first failure handled well and is multiplied, for each earlier
   * business-caused incident in the repeat window, by {@code repeatDecay}, by a further {@code
   * sameKindDecay} if it was of the same kind and by a further {@code recentDecay} if it was within
   * {@link Repeats#recentWithin()}. The shape follows Maxham and Netemeyer (2002, "A longitudinal
   * study of complaining customers' evaluations of multiple service failures and recovery efforts",
   * Journal of Marketing 66(4)): a good recovery can lift satisfaction above its level before a
   * first failure, but not after a second. The numbers themselves are our defaults, not findings.
   *
   * @param firstFailure the outlook after a well-handled first failure (default 0.85: the recovery
   *     paradox can leave a customer more loyal than before); between 0 and 1
   * @param repeatDecay the factor per earlier business-caused incident (default 0.55); between 0
   *     and 1
   * @param sameKindDecay the extra factor for an earlier incident of the same kind (default 0.75);
   *     between 0 and 1
   * @param recentDecay the extra factor for a recent earlier incident (default 0.8); between 0 and
   *     1
   */
  public record Goodwill(
      double firstFailure, double repeatDecay, double sameKindDecay, double recentDecay) {

    static final Goodwill DEFAULTS = new Goodwill(0.85, 0.55, 0.75, 0.8);

    /**
     * Checks each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param firstFailure the outlook after a well-handled first failure (default 0.85: the
     *     recovery paradox can leave a customer more loyal than before); between 0 and 1
     * @param repeatDecay the factor per earlier business-caused incident (default 0.55); between 0
     *     and 1
     * @param sameKindDecay the extra factor for an earlier incident of the same kind (default
     *     0.75); between 0 and 1
     * @param recentDecay the extra factor for a recent earlier incident (default 0.8); between 0
     *     and 1
     */
    public Goodwill {
      SettingBounds.fraction(firstFailure, "firstFailureGoodwill");
      SettingBounds.fraction(repeatDecay, "repeatDecay");
      SettingBounds.fraction(sameKindDecay, "sameKindDecay");
      SettingBounds.fraction(recentDecay, "recentDecay");
    }

    Goodwill withFirstFailure(double v) {
      return new Goodwill(v, repeatDecay, sameKindDecay, recentDecay);
    }

    Goodwill withRepeatDecay(double v) {
      return new Goodwill(firstFailure, v, sameKindDecay, recentDecay);
    }

    Goodwill withSameKindDecay(double v) {
      return new Goodwill(firstFailure, repeatDecay, v, recentDecay);
    }

    Goodwill withRecentDecay(double v) {
      return new Goodwill(firstFailure, repeatDecay, sameKindDecay, v);
    }
  }

  /**
   * The incentives to come back: a credit in percent off the next order, growing with the repeat
   * count.
   *
   * @param seriousFirstPercent the credit for a first failure that was serious (severity MAJOR or
   *     CRITICAL, or an angry customer); 0 gives none (default 10); 0 to 100
   * @param repeatPercent the credit from {@link Repeats#formalAfter()} (default 15); 1 to 100, at
   *     least {@code seriousFirstPercent}
   * @param escalatedPercent the credit from {@link Repeats#escalateAfter()} (default 25); 1 to 100,
   *     at least {@code repeatPercent}
   * @param validFor how long a credit stays valid (default 90 days); positive
   */
  public record Credits(
      int seriousFirstPercent, int repeatPercent, int escalatedPercent, Duration validFor) {

    static final Credits DEFAULTS = new Credits(10, 15, 25, Duration.ofDays(90));

    /**
     * Checks each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param seriousFirstPercent the credit for a first failure that was serious (severity MAJOR or
     *     CRITICAL, or an angry customer); 0 gives none (default 10); 0 to 100
     * @param repeatPercent the credit from {@link Repeats#formalAfter()} (default 15); 1 to 100, at
     *     least {@code seriousFirstPercent}
     * @param escalatedPercent the credit from {@link Repeats#escalateAfter()} (default 25); 1 to
     *     100, at least {@code repeatPercent}
     * @param validFor how long a credit stays valid (default 90 days); positive
     */
    public Credits {
      SettingBounds.percent(seriousFirstPercent, 0, "seriousFirstCreditPercent");
      SettingBounds.percent(repeatPercent, 1, "repeatCreditPercent");
      SettingBounds.percent(escalatedPercent, 1, "escalatedCreditPercent");
      SettingBounds.positive(validFor, "creditValidFor");
    }

    Credits withSeriousFirstPercent(int v) {
      return new Credits(v, repeatPercent, escalatedPercent, validFor);
    }

    Credits withRepeatPercent(int v) {
      return new Credits(seriousFirstPercent, v, escalatedPercent, validFor);
    }

    Credits withEscalatedPercent(int v) {
      return new Credits(seriousFirstPercent, repeatPercent, v, validFor);
    }

    Credits withValidFor(Duration v) {
      return new Credits(seriousFirstPercent, repeatPercent, escalatedPercent, v);
    }
  }

  /**
   * Trust: when a refund needs a person's approval, and when a person should look at a customer's
   * refunds. No remedy is ever conditional on a return or on proof. A refund up to the currency's
   * auto-approve limit needs nobody; above it the refund still stands and the plan adds an {@link
   * Approval} for the excess with a deadline. A currency without a limit has every refund approved
   * after the fact. Abuse signals ({@link Abuse}) add an {@link Escalation} for a person to look
   * at; they never deny or reduce anything.
   *
   * @param autoApproveLimits the refund total granted without a person's approval, by currency
   *     (default 200.00 for USD, EUR and GBP); never negative
   * @param approver who approves refunds above the limit (default {@code refund-approvals}); not
   *     blank
   * @param approvalWithin how long the approver has to record an approval (default 24 hours);
   *     positive
   * @param abuse the abuse signals
   */
  public record Refunds(
      Map<Currency, Money> autoApproveLimits,
      String approver,
      Duration approvalWithin,
      Abuse abuse) {

    static final Refunds DEFAULTS =
        new Refunds(amounts("200.00"), "refund-approvals", Duration.ofHours(24), Abuse.DEFAULTS);

    /**
     * Checks and copies each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param autoApproveLimits the refund total granted without a person's approval, by currency
     *     (default 200.00 for USD, EUR and GBP); never negative
     * @param approver who approves refunds above the limit (default {@code refund-approvals}); not
     *     blank
     * @param approvalWithin how long the approver has to record an approval (default 24 hours);
     *     positive
     * @param abuse the abuse signals
     */
    public Refunds {
      autoApproveLimits = SettingBounds.byCurrency(autoApproveLimits, "autoApproveLimit");
      NonBlank.require(approver, "approver");
      SettingBounds.positive(approvalWithin, "approvalWithin");
      Objects.requireNonNull(abuse, "abuse");
    }

    /**
     * Returns the auto-approve limit for a currency.
     *
     * @param currency the currency
     * @return the limit, or empty when every refund in that currency is approved after the fact
     */
    public Optional<Money> autoApproveLimit(Currency currency) {
      return Optional.ofNullable(
          autoApproveLimits.get(Objects.requireNonNull(currency, "currency")));
    }

    Refunds withAutoApproveLimit(Money v) {
      return new Refunds(with(autoApproveLimits, v), approver, approvalWithin, abuse);
    }

    Refunds withApprover(String v) {
      return new Refunds(autoApproveLimits, v, approvalWithin, abuse);
    }

    Refunds withApprovalWithin(Duration v) {
      return new Refunds(autoApproveLimits, approver, v, abuse);
    }

    Refunds withAbuse(Abuse v) {
      return new Refunds(autoApproveLimits, approver, approvalWithin, v);
    }
  }

  /**
   * Abuse signals on a customer's refunds in the repeat window. Either signal adds an {@link
   * Escalation.Why#ABUSE_SIGNAL} escalation for a person to look at; neither denies or reduces
   * anything: an occasional abuser is a cost of doing business.
   *
   * @param refundCount more earlier refunds than this in the window raise the signal (default 3);
   *     at least 0
   * @param refundTotals more refunded than this in the window, in the complaint's currency, raises
   *     the signal (default 600.00 for USD, EUR and GBP); never negative
   * @param reviewer who looks at abuse signals (default {@code trust-and-safety}); not blank
   * @param reviewWithin how long the reviewer has to look (default 48 hours); positive
   */
  public record Abuse(
      int refundCount, Map<Currency, Money> refundTotals, String reviewer, Duration reviewWithin) {

    static final Abuse DEFAULTS =
        new Abuse(3, amounts("600.00"), "trust-and-safety", Duration.ofHours(48));

    /**
     * Checks and copies each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param refundCount more earlier refunds than this in the window raise the signal (default 3);
     *     at least 0
     * @param refundTotals more refunded than this in the window, in the complaint's currency,
     *     raises the signal (default 600.00 for USD, EUR and GBP); never negative
     * @param reviewer who looks at abuse signals (default {@code trust-and-safety}); not blank
     * @param reviewWithin how long the reviewer has to look (default 48 hours); positive
     */
    public Abuse {
      SettingBounds.atLeast(refundCount, 0, "abuseRefundCount");
      refundTotals = SettingBounds.byCurrency(refundTotals, "abuseRefundTotal");
      NonBlank.require(reviewer, "abuseReviewer");
      SettingBounds.positive(reviewWithin, "abuseReviewWithin");
    }

    /**
     * Returns the refunded total above which a person looks, for a currency.
     *
     * @param currency the currency
     * @return the total, or empty when no total applies in that currency
     */
    public Optional<Money> refundTotal(Currency currency) {
      return Optional.ofNullable(refundTotals.get(Objects.requireNonNull(currency, "currency")));
    }

    Abuse withRefundCount(int v) {
      return new Abuse(v, refundTotals, reviewer, reviewWithin);
    }

    Abuse withRefundTotal(Money v) {
      return new Abuse(refundCount, with(refundTotals, v), reviewer, reviewWithin);
    }

    Abuse withReviewer(String v) {
      return new Abuse(refundCount, refundTotals, v, reviewWithin);
    }

    Abuse withReviewWithin(Duration v) {
      return new Abuse(refundCount, refundTotals, reviewer, v);
    }
  }

  /**
   * Who takes the cases that need a person, each by the respond-by deadline. The account owner for
   * repeated failures is {@link Repeats#accountOwner()}, the approver and abuse reviewer are in
   * {@link Refunds}.
   *
   * @param staffConduct who apologises personally for staff conduct (default {@code
   *     customer-care-manager}); not blank
   * @param severeHarm who takes critical complaints (default {@code customer-care-manager}); not
   *     blank
   * @param publicComplaint who answers angry or low-rated public complaints in public (default
   *     {@code social-care-team}); not blank
   */
  public record Owners(String staffConduct, String severeHarm, String publicComplaint) {

    static final Owners DEFAULTS =
        new Owners("customer-care-manager", "customer-care-manager", "social-care-team");

    /**
     * Checks each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param staffConduct who apologises personally for staff conduct (default {@code
     *     customer-care-manager}); not blank
     * @param severeHarm who takes critical complaints (default {@code customer-care-manager}); not
     *     blank
     * @param publicComplaint who answers angry or low-rated public complaints in public (default
     *     {@code social-care-team}); not blank
     */
    public Owners {
      NonBlank.require(staffConduct, "staffConductOwner");
      NonBlank.require(severeHarm, "severeHarmOwner");
      NonBlank.require(publicComplaint, "publicComplaintOwner");
    }

    Owners withStaffConduct(String v) {
      return new Owners(v, severeHarm, publicComplaint);
    }

    Owners withSevereHarm(String v) {
      return new Owners(staffConduct, v, publicComplaint);
    }

    Owners withPublicComplaint(String v) {
      return new Owners(staffConduct, severeHarm, v);
    }
  }

  /**
   * How soon the customer hears from us. The deadline is the complaint's {@code receivedAt} plus a
   * cell of the {@link RespondByTable}, by channel, severity and mood; a public review of one or
   * two stars is answered within at most {@code publicLowRatingWithin}, and a customer whose
   * failures reach {@link Repeats#escalateAfter()} within at most {@code topPriorityWithin}.
   *
   * @param publicLowRatingWithin the longest respond-by for a public review of one or two stars
   *     (default 30 minutes); positive
   * @param topPriorityWithin the longest respond-by once a customer's failures reach {@code
   *     escalateAfter} (default 30 minutes); positive
   * @param table the respond-by table
   */
  public record RespondBy(
      Duration publicLowRatingWithin, Duration topPriorityWithin, RespondByTable table) {

    static final RespondBy DEFAULTS =
        new RespondBy(Duration.ofMinutes(30), Duration.ofMinutes(30), RespondByTable.DEFAULTS);

    /**
     * Checks each value, naming the setting in an {@link IllegalArgumentException}.
     *
     * @param publicLowRatingWithin the longest respond-by for a public review of one or two stars
     *     (default 30 minutes); positive
     * @param topPriorityWithin the longest respond-by once a customer's failures reach {@code
     *     escalateAfter} (default 30 minutes); positive
     * @param table the respond-by table
     */
    public RespondBy {
      SettingBounds.positive(publicLowRatingWithin, "publicLowRatingWithin");
      SettingBounds.positive(topPriorityWithin, "topPriorityWithin");
      Objects.requireNonNull(table, "table");
    }

    RespondBy withPublicLowRatingWithin(Duration v) {
      return new RespondBy(v, topPriorityWithin, table);
    }

    RespondBy withTopPriorityWithin(Duration v) {
      return new RespondBy(publicLowRatingWithin, v, table);
    }

    RespondBy withTable(RespondByTable v) {
      return new RespondBy(publicLowRatingWithin, topPriorityWithin, v);
    }
  }

  private static Map<Currency, Money> with(Map<Currency, Money> amounts, Money amount) {
    var changed = new HashMap<>(amounts);
    changed.put(amount.currency(), amount);
    return changed;
  }

  private static Map<Currency, Money> amounts(String amount) {
    var m = new HashMap<Currency, Money>();
    for (String code : new String[] {"USD", "EUR", "GBP"}) {
      Currency c = Currency.getInstance(code);
      m.put(c, Money.of(new BigDecimal(amount), c));
    }
    return m;
  }
}
