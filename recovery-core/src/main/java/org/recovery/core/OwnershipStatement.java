package org.recovery.core;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A statement of ownership for the reply, as a key with parameters.
 *
 * @param key which statement to make
 * @param parameters the values the statement refers to, by name (sorted by name)
 */
public record OwnershipStatement(OwnershipKey key, Map<String, String> parameters) {

  /**
   * Validates the statement and copies the parameters.
   *
   * @param key which statement to make
   * @param parameters the values the statement refers to, by name (sorted by name)
   */
  public OwnershipStatement {
    Objects.requireNonNull(key, "key");
    parameters =
        Collections.unmodifiableMap(
            new TreeMap<>(Objects.requireNonNull(parameters, "parameters")));
  }

  /**
   * Creates a statement without parameters.
   *
   * @param key which statement to make
   * @return the statement
   */
  public static OwnershipStatement of(OwnershipKey key) {
    return new OwnershipStatement(key, Map.of());
  }

  /**
   * Creates a statement with one parameter.
   *
   * @param key which statement to make
   * @param name the parameter's name
   * @param value the parameter's value
   * @return the statement
   */
  public static OwnershipStatement of(OwnershipKey key, String name, String value) {
    return new OwnershipStatement(key, Map.of(name, value));
  }
}
