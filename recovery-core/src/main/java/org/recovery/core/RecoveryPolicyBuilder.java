package org.recovery.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Guidance;
import org.recovery.core.internal.NonBlank;

/**
 * Collects the settings of a {@link RecoveryPolicy}. Starts from the defaults of {@link
 * RecoveryPolicy#defaults()}; every setter validates its argument at once and {@link #build()}
 * checks the rules that tie settings together. Mutable and not thread-safe; the policy it builds is
 * immutable.
 */
public final class RecoveryPolicyBuilder {

  final EnumMap<IssueKind, Remedy> remedies = new EnumMap<>(IssueKind.class);
  Duration repeatWindow = Duration.ofDays(180);
  Duration recentWithin = Duration.ofDays(30);
  int formalAfter = 2;
  int escalateAfter = 3;
  final Map<Currency, Money> autoApproveLimits = new HashMap<>();
  String approver = "refund-approvals";
  Duration approvalWithin = Duration.ofHours(24);
  int abuseRefundCount = 3;
  final Map<Currency, Money> abuseRefundTotals = new HashMap<>();
  String abuseReviewer = "trust-and-safety";
  Duration abuseReviewWithin = Duration.ofHours(48);
  String accountOwner = "customer-care-lead";
  Duration escalationWithin = Duration.ofHours(4);
  String staffConductOwner = "customer-care-manager";
  String severeHarmOwner = "customer-care-manager";
  String publicComplaintOwner = "social-care-team";
  int seriousFirstCreditPercent = 10;
  int repeatCreditPercent = 15;
  int escalatedCreditPercent = 25;
  Duration creditValidFor = Duration.ofDays(90);
  Duration shipWithin = Duration.ofHours(24);
  Duration guidanceFollowUpAfter = Duration.ofDays(3);
  Duration arrivalFollowUpAfter = Duration.ofDays(3);
  Guidance.Fallback guidanceFallback = Guidance.Fallback.REFUND;
  boolean askForItemBack = true;
  boolean investigateLots = true;
  final Duration[] respondWithin = new Duration[RespondByTable.SIZE];
  Duration publicLowRatingWithin = Duration.ofMinutes(30);
  Duration topPriorityWithin = Duration.ofMinutes(30);
  double firstFailureGoodwill = 0.85;
  double repeatDecay = 0.55;
  double sameKindDecay = 0.75;
  double recentDecay = 0.8;

  RecoveryPolicyBuilder() {
    remedies.put(IssueKind.DAMAGED, Remedy.REPLACE);
    remedies.put(IssueKind.WRONG_ITEM, Remedy.EXCHANGE);
    remedies.put(IssueKind.WRONG_SIZE, Remedy.EXCHANGE);
    remedies.put(IssueKind.USAGE_DIFFICULTY, Remedy.GUIDE);
    remedies.put(IssueKind.POOR_QUALITY, Remedy.REFUND);
    remedies.put(IssueKind.LATE_DELIVERY, Remedy.CONFIRM_ARRIVAL);
    remedies.put(IssueKind.LOST_DELIVERY, Remedy.RESHIP);
    remedies.put(IssueKind.BILLING_ERROR, Remedy.REFUND);
    remedies.put(IssueKind.SERVICE_FAILURE, Remedy.REFUND);
    remedies.put(IssueKind.ACCOUNT_PROBLEM, Remedy.ACCOUNT_FIX);
    remedies.put(IssueKind.STAFF_CONDUCT, Remedy.PERSONAL_APOLOGY);
    remedies.put(IssueKind.OTHER, Remedy.AGENT_RESOLVES);
    for (String code : new String[] {"USD", "EUR", "GBP"}) {
      Currency c = Currency.getInstance(code);
      autoApproveLimits.put(c, Money.of(new BigDecimal("200.00"), c));
      abuseRefundTotals.put(c, Money.of(new BigDecimal("600.00"), c));
    }
    RespondByTable.fillDefaults(respondWithin);
  }

  RecoveryPolicyBuilder(RecoveryPolicy policy) {
    this();
    policy.copyInto(this);
  }

  /**
   * Sets the main remedy for a kind of problem.
   *
   * @param kind the kind of problem
   * @param remedy what to commit to; see {@link RecoveryPolicy#defaults()} for the defaults
   * @return this builder
   */
  public RecoveryPolicyBuilder remedy(IssueKind kind, Remedy remedy) {
    remedies.put(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(remedy, "remedy"));
    return this;
  }

