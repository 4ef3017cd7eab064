package org.recovery.nps;

/** Names the three groups a Net Promoter score falls into. */
public enum NpsCategory {
  /** Scores at the bottom of the scale (0-6 by default): unhappy customers. */
  DETRACTOR,
  /** Scores in the middle of the scale (7-8 by default): satisfied but unenthusiastic. */
  PASSIVE,
  /** Scores at the top of the scale (9-10 by default): loyal enthusiasts. */
  PROMOTER
}
