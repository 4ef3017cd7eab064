package org.recovery.core;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Guidance;
import org.recovery.core.monitor.AffectedCustomer;
import org.recovery.core.monitor.KnownIncident;
import org.recovery.core.monitor.Outreach;

/**
 * Decides how to recover from a complaint: the remedy, the tone, the ownership to take, the
 * respond-by deadline and every reason behind them. Build one with {@link #builder()}, start from
 * {@link #defaults()}, or load one from JSON with {@code org.recovery.core.json.PolicyJson}.
 *
 * <p>A policy is immutable and thread-safe: share one instance between all threads. {@link
 * #decide(Complaint, CustomerHistory, Instant)} is a pure function of the policy and its arguments:
 * no clock, no I/O, no hidden state, so the same inputs always give the same plan.
 *
 * <h2>Default remedies</h2>
 *
 * Every remedy is committed now, on trust: nothing waits for a return or for proof.
 *
 * <table>
 *   <caption>Default remedy per kind of problem</caption>
 *   <tr><th>kind</th><th>remedy</th><th>also</th></tr>
 *   <tr><td>DAMAGED</td><td>{@link Remedy#REPLACE}: replacement shipped within 24 hours</td>
 *       <td>optional return request (prepaid label, photos welcome) to check the production run;
 *       investigation of each lot; process fix PACKAGING (carrier) or QUALITY_CONTROL</td></tr>
 *   <tr><td>WRONG_ITEM</td><td>{@link Remedy#EXCHANGE}: right item shipped now</td>
 *       <td>process fix PICKING, or PRODUCT_LISTING when the customer picked the wrong one</td></tr>
 *   <tr><td>WRONG_SIZE</td><td>{@link Remedy#EXCHANGE}: right size shipped now</td>
 *       <td>process fix SIZE_CHART; never blame, even for the customer's own mistake</td></tr>
 *   <tr><td>USAGE_DIFFICULTY</td><td>{@link Remedy#GUIDE}: guidance with a committed refund as
 *       fallback (or a replacement: {@code guidanceFallback})</td><td>follow-up after 3 days; process fix INSTRUCTIONS; "we should have made
 *       this clearer"</td></tr>
 *   <tr><td>POOR_QUALITY</td><td>{@link Remedy#REFUND}: the lines concerned in full
 *       (2 &times; 19.00 USD &rarr; 38.00 USD)</td><td>optional return request; process fix
 *       QUALITY_CONTROL; stop-sale review when the customer reported poor quality before in the
 *       window</td></tr>
 *   <tr><td>LATE_DELIVERY</td><td>{@link Remedy#CONFIRM_ARRIVAL}: track it, confirm arrival
 *       after 3 days</td><td>process fix DELIVERY; "we chose the carrier"</td></tr>
 *   <tr><td>LOST_DELIVERY</td><td>{@link Remedy#RESHIP}: every line sent again now, expedited
 *       </td><td>arrival confirmed after 3 days; process fix DELIVERY</td></tr>
 *   <tr><td>BILLING_ERROR</td><td>{@link Remedy#REFUND}: the lines the complaint names are the
 *       charges made in error, refunded now</td><td>process fix BILLING</td></tr>
 *   <tr><td>SERVICE_FAILURE</td><td>{@link Remedy#REFUND}: the service period concerned (its
 *       lines) refunded as a credit for the downtime</td><td>process fix
 *       SERVICE_RELIABILITY</td></tr>
 *   <tr><td>ACCOUNT_PROBLEM</td><td>{@link Remedy#ACCOUNT_FIX}: we make the change for them
 *       now</td><td>process fix ACCOUNT_SELF_SERVICE</td></tr>
 *   <tr><td>STAFF_CONDUCT</td><td>{@link Remedy#PERSONAL_APOLOGY}: a manager apologises
 *       personally (escalation STAFF_CONDUCT), formal tone</td><td>process fix
 *       STAFF_TRAINING</td></tr>
 *   <tr><td>OTHER</td><td>{@link Remedy#AGENT_RESOLVES}: an agent resolves it by the respond-by
 *       deadline and confirms</td><td></td></tr>
 * </table>
 *
 * <p>A remedy that names products ({@link Remedy#needsLines()}) on a complaint without order lines
 * becomes a follow-up by the respond-by deadline in which an agent confirms the items (rule {@code
 * remedy.no-lines}).
 *
 * <h2>Trust</h2>
 *
 * No remedy is ever conditional on a return or on proof. A refund up to the currency's auto-approve
 * limit (default 200.00 USD, EUR and GBP) needs nobody; above it the refund still stands and the
 * plan adds an {@link Approval} for the excess with a deadline. Abuse signals (more than 3 earlier
 * refunds in the window, or more than 600.00 refunded) add an {@link Escalation} for a person to
 * look at; they never deny or reduce anything. {@link RecoveryPlan#grantedOnTrust()} reports what
 * was refunded without a return.
 *
 * <h2>Diminishing returns</h2>
 *
 * The engine counts the customer's business-caused incidents (every cause but {@link
 * Cause#CUSTOMER_MISTAKE}) in the repeat window (default 180 days before the complaint was
 * received), this complaint included when it is business-caused.
 *
 * <ul>
 *   <li>Count below {@code formalAfter} (default: a first failure): a fast fix in a {@link
 *       Tone#FRIENDLY_FIX} tone, unless the severity is MAJOR or CRITICAL or the customer is ANGRY,
 *       which call for {@link Tone#FORMAL_APOLOGY} and a 10% credit; account GREEN.
 *   <li>From {@code formalAfter} (default 2): formal apology, a 15% credit, the statements "this is
 *       not the first time" and "here is what we are changing at the root"; account YELLOW.
 *   <li>From {@code escalateAfter} (default 3): a 25% credit, an escalation to a named owner who
 *       says so personally, a top-priority respond-by (at most 30 minutes); account RED.
 * </ul>
 *
 * <p>Goodwill starts at 0.85 for a first failure handled well and is multiplied, for each earlier
 * business-caused incident in the window, by 0.55, by a further 0.75 if it was of the same kind and
 * by a further 0.8 if it was within the last 30 days. The shape follows Maxham and Netemeyer (2002,
 * "A longitudinal study of complaining customers' evaluations of multiple service failures and
 * recovery efforts", Journal of Marketing 66(4)): a good recovery can lift satisfaction above its
 * level before a first failure, but not after a second. The numbers themselves are our defaults,
 * not findings; every one can be changed. Generosity never decreases as failures repeat: credits,
 * escalations and the respond-by deadline only grow stronger with the count.
 *
 * <h2>Respond-by</h2>
 *
 * The deadline is the complaint's {@code receivedAt} plus a cell of the respond-by table, by
 * channel, severity and mood. By default a calm customer with a moderate problem hears from us
 * within the channel's base time (email and web form 8 hours, survey 24 hours, phone callback 2
 * hours, chat 30 minutes, app review 4 hours, social media 2 hours); a minor problem allows half as
 * long again; a major one at most 2 hours, a critical one at most 1 hour; a frustrated customer
 * gets half the time; an angry one half the time and at most 30 minutes (15 when critical). A
 * public review of one or two stars is answered within 30 minutes, and a customer at {@code
 * escalateAfter} within 30 minutes.
 *
 * <h2>Rule ids</h2>
 *
 * Every rule that shapes a plan adds a {@link Reason} with one of these stable ids:
 *
 * <ul>
 *   <li>{@code repeat.first}, {@code repeat.second}, {@code repeat.third-plus}: the repeat level;
 *   <li>{@code respond.table}, {@code respond.public-low-rating}, {@code respond.top-priority}: the
 *       deadline;
 *   <li>{@code remedy.<kind>.<remedy>} (e.g. {@code remedy.damaged.replace}, {@code
 *       remedy.poor-quality.refund}) and {@code remedy.no-lines}: the remedy;
 *   <li>{@code ownership.ours}, {@code ownership.customer-mistake}, {@code ownership.carrier},
 *       {@code ownership.clearer}: the ownership taken;
 *   <li>{@code investigate.ask-item-back}, {@code investigate.lot}, {@code
 *       stop-sale.repeat-defect}, {@code process-fix.<area>} (e.g. {@code process-fix.size-chart}):
 *       fixes for everyone;
 *   <li>{@code trust.on-trust}, {@code trust.approval-above-limit}, {@code
 *       trust.abuse.refund-count}, {@code trust.abuse.refund-total}: trust;
 *   <li>{@code credit.serious-first}, {@code credit.repeat}, {@code credit.escalated}: incentives;
 *   <li>{@code tone.friendly}, {@code tone.formal.severity}, {@code tone.formal.mood}, {@code
 *       tone.formal.staff}: the tone of a first failure;
 *   <li>{@code escalate.severe-harm}, {@code escalate.public-complaint}: people who must look;
 *   <li>{@code goodwill.paradox}, {@code goodwill.decay}: the goodwill outlook;
 *   <li>{@code outreach.proactive}: a plan from {@link #planOutreach}, made before any complaint.
 * </ul>
 */
