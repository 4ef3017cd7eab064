package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;
import org.recovery.core.Money;
import org.recovery.core.internal.NonBlank;

/**
 * A person approves a large amount after the fact. The commitment to the customer stands: the
 * approval is bookkeeping, not a condition.
 *
 * @param amount the amount above the auto-approve limit; never negative
 * @param approver the person or team who approves; not blank
 * @param deadline when the approval must be recorded
 */
public record Approval(Money amount, String approver, Instant deadline) implements RecoveryAction {

  /**
   * Validates the approval.
   *
   * @param amount the amount above the auto-approve limit; never negative
   * @param approver the person or team who approves; not blank
   * @param deadline when the approval must be recorded
   * @throws IllegalArgumentException if the amount is negative or the approver blank
   */
  public Approval {
    Objects.requireNonNull(amount, "amount").requireNonNegative("approval.amount");
    NonBlank.require(approver, "approver");
    Objects.requireNonNull(deadline, "deadline");
  }

  @Override
  public ActionType type() {
    return ActionType.APPROVAL;
  }
}
