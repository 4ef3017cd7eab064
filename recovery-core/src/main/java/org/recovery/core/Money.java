package org.recovery.core;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of money in one currency, always at the currency's scale ({@code 24.99 USD},
 * {@code 1200 JPY}). An amount with more decimals than the currency allows is refused, never
 * rounded; fewer decimals are padded ({@code 12.5} becomes {@code 12.50 USD}). At most {@value
 * #MAX_INTEGER_DIGITS} digits before the decimal point. Arithmetic refuses to mix currencies.
 * Instances are immutable and thread-safe.
 *
 * @param amount the amount, at the currency's scale
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** The most digits an amount may have before the decimal point (a quadrillion minus one). */
  public static final int MAX_INTEGER_DIGITS = 15;

  /**
   * Validates and normalises the amount to the currency's scale.
   *
   * @throws IllegalArgumentException if the amount has more decimals than the currency allows or
   *     the currency has no minor unit (such as XAU)
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException(
          "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
    }
    // precision - scale counts the digits before the point and does not change when trailing
    // zeros are stripped, so only an amount with more decimals than the currency needs stripping.
    int scale = amount.scale();
    if (amount.signum() != 0 && amount.precision() - scale > MAX_INTEGER_DIGITS) {
      throw new IllegalArgumentException(
          "amount "
              + amount.toPlainString()
              + " "
              + currency.getCurrencyCode()
              + " has more than "
              + MAX_INTEGER_DIGITS
              + " digits before the decimal point");
    }
    if (scale > digits && amount.stripTrailingZeros().scale() > digits) {
      throw new IllegalArgumentException(
          "amount "
              + amount.toPlainString()
              + " "
              + currency.getCurrencyCode()
              + " has more than "
              + digits
              + " decimal places; amounts are never rounded");
    }
    amount = amount.setScale(digits);
  }

  /**
   * Creates money from a decimal string and an ISO 4217 code, e.g. {@code Money.of("24.99",
   * "USD")}.
   *
   * @param amount a plain decimal such as {@code "24.99"}
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @return the money
   * @throws IllegalArgumentException if the amount is not a decimal, the code is unknown or the
   *     amount has too many decimals
   */
  public static Money of(String amount, String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * Creates money from an exact amount and a currency.
   *
   * @param amount the amount; at most the currency's number of decimals
   * @param currency the currency
   * @return the money
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return {@code 0.00} (or the currency's scale)
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Adds money in the same currency.
   *
   * @param other the money to add
   * @return the sum
   * @throws IllegalArgumentException if the currencies differ ({@code cannot add 5.00 EUR to 3.00
   *     USD})
   */
  public Money plus(Money other) {
    requireSameCurrency("add", other, "to");
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Subtracts money in the same currency; the result may be negative.
   *
   * @param other the money to subtract
   * @return the difference
   * @throws IllegalArgumentException if the currencies differ
   */
  public Money minus(Money other) {
    requireSameCurrency("subtract", other, "from");
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Multiplies by a whole number, exactly.
   *
   * @param factor the multiplier, such as a quantity
   * @return the product, at the currency's scale
   */
  public Money times(int factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether this is more than another amount in the same currency.
   *
   * @param other the amount to compare with
   * @return true if strictly greater
   * @throws IllegalArgumentException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns the smaller of two amounts in the same currency.
   *
   * @param other the amount to compare with
   * @return this or {@code other}, whichever is smaller
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Returns the larger of two amounts in the same currency.
   *
   * @param other the amount to compare with
   * @return this or {@code other}, whichever is larger
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Checks that this amount may stand as a price or a refund.
   *
   * @param field the name of the field, for the message
   * @return this
   * @throws IllegalArgumentException naming the field if the amount is negative
   */
  public Money requireNonNegative(String field) {
    if (isNegative()) {
      throw new IllegalArgumentException(
          field + " must be >= " + zero(currency) + " but was " + this);
    }
    return this;
  }

  /**
   * Compares amounts in the same currency.
   *
   * @throws IllegalArgumentException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency("compare", other, "with");
    return amount.compareTo(other.amount);
  }

  /** Returns the amount and the code, e.g. {@code 38.00 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(String verb, Money other, String preposition) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "cannot " + verb + " " + other + " " + preposition + " " + this);
    }
  }

  private static BigDecimal parseAmount(String amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "amount must be a decimal like \"24.99\" but was \"" + amount + "\"", e);
    }
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currencyCode");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code like \"USD\" but was \"" + code + "\"", e);
    }
  }
}
