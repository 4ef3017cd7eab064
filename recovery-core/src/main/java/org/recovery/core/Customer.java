package org.recovery.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * The person who complained. Name and email are personal data: Recovery never logs them.
 *
 * @param id the host's identifier for the customer; not blank
 * @param name the name to address the customer by in a letter; not blank
 * @param email the customer's email address, if known
 * @param locale the customer's preferred locale, e.g. {@code en-US}
 */
public record Customer(String id, String name, Optional<String> email, Locale locale) {

  /**
   * Validates the customer.
   *
   * @param id the host's identifier for the customer; not blank
   * @param name the name to address the customer by in a letter; not blank
   * @param email the customer's email address, if known
   * @param locale the customer's preferred locale, e.g. {@code en-US}
   * @throws IllegalArgumentException if the id or the name is blank
   */
  public Customer {
    NonBlank.require(id, "customer.id");
    NonBlank.require(name, "customer.name");
    Objects.requireNonNull(email, "customer.email");
    email.ifPresent(e -> NonBlank.require(e, "customer.email"));
    Objects.requireNonNull(locale, "customer.locale");
  }

  /**
   * Creates a customer with an email address.
   *
   * @param id the host's identifier
   * @param name the name to address the customer by
   * @param email the email address
   * @param locale the preferred locale
   * @return the customer
   */
  public static Customer of(String id, String name, String email, Locale locale) {
    return new Customer(id, name, Optional.of(email), locale);
  }

  /** Returns the id and locale only: the name and email are personal data. */
  @Override
  public String toString() {
    return "Customer[id=" + id + ", locale=" + locale.toLanguageTag() + "]";
  }
}
