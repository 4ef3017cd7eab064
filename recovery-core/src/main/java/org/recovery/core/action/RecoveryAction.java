package org.recovery.core.action;

import org.recovery.core.RecoveryPlan;

/**
 * One thing a {@link RecoveryPlan} says to do. The set is closed: a host switches over it
 * exhaustively. No action is ever conditional on a return or on proof.
 */
public sealed interface RecoveryAction
    permits Refund,
        Replacement,
        Exchange,
        Guidance,
        Credit,
        ReturnRequest,
        Investigation,
        ProcessFix,
        Escalation,
        Approval,
        StopSaleReview,
        FollowUp,
        AccountFix,
        Reship {

  /**
   * Returns the kind of this action, as named in JSON.
   *
   * @return the action type
   */
  ActionType type();
}
