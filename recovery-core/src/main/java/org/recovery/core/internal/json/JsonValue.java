package org.recovery.core.internal.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Money;

/**
 * One value of a document read by {@link StrictJson}, with where it came from: its JSONPath and the
 * line and column of its first character. Every accessor checks the JSON type strictly (no
 * coercion: a number is never a string, {@code 1.0} is never an integer, {@code null} is never a
 * value) and fails through the document's {@link JsonFailure} with a message naming the path, the
 * expectation and the actual value. Immutable and thread-safe.
 */
public final class JsonValue {

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final int MAX_DECIMAL_LENGTH = 40;
  private static final int MAX_SHOWN_STRING = 40;

  /** The JSON type of a value. */
  public enum Kind {
    /** An object: {@code {...}}. */
    OBJECT,
    /** An array: {@code [...]}. */
    ARRAY,
    /** A string. */
    STRING,
    /** A number written without a fraction or exponent. */
    INTEGER,
    /**
     * A number written with a fraction or an exponent, or a non-finite token ({@code NaN}, {@code
     * Infinity}) that every accessor refuses.
     */
    FRACTION,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL
  }

  private final Kind kind;
  private final PathNode path;
  private final int line;
  private final int column;
  private final JsonFailure failure;
  private final @Nullable String text;
  private final @Nullable Map<String, JsonValue> members;
  private final @Nullable List<JsonValue> elements;
  // Where each member's name starts, in member order, so an unknown field is shown at its name.
  private final int @Nullable [] nameLines;
  private final int @Nullable [] nameColumns;

  private JsonValue(
      Kind kind,
      PathNode path,
      int line,
      int column,
      JsonFailure failure,
      @Nullable String text,
      @Nullable Map<String, JsonValue> members,
      @Nullable List<JsonValue> elements,
      int @Nullable [] nameLines,
      int @Nullable [] nameColumns) {
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.failure = failure;
    this.text = text;
    this.members = members;
    this.elements = elements;
    this.nameLines = nameLines;
    this.nameColumns = nameColumns;
  }

  static JsonValue scalar(
      Kind kind, PathNode path, int line, int column, JsonFailure failure, @Nullable String text) {
    return new JsonValue(kind, path, line, column, failure, text, null, null, null, null);
  }

  static JsonValue object(
      PathNode path,
      int line,
      int column,
      JsonFailure failure,
      Map<String, JsonValue> members,
      int[] nameLines,
      int[] nameColumns) {
    return new JsonValue(
        Kind.OBJECT,
        path,
        line,
        column,
        failure,
        null,
        Collections.unmodifiableMap(members),
        null,
        nameLines,
        nameColumns);
  }

  static JsonValue array(
      PathNode path, int line, int column, JsonFailure failure, List<JsonValue> elements) {
    return new JsonValue(
        Kind.ARRAY,
        path,
        line,
        column,
        failure,
        null,
        null,
        Collections.unmodifiableList(elements),
        null,
        null);
  }

  /**
   * Returns the JSONPath of this value, e.g. {@code $.lines[0].unitPrice}.
   *
   * @return the path
   */
  public String path() {
    return path.render();
  }

  /**
   * Returns the 1-based line of the value's first character.
   *
   * @return the line
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column of the value's first character.
   *
   * @return the column
   */
  public int column() {
    return column;
  }

  /**
   * Returns the JSON type of the value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Tells whether the value is JSON {@code null}.
   *
   * @return true for null
   */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /**
   * Creates the format's exception for a problem with this value; the caller throws it: {@code
   * throw value.fail("must be positive but was " + n)}.
   *
   * @param detail what is wrong, naming the rule and the actual value
   * @return the exception
   */
  public RuntimeException fail(String detail) {
    return failure.create(path.render(), detail, line, column, null);
  }

  /**
   * Creates the format's exception for a problem with this value, keeping its cause.
   *
   * @param detail what is wrong
   * @param cause the underlying failure
   * @return the exception
   */
  public RuntimeException fail(String detail, Throwable cause) {
    return failure.create(path.render(), detail, line, column, cause);
  }

