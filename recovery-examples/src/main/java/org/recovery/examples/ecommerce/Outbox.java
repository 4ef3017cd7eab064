package org.recovery.examples.ecommerce;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.recovery.core.Customer;
import org.recovery.templates.Letter;

/**
 * Keeps every letter instead of sending it, in the order given: for the example and for tests.
 * Thread-safe.
 */
public final class Outbox implements LetterSender {

  private final List<SentLetter> sent = new CopyOnWriteArrayList<>();

  /** Creates an empty outbox. */
  public Outbox() {}

  @Override
  public void send(Customer customer, Letter letter) {
    sent.add(new SentLetter(customer, letter));
  }

  /**
   * Returns the letters sent so far.
   *
   * @return a snapshot, oldest first
   */
  public List<SentLetter> sent() {
    return List.copyOf(sent);
  }
}
