package org.recovery.templates;

/** What is wrong with a phrase the {@link OwnershipChecker} found. */
public enum FindingCategory {
  /** Blames the customer: "you should have", "you failed to", "as clearly stated". */
  BLAME,
  /** Excuses the business: "beyond our control", "the courier's fault", "system error". */
  EXCUSE,
  /** A stock corporate apology: "we apologize for any inconvenience". */
  STOCK_APOLOGY,
  /** An apology that doubts the harm: "sorry if you feel", "if you were offended". */
  CONDITIONAL_APOLOGY,
  /** Talks down to the customer: "simply", "obviously", "as the instructions clearly explain". */
  CONDESCENSION
}
