package org.recovery.core;

import java.util.Objects;
import java.util.Optional;
import org.recovery.core.internal.NonBlank;

/**
 * One line of the order a complaint is about.
 *
 * @param sku the stock-keeping unit; not blank
 * @param name the product name as the customer saw it; not blank
 * @param lot the production lot or batch, if known; investigations of a bad run use it
 * @param quantity how many units the customer received; at least 1
 * @param unitPrice what the customer paid for one unit; never negative
 * @param localName the product's name in the complaint's language, if the catalogue has one ("la
 *     cocotte en fonte" where {@code name} is "Cast-iron casserole"): a bare, singular noun phrase,
 *     without article or quantity ("paire de chaussures", not "chaussures"); letters in that
 *     language use it, and name any other product in a neutral frame
 * @param localGender the grammatical gender of {@code localName}, if known; letters use it for
 *     agreeing articles and possessives and keep the neutral frame without it. Only meaningful with
 *     a {@code localName}, so a gender without one is refused
 */
public record OrderLine(
    String sku,
    String name,
    Optional<String> lot,
    int quantity,
    Money unitPrice,
    Optional<String> localName,
    Optional<GrammaticalGender> localGender) {

  /**
   * Validates the line.
   *
   * @param sku the stock-keeping unit; not blank
   * @param name the product name as the customer saw it; not blank
   * @param lot the production lot or batch, if known; investigations of a bad run use it
   * @param quantity how many units the customer received; at least 1
   * @param unitPrice what the customer paid for one unit; never negative
   * @param localName the product's name in the complaint's language, if known; not blank
   * @param localGender the grammatical gender of {@code localName}, if known; only with a {@code
   *     localName}
   * @throws IllegalArgumentException naming the field if a value is out of range, or if {@code
   *     localGender} is given without a {@code localName}: give the name too, or leave the gender
   *     out
   */
  public OrderLine {
    NonBlank.require(sku, "sku");
    NonBlank.require(name, "name");
    Objects.requireNonNull(lot, "lot");
    lot.ifPresent(l -> NonBlank.require(l, "lot"));
    if (quantity < 1) {
      throw new IllegalArgumentException("quantity must be >= 1 but was " + quantity);
    }
    Objects.requireNonNull(unitPrice, "unitPrice").requireNonNegative("unitPrice");
    Objects.requireNonNull(localName, "localName");
    localName.ifPresent(n -> NonBlank.require(n, "localName"));
    Objects.requireNonNull(localGender, "localGender");
    if (localGender.isPresent() && localName.isEmpty()) {
      throw new IllegalArgumentException(
          "localGender needs a localName but was " + localGender.get() + " without one");
    }
  }

  /**
   * Creates a line whose name in the complaint's language, if any, has no known gender.
   *
   * @param sku the stock-keeping unit; not blank
   * @param name the product name as the customer saw it; not blank
   * @param lot the production lot or batch, if known
   * @param quantity how many units the customer received; at least 1
   * @param unitPrice what the customer paid for one unit; never negative
   * @param localName the product's name in the complaint's language, if known; not blank
   * @throws IllegalArgumentException naming the field if a value is out of range
   */
  public OrderLine(
      String sku,
      String name,
      Optional<String> lot,
      int quantity,
      Money unitPrice,
      Optional<String> localName) {
    this(sku, name, lot, quantity, unitPrice, localName, Optional.empty());
  }

  /**
   * Creates a line without a name in the complaint's language.
   *
   * @param sku the stock-keeping unit; not blank
   * @param name the product name as the customer saw it; not blank
   * @param lot the production lot or batch, if known
   * @param quantity how many units the customer received; at least 1
   * @param unitPrice what the customer paid for one unit; never negative
   * @throws IllegalArgumentException naming the field if a value is out of range
   */
  public OrderLine(String sku, String name, Optional<String> lot, int quantity, Money unitPrice) {
    this(sku, name, lot, quantity, unitPrice, Optional.empty(), Optional.empty());
  }

  /**
   * Creates a line with a known lot.
   *
   * @param sku the stock-keeping unit
   * @param name the product name
   * @param lot the production lot
   * @param quantity the number of units
   * @param unitPrice the price of one unit
   * @return the line
   */
  public static OrderLine of(String sku, String name, String lot, int quantity, Money unitPrice) {
    return new OrderLine(
        sku, name, Optional.of(lot), quantity, unitPrice, Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with the product's name in the complaint's language; a gender already set is
   * kept.
   *
   * @param localName the name, such as {@code "cocotte en fonte"}; not blank
   * @return the changed copy
   * @throws IllegalArgumentException if the name is blank
   */
  public OrderLine withLocalName(String localName) {
    return new OrderLine(sku, name, lot, quantity, unitPrice, Optional.of(localName), localGender);
  }

  /**
   * Returns a copy with the grammatical gender of the product's name in the complaint's language,
   * so letters can use agreeing articles: {@code line.withLocalName("cafeteira")
   * .withLocalGender(GrammaticalGender.FEMININE)}.
   *
   * @param localGender the gender of {@link #localName()}
   * @return the changed copy
   * @throws IllegalArgumentException if the line has no {@code localName}; set the name first
   */
  public OrderLine withLocalGender(GrammaticalGender localGender) {
    return new OrderLine(sku, name, lot, quantity, unitPrice, localName, Optional.of(localGender));
  }

  /**
   * Returns what the customer paid for the line, exactly: {@code unitPrice × quantity}.
   *
   * @return the line total
   */
  public Money total() {
    return unitPrice.times(quantity);
  }
}
