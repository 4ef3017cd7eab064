package org.recovery.core;

/** The health of a customer relationship after this complaint. */
public enum AccountStatus {
  /** Healthy: a normal recovery is enough. */
  GREEN,
  /** At risk: a repeated failure; watch this account. */
  YELLOW,
  /** Close to lost: a named owner looks after this customer from now on. */
  RED
}
