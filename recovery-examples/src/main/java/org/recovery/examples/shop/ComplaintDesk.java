package org.recovery.examples.shop;

import java.time.Clock;
import java.util.Objects;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.templates.Letter;

/**
 * Handles a complaint the way a checkout backend would wire Recovery in: load the customer's
 * history from the shop's store, decide, write and send the letter, record the incident so the next
 * complaint knows about this one.
 *
 * <pre>{@code
 * var desk = new ComplaintDesk(RecoveryPolicy.defaults(), store, mailer::send,
 *     "Maya, Acme customer care", Clock.systemUTC());
 * ComplaintDesk.Handled handled = desk.handle(complaint);
 * }</pre>
 *
 * <p>Thread-safe when the store and the outbox are: the policy is immutable and the desk holds no
 * other state.
 */
public final class ComplaintDesk {

  private final RecoveryPolicy policy;
  private final IncidentStore incidents;
  private final LetterOutbox outbox;
  private final String signature;
  private final Clock clock;

  /**
   * Wires a desk.
   *
   * @param policy how to decide
   * @param incidents the shop's incident store
   * @param outbox how letters reach customers
   * @param signature the name under every letter
   * @param clock the time of each decision
   */
  public ComplaintDesk(
      RecoveryPolicy policy,
      IncidentStore incidents,
      LetterOutbox outbox,
      String signature,
      Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.signature = Objects.requireNonNull(signature, "signature");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What the desk did about one complaint.
   *
   * @param plan the decision
   * @param letter the letter sent
   */
  public record Handled(RecoveryPlan plan, Letter letter) {}

  /**
   * Handles a complaint: decides, sends the letter, records the incident.
   *
   * <p>The plan commits every remedy at once (nothing waits for a return), so the incident is
   * recorded as resolved, with what was refunded on trust. A shop that confirms delivery of a
   * replacement before calling a problem solved would record {@code false} and update it later.
   *
   * @param complaint the complaint
   * @return the plan and the letter
   */
  public Handled handle(Complaint complaint) {
    String customerId = complaint.customer().id();
    CustomerHistory history = incidents.historyOf(customerId);
    RecoveryPlan plan = policy.decide(complaint, history, clock.instant());
    Letter letter = Letter.builder(complaint, plan).signature(signature).build();
    outbox.send(complaint.customer(), letter);
    incidents.record(customerId, Incident.of(complaint, plan.grantedOnTrust(), true));
    return new Handled(plan, letter);
  }
}
