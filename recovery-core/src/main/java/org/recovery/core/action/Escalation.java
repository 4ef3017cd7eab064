package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.internal.NonBlank;

/**
 * Hand the case to a person, who must act by a deadline. An escalation never denies or delays what
 * the plan already committed to the customer.
 *
 * @param owner the person or team who takes it; not blank
 * @param why why a person must look
 * @param deadline when they must have acted
 */
public record Escalation(String owner, Why why, Instant deadline) implements RecoveryAction {

  /** Why an {@link Escalation} was raised. */
  public enum Why {
    /** The customer has been let down repeatedly; a named owner takes the account. */
    REPEATED_FAILURES,
    /** Refund patterns look unusual; a person looks, nothing is denied. */
    ABUSE_SIGNAL,
    /** A member of staff behaved badly; a manager follows up personally. */
    STAFF_CONDUCT,
    /** The harm is severe: health, safety or a large loss. */
    SEVERE_HARM,
    /** The complaint is public and angry; a person answers it publicly. */
    PUBLIC_COMPLAINT
  }

  /**
   * Validates the escalation.
   *
   * @param owner the person or team who takes it; not blank
   * @param why why a person must look
   * @param deadline when they must have acted
   * @throws IllegalArgumentException if the owner is blank
   */
  public Escalation {
    NonBlank.require(owner, "owner");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public ActionType type() {
    return ActionType.ESCALATION;
  }
}
