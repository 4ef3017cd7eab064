package org.recovery.core.action;

import java.util.Objects;

/**
 * Make the account change for the customer now, instead of telling them how to do it.
 *
 * @param change what to change
 */
public record AccountFix(Change change) implements RecoveryAction {

  /** The account change an {@link AccountFix} makes. */
  public enum Change {
    /** Whatever the customer asked for, done by an agent. */
    AS_REQUESTED,
    /** Stop marketing email. */
    UNSUBSCRIBE,
    /** Cancel a subscription, with no retention hoops. */
    CANCEL_SUBSCRIPTION,
    /** Close the account. */
    CLOSE_ACCOUNT,
    /** Correct the customer's details. */
    UPDATE_DETAILS,
    /** Restore access to a locked account. */
    RESTORE_ACCESS
  }

  /**
   * Validates the fix.
   *
   * @param change what to change
   */
  public AccountFix {
    Objects.requireNonNull(change, "change");
  }

  @Override
  public ActionType type() {
    return ActionType.ACCOUNT_FIX;
  }
}