public final class RecoveryPolicy {
  private static final RecoveryPolicy DEFAULTS = new RecoveryPolicyBuilder().build();
  private static final Reason PROACTIVE =
      new Reason(
          "outreach.proactive",
          "We found the problem before the customer complained: reach out first, with the remedy"
              + " already under way.");

  private final EnumMap<IssueKind, Remedy> remedies;
  private final Duration repeatWindow;
  private final Duration recentWithin;
  private final int formalAfter;
  private final int escalateAfter;
  private final Map<Currency, Money> autoApproveLimits;
  private final String approver;
  private final Duration approvalWithin;
  private final int abuseRefundCount;
  private final Map<Currency, Money> abuseRefundTotals;
  private final String abuseReviewer;
  private final Duration abuseReviewWithin;
  private final String accountOwner;
  private final Duration escalationWithin;
  private final String staffConductOwner;
  private final String severeHarmOwner;
  private final String publicComplaintOwner;
  private final int seriousFirstCreditPercent;
  private final int repeatCreditPercent;
  private final int escalatedCreditPercent;
  private final Duration creditValidFor;
  private final Duration shipWithin;
  private final Duration guidanceFollowUpAfter;
  private final Duration arrivalFollowUpAfter;
  private final Guidance.Fallback guidanceFallback;
  private final boolean askForItemBack;
  private final boolean investigateLots;
  private final Duration[] respondWithin;
  private final Duration publicLowRatingWithin;
  private final Duration topPriorityWithin;
  private final double firstFailureGoodwill;
  private final double repeatDecay;
  private final double sameKindDecay;
  private final double recentDecay;
  private final PolicyRules rules;

