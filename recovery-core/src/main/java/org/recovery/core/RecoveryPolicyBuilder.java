package org.recovery.core;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Objects;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Guidance;

/**
 * Collects the settings of a {@link RecoveryPolicy}. Reach it through {@link
 * RecoveryPolicy#builder()}, which starts from the defaults, or {@link RecoveryPolicy#toBuilder()}.
 * Each setter replaces one value of a {@link PolicySettings} group and is checked at once by that
 * group; {@link #build()} checks the rules that tie settings together. Mutable and not thread-safe;
 * the policy it builds is immutable.
 */
public final class RecoveryPolicyBuilder {

  private final EnumMap<IssueKind, Remedy> remedies;
  private PolicySettings.Repeats repeats;
  private PolicySettings.Goodwill goodwill;
  private PolicySettings.Credits credits;
  private PolicySettings.Refunds refunds;
  private FulfilmentSettings fulfilment;
  private PolicySettings.Owners owners;
  private PolicySettings.RespondBy respondBy;

  RecoveryPolicyBuilder() {
    this(PolicySettings.defaults());
  }

  RecoveryPolicyBuilder(PolicySettings settings) {
    remedies = new EnumMap<>(settings.remedies());
    repeats = settings.repeats();
    goodwill = settings.goodwill();
    credits = settings.credits();
    refunds = settings.refunds();
    fulfilment = settings.fulfilment();
    owners = settings.owners();
    respondBy = settings.respondBy();
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
    repeats = repeats.withWindow(window);
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
    repeats = repeats.withRecentWithin(within);
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
    repeats = repeats.withFormalAfter(count);
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
    repeats = repeats.withEscalateAfter(count);
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
    refunds = refunds.withAutoApproveLimit(Objects.requireNonNull(limit, "limit"));
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
    refunds = refunds.withApprover(approver);
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
    refunds = refunds.withApprovalWithin(within);
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
    refunds = refunds.withAbuse(refunds.abuse().withRefundCount(count));
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
    refunds =
        refunds.withAbuse(refunds.abuse().withRefundTotal(Objects.requireNonNull(total, "total")));
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
    refunds = refunds.withAbuse(refunds.abuse().withReviewer(reviewer));
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
    refunds = refunds.withAbuse(refunds.abuse().withReviewWithin(within));
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
    repeats = repeats.withAccountOwner(owner);
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
    repeats = repeats.withEscalationWithin(within);
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
    owners = owners.withStaffConduct(owner);
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
    owners = owners.withSevereHarm(owner);
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
    owners = owners.withPublicComplaint(owner);
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
    credits = credits.withSeriousFirstPercent(percent);
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
    credits = credits.withRepeatPercent(percent);
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
    credits = credits.withEscalatedPercent(percent);
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
    credits = credits.withValidFor(validFor);
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
    fulfilment = fulfilment.withShipWithin(within);
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
    fulfilment = fulfilment.withGuidanceFollowUpAfter(after);
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
    fulfilment = fulfilment.withArrivalFollowUpAfter(after);
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
    fulfilment = fulfilment.withGuidanceFallback(Objects.requireNonNull(fallback, "fallback"));
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
    fulfilment = fulfilment.withAskForItemBack(ask);
    return this;
  }

  /**
   * Sets whether a damaged item triggers an investigation of its lot (default true).
   *
   * @param investigate whether to investigate
   * @return this builder
   */
  public RecoveryPolicyBuilder investigateLots(boolean investigate) {
    fulfilment = fulfilment.withInvestigateLots(investigate);
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
    respondBy = respondBy.withTable(respondBy.table().withCell(channel, severity, mood, within));
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
    respondBy = respondBy.withPublicLowRatingWithin(within);
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
    respondBy = respondBy.withTopPriorityWithin(within);
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
    this.goodwill = this.goodwill.withFirstFailure(goodwill);
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
    goodwill = goodwill.withRepeatDecay(factor);
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
    goodwill = goodwill.withSameKindDecay(factor);
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
    goodwill = goodwill.withRecentDecay(factor);
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
    if (repeats.escalateAfter() < repeats.formalAfter()) {
      throw new IllegalStateException(
          "escalateAfter must be >= formalAfter ("
              + repeats.formalAfter()
              + ") but was "
              + repeats.escalateAfter());
    }
    if (repeats.recentWithin().compareTo(repeats.window()) > 0) {
      throw new IllegalStateException(
          "recentWithin must be <= repeatWindow ("
              + repeats.window()
              + ") but was "
              + repeats.recentWithin());
    }
    if (credits.repeatPercent() < credits.seriousFirstPercent()) {
      throw new IllegalStateException(
          "repeatCreditPercent must be >= seriousFirstCreditPercent ("
              + credits.seriousFirstPercent()
              + ") but was "
              + credits.repeatPercent());
    }
    if (credits.escalatedPercent() < credits.repeatPercent()) {
      throw new IllegalStateException(
          "escalatedCreditPercent must be >= repeatCreditPercent ("
              + credits.repeatPercent()
              + ") but was "
              + credits.escalatedPercent());
    }
    return new RecoveryPolicy(
        new PolicySettings(
            remedies, repeats, goodwill, credits, refunds, fulfilment, owners, respondBy));
  }
}
