package org.recovery.core;

import org.recovery.core.internal.NonBlank;

/**
 * One rule that shaped a plan: its stable id and a sentence saying what it did. A plan carries
 * every reason that applied, so any decision can be explained.
 *
 * @param rule a stable identifier such as {@code remedy.damaged.replace}; not blank
 * @param text one sentence in English explaining the effect; not blank
 */
public record Reason(String rule, String text) {

  /**
   * Validates the reason.
   *
   * @param rule a stable identifier such as {@code remedy.damaged.replace}; not blank
   * @param text one sentence in English explaining the effect; not blank
   * @throws IllegalArgumentException if the rule or the text is blank
   */
  public Reason {
    NonBlank.require(rule, "rule");
    NonBlank.require(text, "text");
  }
}
