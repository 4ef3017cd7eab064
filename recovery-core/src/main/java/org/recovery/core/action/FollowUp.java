package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;

/**
 * Get back in touch with the customer at a set time.
 *
 * @param at when to follow up
 * @param why what to check
 */
public record FollowUp(Instant at, Why why) implements RecoveryAction {

  /** What a {@link FollowUp} checks. */
  public enum Why {
    /** Whether the help we gave solved the problem (else the committed fallback applies). */
    CHECK_GUIDANCE_HELPED,
    /** Whether the replacement, exchange or reshipment arrived. */
    CONFIRM_ARRIVAL,
    /** Whether the customer is satisfied with how it was resolved. */
    CONFIRM_RESOLVED
  }

  /**
   * Validates the follow-up.
   *
   * @param at when to follow up
   * @param why what to check
   */
  public FollowUp {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(why, "why");
  }

  @Override
  public ActionType type() {
    return ActionType.FOLLOW_UP;
  }
}
