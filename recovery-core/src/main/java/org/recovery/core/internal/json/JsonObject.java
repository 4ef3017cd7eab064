package org.recovery.core.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object whose fields were declared by {@link JsonValue#object(String...)}: unknown fields
 * have already been refused, so a reader only asks for the fields it knows. Asking for a field that
 * was not declared is a programming error. Immutable and thread-safe.
 */
public final class JsonObject {
  // A dotted field path at the start of a message, followed by a space: "lines[1].unitPrice must".
  private static final Pattern LEADING_PATH =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]{1,9}\\])*(?= )");
  private static final Pattern STEP = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\[[0-9]+\\]");

  private final JsonValue value;
  private final Map<String, JsonValue> members;
  private final List<String> declared;

  JsonObject(JsonValue value, Map<String, JsonValue> members, List<String> declared) {
    this.value = value;
    this.members = members;
    this.declared = declared;
  }

  /**
   * Returns the object itself, for its path and location or to fail at it.
   *
   * @return the object's value
   */
  public JsonValue value() {
    return value;
  }

  /**
   * Returns a field that must be present; it may still be {@code null}, which every typed accessor
   * refuses ({@code expected a string but was null}).
   *
   * @param name a declared field name
   * @return the field's value
   * @throws RuntimeException from the format's {@link JsonFailure} if the field is missing
   * @throws IllegalArgumentException if the name was not declared
   */
  public JsonValue required(String name) {
    JsonValue v = members.get(checked(name));
    if (v == null) {
      throw value.fail("missing required field \"" + name + "\"");
    }
    return v;
  }

  /**
   * Returns a field that may be absent; an explicit {@code null} counts as absent.
   *
   * @param name a declared field name
   * @return the field's value, or empty when absent or null
   * @throws IllegalArgumentException if the name was not declared
   */
  public Optional<JsonValue> optional(String name) {
    JsonValue v = members.get(checked(name));
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  /**
   * Reads a field that may be absent or null, converting it when present.
   *
   * @param <T> the result type
   * @param name a declared field name
   * @param converter reads the value, e.g. {@code JsonValue::string}
   * @return the converted value, or empty
   */
  public <T> Optional<T> optional(String name, Function<JsonValue, T> converter) {
    return optional(name).map(converter);
  }

  /**
   * Reads a required field, converting it.
   *
   * @param <T> the result type
   * @param name a declared field name
   * @param converter reads the value, e.g. {@code JsonValue::instant}
   * @return the converted value
   */
  public <T> T required(String name, Function<JsonValue, T> converter) {
    return converter.apply(required(name));
  }

  /**
   * Builds a domain value from the fields read, turning a validation failure ({@link
   * IllegalArgumentException} or {@link IllegalStateException}, as thrown by record constructors
   * and builders) into the format's exception with the validation message as the detail. The
   * exception points at the field the message starts with when that field is in the document
   * ({@code quantity must be >= 1 but was 0} at {@code $.lines[0].quantity}), otherwise at this
   * object.
   *
   * @param <T> the domain type
   * @param constructor creates and validates the value
   * @return the value
   */
  public <T> T construct(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String detail = String.valueOf(e.getMessage());
      throw fieldNamedBy(detail).orElse(value).fail(detail, e);
    }
  }

  /**
   * Finds the value a validation message is about when the message starts with a field of this
   * object, as record constructors word them: {@code quantity must be >= 1} names {@code
   * $.lines[0].quantity}, {@code lines[1].unitPrice must be in USD} names {@code
   * $.lines[1].unitPrice}. A leading qualifier that is not a field ({@code customer.id} read at
   * {@code $.customer}) is skipped. Empty when the message names no field present in the document.
   */
  private Optional<JsonValue> fieldNamedBy(String detail) {
    Matcher m = LEADING_PATH.matcher(detail);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<String> steps = new ArrayList<>();
    Matcher step = STEP.matcher(m.group());
    while (step.find()) {
      steps.add(step.group());
    }
    for (int start = 0; start < steps.size(); start++) {
      if (steps.get(start).startsWith("[") || !members.containsKey(steps.get(start))) {
        continue;
      }
      JsonValue at = value;
      for (String s : steps.subList(start, steps.size())) {
        at = child(at, s);
        if (at == null) {
          break;
        }
      }
      return Optional.ofNullable(at);
    }
    return Optional.empty();
  }

  private static @Nullable JsonValue child(JsonValue parent, String step) {
    if (step.startsWith("[")) {
      if (parent.kind() != JsonValue.Kind.ARRAY) {
        return null;
      }
      List<JsonValue> elements = parent.elements();
      int index = Integer.parseInt(step.substring(1, step.length() - 1));
      return index < elements.size() ? elements.get(index) : null;
    }
    return parent.kind() == JsonValue.Kind.OBJECT ? parent.members().get(step) : null;
  }

  private String checked(String name) {
    if (!declared.contains(name)) {
      throw new IllegalArgumentException(
          "field \"" + name + "\" was not declared for " + value.path() + "; declared " + declared);
    }
    return name;
  }
}
