package org.recovery.examples.ecommerce;

import org.recovery.core.Customer;
import org.recovery.templates.Letter;

/**
 * Sends a letter to a customer: the shop's mailer, help-desk reply or app notification. An email
 * sender would send {@link Letter#toHtml()} with {@link Letter#toText()} as its plain-text part.
 */
@FunctionalInterface
public interface LetterSender {

  /**
   * Sends a letter.
   *
   * @param customer who it goes to
   * @param letter the letter, rendered as the channel needs
   */
  void send(Customer customer, Letter letter);
}
