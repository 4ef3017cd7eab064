package org.recovery.core.monitor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.OrderLine;
import org.recovery.core.internal.NonBlank;

/**
 * A customer hit by a {@link KnownIncident}, with what of theirs is affected.
 *
 * @param customer the customer
 * @param history their earlier incidents, so a repeat is recognised as one
 * @param orderId the order affected, if any
 * @param lines the order lines affected (the units from the bad lot, the delayed items); may be
 *     empty, for an outage
 */
public record AffectedCustomer(
    Customer customer, CustomerHistory history, Optional<String> orderId, List<OrderLine> lines) {

  /**
   * Validates the customer and copies the lines.
   *
   * @param customer the customer
   * @param history their earlier incidents, so a repeat is recognised as one
   * @param orderId the order affected, if any
   * @param lines the order lines affected (the units from the bad lot, the delayed items); may be
   *     empty, for an outage
   * @throws IllegalArgumentException if the history belongs to another customer or the order id is
   *     blank
   */
  public AffectedCustomer {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(history, "history");
    if (!history.customerId().equals(customer.id())) {
      throw new IllegalArgumentException(
          "history.customerId must be the customer's id \""
              + customer.id()
              + "\" but was \""
              + history.customerId()
              + "\"");
    }
    Objects.requireNonNull(orderId, "orderId");
    orderId.ifPresent(o -> NonBlank.require(o, "orderId"));
    lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
  }
}