  /**
   * Creates the standard "expected X but was Y" exception for this value.
   *
   * @param expectation what was expected, e.g. {@code a string}
   * @return the exception
   */
  public RuntimeException unexpected(String expectation) {
    return fail("expected " + expectation + " but was " + shown());
  }

  /**
   * Returns the value as it appears in messages: {@code "text"} (quoted, cut after 40 characters),
   * {@code -3}, {@code true}, {@code null}, {@code an object}, {@code an array}.
   *
   * @return a short description of the value
   */
  String shown() {
    return switch (kind) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      case STRING -> quote(Objects.requireNonNull(text));
      case INTEGER, FRACTION, BOOLEAN -> Objects.requireNonNull(text);
    };
  }

  /**
   * Reads an object whose fields are all declared here; any other field fails, naming the allowed
   * ones. Duplicate fields were already refused while parsing.
   *
   * @param fields the names the object may have, in documentation order
   * @return a view of the object's fields
   * @throws RuntimeException from the format's {@link JsonFailure} if this is not an object or has
   *     an undeclared field
   */
  public JsonObject object(String... fields) {
    var map = members();
    var declared = List.of(fields);
    int index = 0;
    for (Map.Entry<String, JsonValue> member : map.entrySet()) {
      if (!declared.contains(member.getKey())) {
        JsonValue unknown = member.getValue();
        int[] lines = nameLines;
        int[] columns = nameColumns;
        throw failure.create(
            unknown.path(),
            "unknown field, expected "
                + (declared.isEmpty() ? "no fields" : "one of " + String.join(", ", declared)),
            lines != null ? lines[index] : unknown.line,
            columns != null ? columns[index] : unknown.column,
            null);
      }
      index++;
    }
    return new JsonObject(this, map, declared);
  }

  /**
   * Returns an object's fields in document order, for objects whose keys are data (a map) rather
   * than a fixed set of names.
   *
   * @return the fields by name
   * @throws RuntimeException from the format's {@link JsonFailure} if this is not an object
   */
  public Map<String, JsonValue> members() {
    if (members == null) {
      throw unexpected("an object");
    }
    return members;
  }

  /**
   * Reads a map from an object with data keys, converting every value.
   *
   * @param <T> the value type
   * @param converter reads one value
   * @return the map, in document order
   */
  public <T> Map<String, T> map(Function<JsonValue, T> converter) {
    var out = new LinkedHashMap<String, T>();
    members().forEach((k, v) -> out.put(k, converter.apply(v)));
    return out;
  }

  /**
   * Returns an array's elements.
   *
   * @return the elements, in order
   * @throws RuntimeException from the format's {@link JsonFailure} if this is not an array
   */
  public List<JsonValue> elements() {
    if (elements == null) {
      throw unexpected("an array");
    }
    return elements;
  }

  /**
   * Reads an array, converting every element.
   *
   * @param <T> the element type
   * @param converter reads one element
   * @return the elements, in order
   */
  public <T> List<T> list(Function<JsonValue, T> converter) {
    var all = elements();
    var out = new ArrayList<T>(all.size());
    for (JsonValue element : all) {
      out.add(converter.apply(element));
    }
    return out;
  }

  /**
   * Reads a string.
   *
   * @return the string
   */
  public String string() {
    if (kind != Kind.STRING) {
      throw unexpected("a string");
    }
    return Objects.requireNonNull(text);
  }

  /**
   * Reads a string and converts it, turning a conversion failure into "expected … but was …".
   *
   * @param <T> the result type
   * @param expectation what the string should look like, e.g. {@code an ISO-8601 duration like
   *     "PT48H"}
   * @param converter converts the string; may throw {@link IllegalArgumentException} or {@link
   *     DateTimeException}
   * @return the converted value
   */
  public <T> T string(String expectation, Function<String, T> converter) {
    if (kind != Kind.STRING) {
      throw unexpected(expectation);
    }
    try {
      return converter.apply(Objects.requireNonNull(text));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw fail("expected " + expectation + " but was " + shown(), e);
    }
  }

  /**
   * Reads a boolean.
   *
   * @return the boolean
   */
  public boolean bool() {
    if (kind != Kind.BOOLEAN) {
      throw unexpected("a boolean");
    }
    return Boolean.parseBoolean(text);
  }

  /**
   * Reads an integer that fits an {@code int}; {@code 1.0} and {@code 1e2} are refused.
   *
   * @return the integer
   */
  public int integer() {
    if (kind != Kind.INTEGER) {
      throw unexpected("an integer");
    }
    try {
      return Integer.parseInt(Objects.requireNonNull(text));
    } catch (NumberFormatException e) {
      throw unexpected("an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
    }
  }

  /**
   * Reads a finite number, integer or fractional.
   *
   * @return the number
   */
  public double number() {
    if (kind != Kind.INTEGER && kind != Kind.FRACTION) {
      throw unexpected("a number");
    }
    String digits = Objects.requireNonNull(text);
    if (!Character.isDigit(digits.charAt(digits.length() - 1))) {
      throw fail("expected a number but was " + digits + "; NaN and Infinity are not JSON numbers");
    }
    double d = Double.parseDouble(digits);
    if (!Double.isFinite(d)) {
      throw unexpected("a finite number");
    }
    return d;
  }

  /**
   * Reads a decimal written as a string, such as {@code "24.99"}: digits with an optional minus
   * sign and fraction, no exponent, at most 40 characters.
   *
   * @return the exact decimal
   */
  public BigDecimal decimalString() {
    String expectation = "a decimal string like \"24.99\"";
    if (kind != Kind.STRING
        || Objects.requireNonNull(text).length() > MAX_DECIMAL_LENGTH
        || !DECIMAL.matcher(text).matches()) {
      throw unexpected(expectation);
    }
    return new BigDecimal(text);
  }

  /**
   * Reads an enum constant by its exact name.
   *
   * @param <E> the enum
   * @param type the enum class
   * @return the constant
   */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    E[] constants = type.getEnumConstants();
    if (kind == Kind.STRING) {
      for (E constant : constants) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
    }
    throw unexpected(
        Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", ", "one of ", "")));
  }

  /**
   * Reads an ISO-8601 instant such as {@code "2026-11-20T10:15:00Z"}.
   *
   * @return the instant
   */
  public Instant instant() {
    return string("an ISO-8601 instant like \"2026-11-20T10:15:00Z\"", Instant::parse);
  }

  /**
   * Reads an ISO-8601 duration such as {@code "PT48H"} or {@code "P30D"}.
   *
   * @return the duration
   */
  public Duration duration() {
    return string("an ISO-8601 duration like \"PT48H\"", Duration::parse);
  }

  /**
   * Reads a well-formed BCP 47 language tag such as {@code "en-US"}; {@code "en_US"} is refused.
   *
   * @return the locale
   */
  public Locale locale() {
    return string(
        "a BCP 47 language tag like \"en-US\"",
        tag -> {
          if (tag.isEmpty()) {
            throw new IllegalArgumentException("empty language tag");
          }
          try {
            return new Locale.Builder().setLanguageTag(tag).build();
          } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
          }
        });
  }

  /**
   * Reads an ISO 4217 currency code such as {@code "USD"}.
   *
   * @return the currency
   */
  public Currency currency() {
    return string("an ISO 4217 currency code like \"USD\"", Currency::getInstance);
  }

  /**
   * Reads money as {@code {"amount": "24.99", "currency": "USD"}}: the amount a decimal string at
   * most at the currency's scale (never rounded), the currency an ISO 4217 code.
   *
   * @return the money
   */
  public Money money() {
    JsonObject o = object("amount", "currency");
    BigDecimal amount = o.required("amount").decimalString();
    Currency currency = o.required("currency").currency();
    return o.construct(() -> Money.of(amount, currency));
  }

  static String quote(String s) {
    String cut = s.length() > MAX_SHOWN_STRING ? s.substring(0, MAX_SHOWN_STRING) + "…" : s;
    var b = new StringBuilder(cut.length() + 2).append('"');
    for (int i = 0; i < cut.length(); i++) {
      char c = cut.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
