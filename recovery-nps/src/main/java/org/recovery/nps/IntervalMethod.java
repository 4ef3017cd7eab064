package org.recovery.nps;

/** Names the ways a confidence interval around an NPS is computed. */
public enum IntervalMethod {
  /**
   * The normal approximation: NPS ± z·SE with the observed shares. Degenerate (zero width) when
   * every response falls in one group.
   */
  WALD,
  /**
   * The adjusted Wald interval: add 3 to n and 0.75 to the promoters and to the detractors, then
   * apply the normal approximation around the adjusted score. Better coverage for small samples and
   * extreme shares; the default.
   */
  ADJUSTED_WALD
}
