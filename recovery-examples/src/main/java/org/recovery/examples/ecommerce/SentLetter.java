package org.recovery.examples.ecommerce;

import java.util.Objects;
import org.recovery.core.Customer;
import org.recovery.templates.Letter;

/**
 * A letter an {@link Outbox} was given to send.
 *
 * @param customer who it goes to
 * @param letter the letter
 */
public record SentLetter(Customer customer, Letter letter) {

  /** Checks that both parts are present. */
  public SentLetter {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(letter, "letter");
  }
}