  /**
   * Sets how far back a customer's incidents count as repeats (default 180 days).
   *
   * @param window a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the window is zero or negative
   */
  public RecoveryPolicyBuilder repeatWindow(Duration window) {
    repeatWindow = positive(window, "repeatWindow");
    return this;
  }

  /**
   * Sets how close an earlier incident must be to count as recent, which makes goodwill decay
   * faster (default 30 days).
   *
   * @param within a positive duration, at most the repeat window (checked at build)
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder recentWithin(Duration within) {
    recentWithin = positive(within, "recentWithin");
    return this;
  }

  /**
   * Sets the count of business-caused incidents in the window, this one included, from which the
   * reply is a formal apology with a credit and a root-cause statement (default 2).
   *
   * @param count at least 1
   * @return this builder
   * @throws IllegalArgumentException if the count is below 1
   */
  public RecoveryPolicyBuilder formalAfter(int count) {
    formalAfter = atLeast(count, 1, "formalAfter");
    return this;
  }

  /**
   * Sets the count of business-caused incidents in the window, this one included, from which a
   * named owner takes the account, the account turns red and the reply is top priority (default 3).
   *
   * @param count at least {@code formalAfter} (checked at build)
   * @return this builder
   * @throws IllegalArgumentException if the count is below 1
   */
  public RecoveryPolicyBuilder escalateAfter(int count) {
    escalateAfter = atLeast(count, 1, "escalateAfter");
    return this;
  }

  /**
   * Sets the refund total granted without a person's approval, for the limit's currency (defaults:
   * 200.00 USD, 200.00 EUR, 200.00 GBP). Above it the refund still stands and the plan adds an
   * {@link Approval}. A currency without a limit has every refund approved after the fact.
   *
   * @param limit the limit, in the currency it applies to; never negative
   * @return this builder
   * @throws IllegalArgumentException if the limit is negative
   */
  public RecoveryPolicyBuilder autoApproveLimit(Money limit) {
    Objects.requireNonNull(limit, "limit").requireNonNegative("autoApproveLimit");
    autoApproveLimits.put(limit.currency(), limit);
    return this;
  }

  /**
   * Sets who approves refunds above the limit (default {@code refund-approvals}).
   *
   * @param approver a person or team; not blank
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public RecoveryPolicyBuilder approver(String approver) {
    this.approver = NonBlank.require(approver, "approver");
    return this;
  }

  /**
   * Sets how long the approver has to record an approval (default 24 hours).
   *
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder approvalWithin(Duration within) {
    approvalWithin = positive(within, "approvalWithin");
    return this;
  }

  /**
   * Sets the abuse signal on the number of refunds in the repeat window: more than this many
   * earlier refunds add an {@link Escalation.Why#ABUSE_SIGNAL} escalation, never a denial (default
   * 3).
   *
   * @param count at least 0
   * @return this builder
   * @throws IllegalArgumentException if negative
   */
  public RecoveryPolicyBuilder abuseRefundCount(int count) {
    abuseRefundCount = atLeast(count, 0, "abuseRefundCount");
    return this;
  }

  /**
   * Sets the abuse signal on the total refunded in the repeat window, for the amount's currency:
   * more than this adds an escalation, never a denial (defaults: 600.00 USD, EUR and GBP).
   *
   * @param total the total, in the currency it applies to; never negative
   * @return this builder
   * @throws IllegalArgumentException if negative
   */
  public RecoveryPolicyBuilder abuseRefundTotal(Money total) {
    Objects.requireNonNull(total, "total").requireNonNegative("abuseRefundTotal");
    abuseRefundTotals.put(total.currency(), total);
    return this;
  }

