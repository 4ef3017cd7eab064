package org.recovery.templates;

/** The CLDR plural categories the shipped languages use for whole numbers. */
enum PluralCategory {
  /** "one": 1 in English, German and Spanish; 0 and 1 in French and Brazilian Portuguese. */
  ONE,
  /** "many": exact millions in Spanish, French and Portuguese (1000000 → "de"). */
  MANY,
  /** "other": every other number. */
  OTHER
}
