package org.recovery.templates;

/**
 * The sections of a letter, in the order they appear; a section the plan gives nothing to say is
 * left out.
 */
public enum SectionKind {
  /** "Dear Dana," or "Hi Dana,". */
  GREETING,
  /** The apology, first, and specific to what went wrong. */
  APOLOGY,
  /** The customer's situation in their terms (formal letters only). */
  ACKNOWLEDGEMENT,
  /** What went wrong, briefly and owned, and thanks for telling us; never an excuse. */
  EXPLANATION,
  /** One step per action the customer sees: refund, replacement, follow-up and so on. */
  SOLUTION,
  /** What we are changing so it does not happen to others. */
  CHANGES,
  /** An incentive to come back: store credit or a discount, with its expiry. */
  INCENTIVE,
  /** Thanks, and an invitation back. */
  THANKS,
  /** The apology again, at the end (formal letters only). */
  CLOSING_APOLOGY,
  /** The sign-off and the signature, one per line. */
  SIGN_OFF
}