  RecoveryPolicy(RecoveryPolicyBuilder b) {
    remedies = new EnumMap<>(b.remedies);
    repeatWindow = b.repeatWindow;
    recentWithin = b.recentWithin;
    formalAfter = b.formalAfter;
    escalateAfter = b.escalateAfter;
    autoApproveLimits = Map.copyOf(b.autoApproveLimits);
    approver = b.approver;
    approvalWithin = b.approvalWithin;
    abuseRefundCount = b.abuseRefundCount;
    abuseRefundTotals = Map.copyOf(b.abuseRefundTotals);
    abuseReviewer = b.abuseReviewer;
    abuseReviewWithin = b.abuseReviewWithin;
    accountOwner = b.accountOwner;
    escalationWithin = b.escalationWithin;
    staffConductOwner = b.staffConductOwner;
    severeHarmOwner = b.severeHarmOwner;
    publicComplaintOwner = b.publicComplaintOwner;
    seriousFirstCreditPercent = b.seriousFirstCreditPercent;
    repeatCreditPercent = b.repeatCreditPercent;
    escalatedCreditPercent = b.escalatedCreditPercent;
    creditValidFor = b.creditValidFor;
    shipWithin = b.shipWithin;
    guidanceFollowUpAfter = b.guidanceFollowUpAfter;
    arrivalFollowUpAfter = b.arrivalFollowUpAfter;
    guidanceFallback = b.guidanceFallback;
    askForItemBack = b.askForItemBack;
    investigateLots = b.investigateLots;
    respondWithin = b.respondWithin.clone();
    publicLowRatingWithin = b.publicLowRatingWithin;
    topPriorityWithin = b.topPriorityWithin;
    firstFailureGoodwill = b.firstFailureGoodwill;
    repeatDecay = b.repeatDecay;
    sameKindDecay = b.sameKindDecay;
    recentDecay = b.recentDecay;
    rules = new PolicyRules(b);
  }

