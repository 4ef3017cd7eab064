package org.recovery.core;

/** The voice a reply takes; the plan chooses it, a host may override it. */
public enum Tone {
  /** Short, warm and to the point, for a small problem fixed fast; no stock apology. */
  FRIENDLY_FIX,
  /** A letter that apologises first and last, for a serious or repeated failure. */
  FORMAL_APOLOGY
}
