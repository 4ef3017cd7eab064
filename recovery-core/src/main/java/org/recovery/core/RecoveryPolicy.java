package org.recovery.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Escalation;
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
 * <h2>Settings</h2>
 *
 * Every setting is held by one immutable {@link PolicySettings}, read with {@link #settings()};
 * each group documents its rules and defaults:
 *
 * <ul>
 *   <li>{@link PolicySettings.Refunds trust}: no remedy is ever conditional on a return or on
 *       proof; a refund above the auto-approve limit still stands and adds an {@link Approval};
 *       abuse signals add an {@link Escalation} for a person to look at, never a denial. {@link
 *       RecoveryPlan#grantedOnTrust()} reports what was refunded without a return;
 *   <li>{@link PolicySettings.Repeats diminishing returns}: the count of business-caused failures
 *       in the repeat window moves the plan from a friendly fix to a formal apology with a credit
 *       (account YELLOW) and then to a named owner and top priority (account RED); {@link
 *       PolicySettings.Goodwill goodwill} decays with each earlier failure (Maxham and Netemeyer
 *       2002);
 *   <li>{@link PolicySettings.Credits credits}, {@link FulfilmentSettings fulfilment} and {@link
 *       PolicySettings.Owners owners}: what is added, how soon goods move, who takes a case;
 *   <li>{@link PolicySettings.RespondBy respond-by}: the deadline is the complaint's {@code
 *       receivedAt} plus a cell of the {@link RespondByTable} by channel, severity and mood,
 *       shortened for a public review of one or two stars and for a customer at {@code
 *       escalateAfter}.
 * </ul>
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

  private final PolicySettings settings;
  private final PolicyRules rules;

  RecoveryPolicy(PolicySettings settings) {
    this.settings = settings;
    this.rules = new PolicyRules(settings);
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
    return new RecoveryPolicyBuilder(settings);
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
   * Returns every setting of this policy, grouped as in its JSON document.
   *
   * @return the immutable settings
   */
  public PolicySettings settings() {
    return settings;
  }

  /** Compares every setting. */
  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof RecoveryPolicy p && settings.equals(p.settings));
  }

  /** Hashes every setting, consistently with {@link #equals(Object)}. */
  @Override
  public int hashCode() {
    return settings.hashCode();
  }

  /** Returns the main settings, for logs and test failures. */
  @Override
  public String toString() {
    var limits = new TreeMap<String, String>();
    settings
        .refunds()
        .autoApproveLimits()
        .forEach((c, m) -> limits.put(c.getCurrencyCode(), m.toString()));
    PolicySettings.Repeats repeats = settings.repeats();
    return "RecoveryPolicy[repeatWindow="
        + repeats.window()
        + ", formalAfter="
        + repeats.formalAfter()
        + ", escalateAfter="
        + repeats.escalateAfter()
        + ", autoApproveLimits="
        + limits
        + ", remedies="
        + settings.remedies()
        + "]";
  }
}