  /**
   * Returns the policy that embodies the practice described on this class: the default remedies,
   * trust rules, diminishing returns and respond-by table listed above.
   *
   * @return the shared default policy
   */
  public static RecoveryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a new builder
   */
  public static RecoveryPolicyBuilder builder() {
    return new RecoveryPolicyBuilder();
  }

  /**
   * Returns a builder holding this policy's settings, to derive a changed policy.
   *
   * @return a new builder
   */
  public RecoveryPolicyBuilder toBuilder() {
    return new RecoveryPolicyBuilder(this);
  }

  /**
   * Decides how to recover from a complaint. This is the library's entry point: pure, deterministic
   * and thread-safe; it reads no clock and keeps nothing.
   *
   * @param complaint the complaint to answer
   * @param history the customer's earlier incidents; an incident with the complaint's own id, or
   *     after it was received, is ignored
   * @param now the moment of the decision; ship-by, follow-up, approval and escalation deadlines
   *     count from here, the respond-by deadline from the complaint's {@code receivedAt}
   * @return the plan, with at least one reason
   * @throws IllegalArgumentException if the history belongs to another customer
   * @throws NullPointerException if an argument is null
   */
  public RecoveryPlan decide(Complaint complaint, CustomerHistory history, Instant now) {
    return rules.decide(complaint, history, now);
  }

  /**
   * Plans to reach every customer hit by a known incident before they complain. Each customer's
   * plan is the one {@link #decide} gives for the complaint they would have made (a calm email
   * received when the incident was detected, about the affected lines), with the reason {@code
   * outreach.proactive} first, so repeats, trust rules and respond-by deadlines apply as usual.
   *
   * @param incident what went wrong
   * @param affected the customers hit, each with their history and affected lines
   * @param now the moment of planning; deadlines count as in {@link #decide}
   * @return one outreach per customer, most at risk first: red accounts, then yellow, then green;
   *     within each, the earliest contact-by first, then by customer id
   * @throws IllegalArgumentException if two entries name the same customer
   */
  public List<Outreach> planOutreach(
      KnownIncident incident, List<AffectedCustomer> affected, Instant now) {
    Objects.requireNonNull(incident, "incident");
    Objects.requireNonNull(now, "now");
    var seen = new HashSet<String>();
    var out = new ArrayList<Outreach>(affected.size());
    for (AffectedCustomer a : affected) {
      String id = a.customer().id();
      if (!seen.add(id)) {
        throw new IllegalArgumentException(
            "affected customers must be distinct but \"" + id + "\" appears twice");
      }
      RecoveryPlan plan = decide(complaintFor(incident, a), a.history(), now);
      var reasons = new ArrayList<Reason>(plan.reasons().size() + 1);
      reasons.add(PROACTIVE);
      reasons.addAll(plan.reasons());
      RecoveryPlan proactive =
          new RecoveryPlan(
              plan.complaintId(),
              plan.actions(),
              plan.respondBy(),
              plan.tone(),
              plan.ownership(),
              plan.goodwill(),
              plan.accountStatus(),
              reasons);
      out.add(new Outreach(id, plan.respondBy(), proactive));
    }
    out.sort(
        Comparator.comparing((Outreach o) -> o.plan().accountStatus())
            .reversed()
            .thenComparing(Outreach::contactBy)
            .thenComparing(Outreach::customerId));
    return List.copyOf(out);
  }

  /**
   * Returns the complaint the customer would have made, so the policy can plan the same remedy
   * before they make it.
   *
   * @param incident what went wrong
   * @param affected the customer and what of theirs is affected
   * @return a calm email complaint received when the incident was detected
   */
  private static Complaint complaintFor(KnownIncident incident, AffectedCustomer affected) {
    var b =
        Complaint.builder()
            .id(incident.id() + "/" + affected.customer().id())
            .customer(affected.customer())
            .receivedAt(incident.detectedAt())
            .channel(Channel.EMAIL)
            .kind(incident.kind())
            .severity(incident.severity())
            .mood(Mood.CALM)
            .cause(incident.cause())
            .lines(affected.lines());
    Optional<String> order = affected.orderId();
    order.ifPresent(b::orderId);
    return b.build();
  }

