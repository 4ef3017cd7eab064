package org.recovery.core;

import org.recovery.core.action.AccountFix;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;

/**
 * The main remedy a {@link RecoveryPolicy} commits to for a kind of problem. Every remedy is
 * granted now, on trust: none waits for a return or for proof. Choose one per {@link IssueKind}
 * with {@link RecoveryPolicyBuilder#remedy(IssueKind, Remedy)}; the defaults are listed on {@link
 * RecoveryPolicy#defaults()}.
 */
public enum Remedy {
  /** Ship a new unit of every line concerned now ({@link Replacement}). */
  REPLACE,
  /**
   * Ship the right item or size for every line now, before anything comes back ({@link Exchange}).
   */
  EXCHANGE,
  /**
   * Help the customer use the product ({@link Guidance}) with a committed refund as fallback, and
   * follow up to check it helped ({@link FollowUp.Why#CHECK_GUIDANCE_HELPED}).
   */
  GUIDE,
  /** Refund the lines concerned in full now ({@link Refund}); never conditional on a return. */
  REFUND,
  /** Send every line again now by the fastest service ({@link Reship}) and confirm it arrived. */
  RESHIP,
  /** Track the delivery and confirm it arrived ({@link FollowUp.Why#CONFIRM_ARRIVAL}). */
  CONFIRM_ARRIVAL,
  /** Make the account change for the customer now ({@link AccountFix}). */
  ACCOUNT_FIX,
  /** A manager apologises personally and follows up ({@link Escalation.Why#STAFF_CONDUCT}). */
  PERSONAL_APOLOGY,
  /**
   * An agent resolves it by the respond-by deadline and confirms with the customer ({@link
   * FollowUp.Why#CONFIRM_RESOLVED}).
   */
  AGENT_RESOLVES;

  /**
   * Tells whether the remedy names products, so it needs the complaint's order lines.
   *
   * @return true for {@link #REPLACE}, {@link #EXCHANGE}, {@link #REFUND} and {@link #RESHIP}
   */
  public boolean needsLines() {
    return this == REPLACE || this == EXCHANGE || this == REFUND || this == RESHIP;
  }
}