  /**
   * Sets who looks at abuse signals (default {@code trust-and-safety}).
   *
   * @param reviewer a person or team; not blank
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public RecoveryPolicyBuilder abuseReviewer(String reviewer) {
    abuseReviewer = NonBlank.require(reviewer, "abuseReviewer");
    return this;
  }

  /**
   * Sets how long the abuse reviewer has to look (default 48 hours).
   *
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder abuseReviewWithin(Duration within) {
    abuseReviewWithin = positive(within, "abuseReviewWithin");
    return this;
  }

  /**
   * Sets the named owner who takes an account after repeated failures (default {@code
   * customer-care-lead}).
   *
   * @param owner a person or team; not blank
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public RecoveryPolicyBuilder accountOwner(String owner) {
    accountOwner = NonBlank.require(owner, "accountOwner");
    return this;
  }

  /**
   * Sets how long the account owner has to act after a repeated failure (default 4 hours).
   *
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder escalationWithin(Duration within) {
    escalationWithin = positive(within, "escalationWithin");
    return this;
  }

  /**
   * Sets who apologises personally for staff conduct (default {@code customer-care-manager}).
   *
   * @param owner a person or team; not blank
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public RecoveryPolicyBuilder staffConductOwner(String owner) {
    staffConductOwner = NonBlank.require(owner, "staffConductOwner");
    return this;
  }

  /**
   * Sets who takes critical complaints (default {@code customer-care-manager}).
   *
   * @param owner a person or team; not blank
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public RecoveryPolicyBuilder severeHarmOwner(String owner) {
    severeHarmOwner = NonBlank.require(owner, "severeHarmOwner");
    return this;
  }

  /**
   * Sets who answers angry or low-rated public complaints in public (default {@code
   * social-care-team}).
   *
   * @param owner a person or team; not blank
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public RecoveryPolicyBuilder publicComplaintOwner(String owner) {
    publicComplaintOwner = NonBlank.require(owner, "publicComplaintOwner");
    return this;
  }

  /**
   * Sets the credit, in percent off the next order, for a first failure that was serious (severity
   * MAJOR or CRITICAL, or an angry customer); 0 gives none (default 10).
   *
   * @param percent 0 to 100
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder seriousFirstCreditPercent(int percent) {
    seriousFirstCreditPercent = percent(percent, 0, "seriousFirstCreditPercent");
    return this;
  }

  /**
   * Sets the credit, in percent off the next order, from the {@code formalAfter}-th failure
   * (default 15).
   *
   * @param percent 1 to 100, at least {@code seriousFirstCreditPercent} (checked at build)
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder repeatCreditPercent(int percent) {
    repeatCreditPercent = percent(percent, 1, "repeatCreditPercent");
    return this;
  }

  /**
   * Sets the credit, in percent off the next order, from the {@code escalateAfter}-th failure
   * (default 25).
   *
   * @param percent 1 to 100, at least {@code repeatCreditPercent} (checked at build)
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder escalatedCreditPercent(int percent) {
    escalatedCreditPercent = percent(percent, 1, "escalatedCreditPercent");
    return this;
  }

  /**
   * Sets how long a credit stays valid (default 90 days).
   *
   * @param validFor a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder creditValidFor(Duration validFor) {
    creditValidFor = positive(validFor, "creditValidFor");
    return this;
  }

  /**
   * Sets how soon replacements, exchanges and reshipments leave the warehouse (default 24 hours).
   *
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder shipWithin(Duration within) {
    shipWithin = positive(within, "shipWithin");
    return this;
  }

  /**
   * Sets when to check that guidance helped (default 3 days after the decision).
   *
   * @param after a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder guidanceFollowUpAfter(Duration after) {
    guidanceFollowUpAfter = positive(after, "guidanceFollowUpAfter");
    return this;
  }

  /**
   * Sets when to confirm that a delivery arrived (default 3 days after the decision).
   *
   * @param after a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder arrivalFollowUpAfter(Duration after) {
    arrivalFollowUpAfter = positive(after, "arrivalFollowUpAfter");
    return this;
  }

  /**
   * Sets the remedy guidance commits to in advance, should the help not be enough (default {@link
   * Guidance.Fallback#REFUND}).
   *
   * @param fallback the committed fallback
   * @return this builder
   */
  public RecoveryPolicyBuilder guidanceFallback(Guidance.Fallback fallback) {
    guidanceFallback = Objects.requireNonNull(fallback, "fallback");
    return this;
  }

  /**
   * Sets whether damaged and poor-quality items are asked back, optionally and with a prepaid
   * label, to check the production run (default true).
   *
   * @param ask whether to ask
   * @return this builder
   */
  public RecoveryPolicyBuilder askForItemBack(boolean ask) {
    askForItemBack = ask;
    return this;
  }