  /**
   * Returns the remedy for a kind of problem.
   *
   * @param kind the kind
   * @return the remedy
   */
  public Remedy remedy(IssueKind kind) {
    return remedies.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Returns how far back incidents count as repeats.
   *
   * @return the window (default 180 days)
   */
  public Duration repeatWindow() {
    return repeatWindow;
  }

  /**
   * Returns how close an earlier incident must be to count as recent.
   *
   * @return the duration (default 30 days)
   */
  public Duration recentWithin() {
    return recentWithin;
  }

  /**
   * Returns the count from which the reply is a formal apology with a credit.
   *
   * @return the count (default 2)
   */
  public int formalAfter() {
    return formalAfter;
  }

  /**
   * Returns the count from which a named owner takes the account.
   *
   * @return the count (default 3)
   */
  public int escalateAfter() {
    return escalateAfter;
  }

  /**
   * Returns the auto-approve limit for a currency.
   *
   * @param currency the currency
   * @return the limit, or empty when every refund in that currency is approved after the fact
   */
  public Optional<Money> autoApproveLimit(Currency currency) {
    return Optional.ofNullable(autoApproveLimits.get(Objects.requireNonNull(currency, "currency")));
  }

  /**
   * Returns every auto-approve limit, by currency.
   *
   * @return an unmodifiable map (default 200.00 for USD, EUR and GBP)
   */
  public Map<Currency, Money> autoApproveLimits() {
    return autoApproveLimits;
  }

  /**
   * Returns every abuse-signal refund total, by currency.
   *
   * @return an unmodifiable map (default 600.00 for USD, EUR and GBP)
   */
  public Map<Currency, Money> abuseRefundTotals() {
    return abuseRefundTotals;
  }

  /**
   * Returns who approves refunds above the limit.
   *
   * @return a person or team (default {@code refund-approvals})
   */
  public String approver() {
    return approver;
  }

  /**
   * Returns how long the approver has.
   *
   * @return the duration (default 24 hours)
   */
  public Duration approvalWithin() {
    return approvalWithin;
  }

  /**
   * Returns the number of earlier refunds in the window above which a person looks.
   *
   * @return the count (default 3)
   */
  public int abuseRefundCount() {
    return abuseRefundCount;
  }

  /**
   * Returns the refunded total in the window above which a person looks, for a currency.
   *
   * @param currency the currency
   * @return the total, or empty when no total applies in that currency
   */
  public Optional<Money> abuseRefundTotal(Currency currency) {
    return Optional.ofNullable(abuseRefundTotals.get(Objects.requireNonNull(currency, "currency")));
  }

  /**
   * Returns who looks at abuse signals.
   *
   * @return a person or team (default {@code trust-and-safety})
   */
  public String abuseReviewer() {
    return abuseReviewer;
  }

  /**
   * Returns how long the abuse reviewer has.
   *
   * @return the duration (default 48 hours)
   */
  public Duration abuseReviewWithin() {
    return abuseReviewWithin;
  }

  /**
   * Returns the named owner for accounts with repeated failures.
   *
   * @return a person or team (default {@code customer-care-lead})
   */
  public String accountOwner() {
    return accountOwner;
  }

  /**
   * Returns how long the account owner has to act.
   *
   * @return the duration (default 4 hours)
   */
  public Duration escalationWithin() {
    return escalationWithin;
  }

  /**
   * Returns who apologises for staff conduct.
   *
   * @return a person or team (default {@code customer-care-manager})
   */
  public String staffConductOwner() {
    return staffConductOwner;
  }

  /**
   * Returns who takes critical complaints.
   *
   * @return a person or team (default {@code customer-care-manager})
   */
  public String severeHarmOwner() {
    return severeHarmOwner;
  }

  /**
   * Returns who answers angry or low-rated public complaints.
   *
   * @return a person or team (default {@code social-care-team})
   */
  public String publicComplaintOwner() {
    return publicComplaintOwner;
  }

  /**
   * Returns the credit for a serious first failure, in percent; 0 for none.
   *
   * @return the percent (default 10)
   */
  public int seriousFirstCreditPercent() {
    return seriousFirstCreditPercent;
  }

  /**
   * Returns the credit from {@code formalAfter}, in percent.
   *
   * @return the percent (default 15)
   */
  public int repeatCreditPercent() {
    return repeatCreditPercent;
  }

  /**
   * Returns the credit from {@code escalateAfter}, in percent.
   *
   * @return the percent (default 25)
   */
  public int escalatedCreditPercent() {
    return escalatedCreditPercent;
  }

  /**
   * Returns how long a credit stays valid.
   *
   * @return the duration (default 90 days)
   */
  public Duration creditValidFor() {
    return creditValidFor;
  }

  /**
   * Returns how soon goods leave the warehouse.
   *
   * @return the duration (default 24 hours)
   */
  public Duration shipWithin() {
    return shipWithin;
  }

  /**
   * Returns when to check that guidance helped.
   *
   * @return the duration after the decision (default 3 days)
   */
  public Duration guidanceFollowUpAfter() {
    return guidanceFollowUpAfter;
  }

  /**
   * Returns when to confirm a delivery arrived.
   *
   * @return the duration after the decision (default 3 days)
   */
  public Duration arrivalFollowUpAfter() {
    return arrivalFollowUpAfter;
  }

  /**
   * Returns the remedy guidance commits to in advance.
   *
   * @return the fallback (default {@link Guidance.Fallback#REFUND})
   */
  public Guidance.Fallback guidanceFallback() {
    return guidanceFallback;
  }

  /**
   * Tells whether damaged and poor-quality items are asked back, optionally.
   *
   * @return whether to ask (default true)
   */
  public boolean askForItemBack() {
    return askForItemBack;
  }

  /**
   * Tells whether a damaged item triggers an investigation of its lot.
   *
   * @return whether to investigate (default true)
   */
  public boolean investigateLots() {
    return investigateLots;
  }

  /**
   * Returns one cell of the respond-by table.
   *
   * @param channel where the complaint arrived
   * @param severity how bad it is
   * @param mood how the customer feels
   * @return how soon after receipt the customer must hear from us
   */
  public Duration respondWithin(Channel channel, Severity severity, Mood mood) {
    return respondWithin[RespondByTable.index(channel, severity, mood)];
  }

  /**
   * Returns the longest respond-by for a public review of one or two stars.
   *
   * @return the duration (default 30 minutes)
   */
  public Duration publicLowRatingWithin() {
    return publicLowRatingWithin;
  }

  /**
   * Returns the longest respond-by from {@code escalateAfter}.
   *
   * @return the duration (default 30 minutes)
   */
  public Duration topPriorityWithin() {
    return topPriorityWithin;
  }

  /**
   * Returns the goodwill outlook after a well-handled first failure.
   *
   * @return between 0 and 1 (default 0.85)
   */
  public double firstFailureGoodwill() {
    return firstFailureGoodwill;
  }

  /**
   * Returns the goodwill factor per earlier business-caused incident.
   *
   * @return between 0 and 1 (default 0.55)
   */
  public double repeatDecay() {
    return repeatDecay;
  }

  /**
   * Returns the extra goodwill factor for an earlier incident of the same kind.
   *
   * @return between 0 and 1 (default 0.75)
   */
  public double sameKindDecay() {
    return sameKindDecay;
  }

  /**
   * Returns the extra goodwill factor for a recent earlier incident.
   *
   * @return between 0 and 1 (default 0.8)
   */
  public double recentDecay() {
    return recentDecay;
  }

  void copyInto(RecoveryPolicyBuilder b) {
    b.remedies.putAll(remedies);
    b.repeatWindow = repeatWindow;
    b.recentWithin = recentWithin;
    b.formalAfter = formalAfter;
    b.escalateAfter = escalateAfter;
    b.autoApproveLimits.clear();
    b.autoApproveLimits.putAll(autoApproveLimits);
    b.approver = approver;
    b.approvalWithin = approvalWithin;
    b.abuseRefundCount = abuseRefundCount;
    b.abuseRefundTotals.clear();
    b.abuseRefundTotals.putAll(abuseRefundTotals);
    b.abuseReviewer = abuseReviewer;
    b.abuseReviewWithin = abuseReviewWithin;
    b.accountOwner = accountOwner;
    b.escalationWithin = escalationWithin;
    b.staffConductOwner = staffConductOwner;
    b.severeHarmOwner = severeHarmOwner;
    b.publicComplaintOwner = publicComplaintOwner;
    b.seriousFirstCreditPercent = seriousFirstCreditPercent;
    b.repeatCreditPercent = repeatCreditPercent;
    b.escalatedCreditPercent = escalatedCreditPercent;
    b.creditValidFor = creditValidFor;
    b.shipWithin = shipWithin;
    b.guidanceFollowUpAfter = guidanceFollowUpAfter;
    b.arrivalFollowUpAfter = arrivalFollowUpAfter;
    b.guidanceFallback = guidanceFallback;
    b.askForItemBack = askForItemBack;
    b.investigateLots = investigateLots;
    System.arraycopy(respondWithin, 0, b.respondWithin, 0, respondWithin.length);
    b.publicLowRatingWithin = publicLowRatingWithin;
    b.topPriorityWithin = topPriorityWithin;
    b.firstFailureGoodwill = firstFailureGoodwill;
    b.repeatDecay = repeatDecay;
    b.sameKindDecay = sameKindDecay;
    b.recentDecay = recentDecay;
  }

  /** Compares every setting. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RecoveryPolicy p)) {
      return false;
    }
    return remedies.equals(p.remedies)
        && repeatWindow.equals(p.repeatWindow)
        && recentWithin.equals(p.recentWithin)
        && formalAfter == p.formalAfter
        && escalateAfter == p.escalateAfter
        && autoApproveLimits.equals(p.autoApproveLimits)
        && approver.equals(p.approver)
        && approvalWithin.equals(p.approvalWithin)
        && abuseRefundCount == p.abuseRefundCount
        && abuseRefundTotals.equals(p.abuseRefundTotals)
        && abuseReviewer.equals(p.abuseReviewer)
        && abuseReviewWithin.equals(p.abuseReviewWithin)
        && accountOwner.equals(p.accountOwner)
        && escalationWithin.equals(p.escalationWithin)
        && staffConductOwner.equals(p.staffConductOwner)
        && severeHarmOwner.equals(p.severeHarmOwner)
        && publicComplaintOwner.equals(p.publicComplaintOwner)
        && seriousFirstCreditPercent == p.seriousFirstCreditPercent
        && repeatCreditPercent == p.repeatCreditPercent
        && escalatedCreditPercent == p.escalatedCreditPercent
        && creditValidFor.equals(p.creditValidFor)
        && shipWithin.equals(p.shipWithin)
        && guidanceFollowUpAfter.equals(p.guidanceFollowUpAfter)
        && arrivalFollowUpAfter.equals(p.arrivalFollowUpAfter)
        && guidanceFallback == p.guidanceFallback
        && askForItemBack == p.askForItemBack
        && investigateLots == p.investigateLots
        && Arrays.equals(respondWithin, p.respondWithin)
        && publicLowRatingWithin.equals(p.publicLowRatingWithin)
        && topPriorityWithin.equals(p.topPriorityWithin)
        && Double.compare(firstFailureGoodwill, p.firstFailureGoodwill) == 0
        && Double.compare(repeatDecay, p.repeatDecay) == 0
        && Double.compare(sameKindDecay, p.sameKindDecay) == 0
        && Double.compare(recentDecay, p.recentDecay) == 0;
  }

  /** Hashes the main settings, consistently with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return Objects.hash(
        remedies, repeatWindow, formalAfter, escalateAfter, autoApproveLimits, accountOwner);
  }

  /** Returns the main settings, for logs and test failures. */
  @Override
  public String toString() {
    var limits = new HashMap<String, String>();
    autoApproveLimits.forEach((c, m) -> limits.put(c.getCurrencyCode(), m.toString()));
    return "RecoveryPolicy[repeatWindow="
        + repeatWindow
        + ", formalAfter="
        + formalAfter
        + ", escalateAfter="
        + escalateAfter
        + ", autoApproveLimits="
        + new TreeMap<>(limits)
        + ", remedies="
        + remedies
        + "]";
  }
}
