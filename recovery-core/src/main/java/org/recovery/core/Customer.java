package org.recovery.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * The person who complained. Names and email are personal data: Recovery never logs them.
 *
 * @param id the host's identifier for the customer; not blank
 * @param name the customer's full name, as they gave it; formal letters address them by it; not
 *     blank
 * @param email the customer's email address, if known
 * @param locale the customer's preferred locale, e.g. {@code en-US}
 * @param givenName the name the customer goes by, if the host knows it ("Dana" for "Dana
 *     Whitfield", "Wei" for "Liu Wei"); friendly letters greet with it and fall back to the full
 *     name, since a given name is never guessed from the full one
 */
public record Customer(
    String id, String name, Optional<String> email, Locale locale, Optional<String> givenName) {

  /**
   * Validates the customer.
   *
   * @param id the host's identifier for the customer; not blank
   * @param name the customer's full name; not blank
   * @param email the customer's email address, if known
   * @param locale the customer's preferred locale, e.g. {@code en-US}
   * @param givenName the name the customer goes by, if known; not blank when present
   * @throws IllegalArgumentException if the id, the name, a present email or a present given name
   *     is blank
   */
  public Customer {
    NonBlank.require(id, "customer.id");
    NonBlank.require(name, "customer.name");
    Objects.requireNonNull(email, "customer.email");
    email.ifPresent(e -> NonBlank.require(e, "customer.email"));
    Objects.requireNonNull(locale, "customer.locale");
    Objects.requireNonNull(givenName, "customer.givenName");
    givenName.ifPresent(g -> NonBlank.require(g, "customer.givenName"));
  }

  /**
   * Creates a customer whose given name is not known.
   *
   * @param id the host's identifier for the customer; not blank
   * @param name the customer's full name; not blank
   * @param email the customer's email address, if known
   * @param locale the customer's preferred locale
   * @throws IllegalArgumentException if the id, the name or a present email is blank
   */
  public Customer(String id, String name, Optional<String> email, Locale locale) {
    this(id, name, email, locale, Optional.empty());
  }

  /**
   * Creates a customer with an email address and no known given name.
   *
   * @param id the host's identifier
   * @param name the full name
   * @param email the email address
   * @param locale the preferred locale
   * @return the customer
   */
  public static Customer of(String id, String name, String email, Locale locale) {
    return new Customer(id, name, Optional.of(email), locale, Optional.empty());
  }

  /**
   * Returns a copy with the name the customer goes by.
   *
   * @param givenName the given name, such as {@code "Dana"}; not blank
   * @return the changed copy
   * @throws IllegalArgumentException if the given name is blank
   */
  public Customer withGivenName(String givenName) {
    return new Customer(id, name, email, locale, Optional.of(givenName));
  }

  /** Returns the id and locale only: the names and email are personal data. */
  @Override
  public String toString() {
    return "Customer[id=" + id + ", locale=" + locale.toLanguageTag() + "]";
  }
}