  /**
   * Sets whether a damaged item triggers an investigation of its lot (default true).
   *
   * @param investigate whether to investigate
   * @return this builder
   */
  public RecoveryPolicyBuilder investigateLots(boolean investigate) {
    investigateLots = investigate;
    return this;
  }

  /**
   * Sets one cell of the respond-by table: how soon after a complaint is received the customer must
   * hear from us. The defaults are listed on {@link RecoveryPolicy#defaults()}.
   *
   * @param channel where the complaint arrived
   * @param severity how bad it is
   * @param mood how the customer feels
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder respondWithin(
      Channel channel, Severity severity, Mood mood, Duration within) {
    respondWithin[RespondByTable.index(channel, severity, mood)] =
        positive(within, "respondWithin[" + channel + "][" + severity + "][" + mood + "]");
    return this;
  }

  /**
   * Sets the longest respond-by for a public review of one or two stars (default 30 minutes).
   *
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder publicLowRatingWithin(Duration within) {
    publicLowRatingWithin = positive(within, "publicLowRatingWithin");
    return this;
  }

  /**
   * Sets the longest respond-by once a customer's failures reach {@code escalateAfter} (default 30
   * minutes).
   *
   * @param within a positive duration
   * @return this builder
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public RecoveryPolicyBuilder topPriorityWithin(Duration within) {
    topPriorityWithin = positive(within, "topPriorityWithin");
    return this;
  }

  /**
   * Sets the goodwill outlook after a well-handled first failure (default 0.85: the recovery
   * paradox can leave a customer more loyal than before).
   *
   * @param goodwill between 0 and 1
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder firstFailureGoodwill(double goodwill) {
    firstFailureGoodwill = fraction(goodwill, "firstFailureGoodwill");
    return this;
  }

  /**
   * Sets the factor goodwill is multiplied by for each earlier business-caused incident in the
   * window (default 0.55).
   *
   * @param factor between 0 and 1
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder repeatDecay(double factor) {
    repeatDecay = fraction(factor, "repeatDecay");
    return this;
  }

  /**
   * Sets the extra factor for an earlier incident of the same kind as this one (default 0.75).
   *
   * @param factor between 0 and 1
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder sameKindDecay(double factor) {
    sameKindDecay = fraction(factor, "sameKindDecay");
    return this;
  }

  /**
   * Sets the extra factor for an earlier incident within {@code recentWithin} (default 0.8).
   *
   * @param factor between 0 and 1
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public RecoveryPolicyBuilder recentDecay(double factor) {
    recentDecay = fraction(factor, "recentDecay");
    return this;
  }

  /**
   * Builds the policy, checking the rules that tie settings together.
   *
   * @return the immutable policy
   * @throws IllegalStateException naming the settings if they contradict each other, e.g. {@code
   *     escalateAfter must be >= formalAfter (3) but was 2}
   */
  public RecoveryPolicy build() {
    if (escalateAfter < formalAfter) {
      throw new IllegalStateException(
          "escalateAfter must be >= formalAfter (" + formalAfter + ") but was " + escalateAfter);
    }
    if (recentWithin.compareTo(repeatWindow) > 0) {
      throw new IllegalStateException(
          "recentWithin must be <= repeatWindow (" + repeatWindow + ") but was " + recentWithin);
    }
    if (repeatCreditPercent < seriousFirstCreditPercent) {
      throw new IllegalStateException(
          "repeatCreditPercent must be >= seriousFirstCreditPercent ("
              + seriousFirstCreditPercent
              + ") but was "
              + repeatCreditPercent);
    }
    if (escalatedCreditPercent < repeatCreditPercent) {
      throw new IllegalStateException(
          "escalatedCreditPercent must be >= repeatCreditPercent ("
              + repeatCreditPercent
              + ") but was "
              + escalatedCreditPercent);
    }
    return new RecoveryPolicy(this);
  }

  private static Duration positive(Duration d, String field) {
    Objects.requireNonNull(d, field);
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(field + " must be positive but was " + d);
    }
    return d;
  }

  private static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be >= " + min + " but was " + value);
    }
    return value;
  }

  private static int percent(int value, int min, String field) {
    if (value < min || value > 100) {
      throw new IllegalArgumentException(
          field + " must be between " + min + " and 100 but was " + value);
    }
    return value;
  }

  private static double fraction(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be between 0 and 1 but was " + value);
    }
    return value;
  }
}
