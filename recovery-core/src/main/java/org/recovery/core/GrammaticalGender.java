package org.recovery.core;

/**
 * The grammatical gender of a product's name in the complaint's language ({@link
 * OrderLine#localGender()}), so letters can choose agreeing articles and possessives: Portuguese "a
 * sua cafeteira", German "Ihre Pfanne". Written on the wire by its constant name, like every other
 * enum of the contract.
 */
public enum GrammaticalGender {
  /** Masculine: Portuguese "o", German "der" (accusative "Ihren"), Spanish "el", French "le". */
  MASCULINE,
  /** Feminine: Portuguese "a", German "die" (accusative "Ihre"), Spanish "la", French "la". */
  FEMININE,
  /** Neuter, for languages that have it, such as German "das" (accusative "Ihr"). */
  NEUTER
}
