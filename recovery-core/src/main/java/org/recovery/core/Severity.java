package org.recovery.core;

/** How much harm the problem did, from the customer's point of view. */
public enum Severity {
  /** A small nuisance, quickly fixed. */
  MINOR,
  /** A real problem that cost the customer time or money. */
  MODERATE,
  /** A serious problem: the order is unusable, an event was missed, money is at stake. */
  MAJOR,
  /** Harm to health, safety, livelihood or a large sum of money. */
  CRITICAL
}
