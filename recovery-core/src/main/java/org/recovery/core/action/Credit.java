package org.recovery.core.action;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.recovery.core.Money;

/**
 * An incentive to come back: store credit of a fixed amount, or a percentage off the next order.
 * Exactly one of {@code amount} and {@code percent} is present.
 *
 * @param amount a fixed credit; positive
 * @param percent a discount on the next order, 1 to 100
 * @param expiresAt when the credit lapses
 */
public record Credit(Optional<Money> amount, OptionalInt percent, Instant expiresAt)
    implements RecoveryAction {

  /**
   * Validates the credit.
   *
   * @param amount a fixed credit; positive
   * @param percent a discount on the next order, 1 to 100
   * @param expiresAt when the credit lapses
   * @throws IllegalArgumentException unless exactly one of amount and percent is present and in
   *     range
   */
  public Credit {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (amount.isPresent() == percent.isPresent()) {
      throw new IllegalArgumentException(
          "credit must have exactly one of amount and percent but had "
              + (amount.isPresent() ? "both" : "neither"));
    }
    amount.ifPresent(
        a -> {
          if (a.isNegative() || a.isZero()) {
            throw new IllegalArgumentException("credit.amount must be > 0 but was " + a);
          }
        });
    if (percent.isPresent() && (percent.getAsInt() < 1 || percent.getAsInt() > 100)) {
      throw new IllegalArgumentException(
          "credit.percent must be between 1 and 100 but was " + percent.getAsInt());
    }
  }

  /**
   * Creates a fixed-amount credit.
   *
   * @param amount the credit
   * @param expiresAt when it lapses
   * @return the credit
   */
  public static Credit ofAmount(Money amount, Instant expiresAt) {
    return new Credit(Optional.of(amount), OptionalInt.empty(), expiresAt);
  }

  /**
   * Creates a percentage credit on the next order.
   *
   * @param percent 1 to 100
   * @param expiresAt when it lapses
   * @return the credit
   */
  public static Credit ofPercent(int percent, Instant expiresAt) {
    return new Credit(Optional.empty(), OptionalInt.of(percent), expiresAt);
  }

  @Override
  public ActionType type() {
    return ActionType.CREDIT;
  }
}
