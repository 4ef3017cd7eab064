package org.recovery.examples.shop;

import org.recovery.core.Customer;
import org.recovery.templates.Letter;

/** Sends a letter to a customer: the shop's mailer, help-desk reply or app notification. */
@FunctionalInterface
public interface LetterOutbox {

  /**
   * Sends a letter.
   *
   * @param customer who it goes to
   * @param letter the letter, to render as the channel needs ({@link Letter#toHtml()} for email)
   */
  void send(Customer customer, Letter letter);
}
