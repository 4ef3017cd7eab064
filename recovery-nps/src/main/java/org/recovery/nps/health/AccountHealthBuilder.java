package org.recovery.nps.health;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.recovery.nps.NpsScale;
import org.recovery.nps.SurveyResponse;

/** Configures {@link AccountHealth}; not thread-safe. */
public final class AccountHealthBuilder {
  private int redAtMost = NpsScale.defaults().detractorsHigh();
  private int greenAtLeast = NpsScale.defaults().promotersLow();
  private Function<SurveyResponse, Optional<String>> accountKey = SurveyResponse::respondentId;

  AccountHealthBuilder() {}

  /**
   * Takes the cut-offs from a scale's groups.
   *
   * @param scale the scale
   * @return this builder
   */
  public AccountHealthBuilder scale(NpsScale scale) {
    this.redAtMost = scale.detractorsHigh();
    this.greenAtLeast = scale.promotersLow();
    return this;
  }

  /**
   * Sets the highest score that is RED.
   *
   * @param score the cut-off; default 6
   * @return this builder
   */
  public AccountHealthBuilder redAtMost(int score) {
    this.redAtMost = score;
    return this;
  }

  /**
   * Sets the lowest score that is GREEN.
   *
   * @param score the cut-off; default 9
   * @return this builder
   */
  public AccountHealthBuilder greenAtLeast(int score) {
    this.greenAtLeast = score;
    return this;
  }

  /**
   * Sets how a response names its account.
   *
   * @param key the account of a response, empty when it has none; default the respondent id
   * @return this builder
   */
  public AccountHealthBuilder accountKey(Function<SurveyResponse, Optional<String>> key) {
    this.accountKey = Objects.requireNonNull(key, "key");
    return this;
  }

  /**
   * Builds the classification.
   *
   * @return the classification
   * @throws IllegalStateException when the red cut-off is not below the green one
   */
  public AccountHealth build() {
    if (redAtMost >= greenAtLeast) {
      throw new IllegalStateException(
          "redAtMost must be below greenAtLeast but was " + redAtMost + " >= " + greenAtLeast);
    }
    return new AccountHealth(redAtMost, greenAtLeast, accountKey);
  }
}
