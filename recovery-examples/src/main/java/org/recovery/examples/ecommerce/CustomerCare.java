package org.recovery.examples.ecommerce;

import java.time.InstantSource;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.Money;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Refund;
import org.recovery.templates.Letter;

/**
 * Handles a complaint the way an order backend wires Recovery in: load the customer's history from
 * the shop's store, decide, write the letter in the customer's language (with English beside it
 * when that is not English), record the incident so the next complaint sees it, send the letter.
 *
 * <pre>{@code
 * var care = new CustomerCare(RecoveryPolicy.defaults(), incidents, mailer,
 *     "Marta, Acme customer care", Clock.systemUTC());
 * Resolution resolution = care.handle(complaint);
 * }</pre>
 *
 * <p>Thread-safe when the store and the sender are: share one instance. The policy is immutable and
 * this class holds no other state. Two complaints from the <em>same</em> customer handled at the
 * same moment may both be decided on the history before either, so neither sees the other; both
 * incidents are still recorded and the next complaint counts them.
 */
public final class CustomerCare {

  private final RecoveryPolicy policy;
  private final IncidentStore incidents;
  private final LetterSender sender;
  private final String signature;
  private final InstantSource clock;

  /**
   * Wires the complaint handling of a shop.
   *
   * @param policy how to decide; one instance shared by every thread, e.g. {@link
   *     RecoveryPolicy#defaults()}
   * @param incidents the shop's incident store
   * @param sender how letters reach customers
   * @param signature the name under every letter, e.g. {@code "Marta, Acme customer care"}
   * @param clock the time of each decision, e.g. {@code Clock.systemUTC()}
   * @throws IllegalArgumentException if the signature is blank
   */
  public CustomerCare(
      RecoveryPolicy policy,
      IncidentStore incidents,
      LetterSender sender,
      String signature,
      InstantSource clock) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.incidents = Objects.requireNonNull(incidents, "incidents");
    this.sender = Objects.requireNonNull(sender, "sender");
    this.signature = Objects.requireNonNull(signature, "signature");
    if (signature.isBlank()) {
      throw new IllegalArgumentException(
          "signature must not be blank but was \"" + signature + "\"");
    }
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Handles a complaint: decides, records the incident, sends the letter.
   *
   * <p>The plan commits every remedy at once (nothing waits for a return), so the incident is
   * recorded as resolved, with the refunds and fixed credits granted. A shop that calls a problem
   * solved only once the replacement is delivered would record {@code false} and update it later.
   *
   * @param complaint the complaint
   * @return the plan, the letter sent and the incident recorded
   * @throws IllegalArgumentException if this complaint was handled before; no second letter is sent
   */
  public Resolution handle(Complaint complaint) {
    Customer customer = complaint.customer();
    CustomerHistory history = incidents.historyOf(customer.id());
    RecoveryPlan plan = policy.decide(complaint, history, clock.instant());
    Letter letter = letterFor(complaint, plan);
    Incident incident = Incident.of(complaint, refundedOrCredited(plan), true);
    // Record before sending: the store refuses a complaint id it already holds, so a complaint
    // delivered twice by the shop's queue gets one letter, not two.
    incidents.record(customer.id(), incident);
    sender.send(customer, letter);
    return new Resolution(plan, letter, incident);
  }

  private Letter letterFor(Complaint complaint, RecoveryPlan plan) {
    var letter = Letter.builder(complaint, plan).signature(signature);
    if (!complaint.language().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      letter.secondLocale(Locale.ENGLISH);
    }
    return letter.build();
  }

  private static Optional<Money> refundedOrCredited(RecoveryPlan plan) {
    // A percentage credit has no amount until the customer's next order; only fixed credits count.
    return Stream.concat(
            plan.actionsOf(Refund.class).stream().map(Refund::amount),
            plan.actionsOf(Credit.class).stream().flatMap(c -> c.amount().stream()))
        .reduce(Money::plus);
  }
}
