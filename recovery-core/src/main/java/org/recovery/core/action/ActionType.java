package org.recovery.core.action;

/** The kinds of {@link RecoveryAction}, by the name they carry in JSON ({@code "type"}). */
public enum ActionType {
  /** {@link Refund}. */
  REFUND,
  /** {@link Replacement}. */
  REPLACEMENT,
  /** {@link Exchange}. */
  EXCHANGE,
  /** {@link Guidance}. */
  GUIDANCE,
  /** {@link Credit}. */
  CREDIT,
  /** {@link ReturnRequest}. */
  RETURN_REQUEST,
  /** {@link Investigation}. */
  INVESTIGATION,
  /** {@link ProcessFix}. */
  PROCESS_FIX,
  /** {@link Escalation}. */
  ESCALATION,
  /** {@link Approval}. */
  APPROVAL,
  /** {@link StopSaleReview}. */
  STOP_SALE_REVIEW,
  /** {@link FollowUp}. */
  FOLLOW_UP,
  /** {@link AccountFix}. */
  ACCOUNT_FIX,
  /** {@link Reship}. */
  RESHIP
}
