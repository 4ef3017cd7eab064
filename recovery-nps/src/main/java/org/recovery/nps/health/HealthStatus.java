package org.recovery.nps.health;

/** Names an account's health from its latest survey score. */
public enum HealthStatus {
  /** A detractor (0-6 by default): escalate to a named owner. */
  RED,
  /** A passive (7-8 by default): watch. */
  YELLOW,
  /** A promoter (9-10 by default): ask for a reference or a review. */
  GREEN
}
