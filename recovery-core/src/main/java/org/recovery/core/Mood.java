package org.recovery.core;

/** How the customer feels, as the agent or a classifier reads the complaint. */
public enum Mood {
  /** Matter-of-fact; wants it fixed. */
  CALM,
  /** Annoyed; patience is running out. */
  FRUSTRATED,
  /** Angry; at risk of leaving and of telling others. */
  ANGRY
}
