package org.recovery.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.recovery.core.Money;
import org.recovery.core.Severity;

class StrictJsonTest {

  /** A format's own exception, as a format would declare it. */
  static final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;

    ProblemException(String path, String detail, int line, int column, @Nullable Throwable cause) {
      super(JsonFailure.message(path, detail, line, column), cause);
      this.path = path;
    }
  }

  private static final StrictJson JSON = StrictJson.of(ProblemException::new);

  private static void assertFails(String json, String message) {
    assertThatThrownBy(() -> JSON.read(json))
        .isInstanceOf(ProblemException.class)
        .hasMessage(message);
  }

  @Test
  void readsEveryKindOfValueWithItsPathAndPosition() {
    JsonValue root =
        JSON.read("{\"a\": [1, 2.5, \"x\", true, null],\n \"odd key\": {\"b\": false}}");

    JsonValue a = root.members().get("a");
    assertThat(a.path()).isEqualTo("$.a");
    assertThat(a.elements())
        .extracting(JsonValue::kind)
        .containsExactly(
            JsonValue.Kind.INTEGER,
            JsonValue.Kind.FRACTION,
            JsonValue.Kind.STRING,
            JsonValue.Kind.BOOLEAN,
            JsonValue.Kind.NULL);
    assertThat(a.elements().get(2).path()).isEqualTo("$.a[2]");
    JsonValue b = root.members().get("odd key").members().get("b");
    assertThat(b.path()).isEqualTo("$['odd key'].b");
    assertThat(b.line()).isEqualTo(2);
    assertThat(b.column()).isEqualTo(19);
  }

  @Test
  void refusesDuplicateKeysNamingTheSecond() {
    assertFails(
        "{\"id\": \"a\",\n \"id\": \"b\"}", "$.id: duplicate field \"id\" (line 2, column 2)");
  }

  @Test
  void refusesContentAfterTheDocument() {
    assertFails(
        "{\"a\": 1}\n{\"a\": 2}",
        "$: unexpected content after the end of the document (line 2, column 1)");
    assertFails(
        "{\"a\": 1} x", "$: unexpected content after the end of the document (line 1, column 10)");
  }

  @Test
  void refusesAnEmptyDocument() {
    assertFails("  ", "$: expected a JSON value but the input was empty (line 1, column 3)");
  }

  @Test
  void refusesNaNAndInfinityWhereANumberIsExpected() {
    assertThatThrownBy(() -> JSON.read("{\"g\": NaN}").members().get("g").number())
        .hasMessage(
            "$.g: expected a number but was NaN; NaN and Infinity are not JSON numbers (line 1,"
                + " column 7)");
    assertThatThrownBy(() -> JSON.read("{\"g\": -Infinity}").members().get("g").number())
        .hasMessage(
            "$.g: expected a number but was -Infinity; NaN and Infinity are not JSON numbers"
                + " (line 1, column 7)");
  }

  @Test
  void nanWhereAStringIsExpectedSaysAStringWasExpected() {
    assertThatThrownBy(() -> JSON.read("{\"m\": NaN}").members().get("m").string())
        .hasMessage("$.m: expected a string but was NaN (line 1, column 7)");
    assertThatThrownBy(() -> JSON.read("{\"m\": +INF}").members().get("m").string())
        .hasMessage("$.m: expected a string but was +INF (line 1, column 7)");
  }

  @Test
  void nanAndInfinityAreRefusedByEveryTypedAccessor() {
    JsonValue nan = JSON.read("NaN");
    assertThatThrownBy(nan::integer)
        .hasMessage("$: expected an integer but was NaN (line 1, column 1)");
    assertThatThrownBy(nan::bool)
        .hasMessage("$: expected a boolean but was NaN (line 1, column 1)");
    assertThatThrownBy(nan::decimalString)
        .hasMessage("$: expected a decimal string like \"24.99\" but was NaN (line 1, column 1)");
    assertThatThrownBy(nan::instant)
        .hasMessage(
            "$: expected an ISO-8601 instant like \"2026-11-20T10:15:00Z\" but was NaN (line 1,"
                + " column 1)");
    assertThatThrownBy(nan::members)
        .hasMessage("$: expected an object but was NaN (line 1, column 1)");
    assertThatThrownBy(nan::elements)
        .hasMessage("$: expected an array but was NaN (line 1, column 1)");
  }

  @Test
  void malformedTokensDoNotAdvertiseNaN() {
    assertFails(
        "{\"g\": nan}",
        "$.g: malformed JSON: Unrecognized token 'nan': was expecting (JSON String, Number, Array,"
            + " Object or token 'null', 'true' or 'false') (line 1, column 7)");
  }

  @Test
  void refusesNestingDeeperThanTheLimit() {
    String deep = "[".repeat(65) + "]".repeat(65);
    assertThatThrownBy(() -> JSON.read(deep))
        .isInstanceOf(ProblemException.class)
        .hasMessageEndingWith(": nesting deeper than the limit of 64 levels (line 1, column 65)");
    assertThat(JSON.read("[".repeat(64) + "]".repeat(64)).elements()).hasSize(1);
  }

  @Test
  void refusesStringsLongerThanTheLimit() {
    String longest = "x".repeat(StrictJson.DEFAULT_MAX_STRING_LENGTH);
    assertThat(JSON.read("{\"s\": \"" + longest + "\"}").members().get("s").string())
        .isEqualTo(longest);
    assertThatThrownBy(() -> JSON.read("{\"s\": \"" + longest + "x\"}"))
        .hasMessage("$.s: string longer than the limit of 100000 characters (line 1, column 7)");
    assertThatThrownBy(() -> JSON.read("\"" + "x".repeat(100_001) + "\""))
        .hasMessage("$: string longer than the limit of 100000 characters (line 1, column 1)");
  }

  @Test
  void refusesNumbersNamesAndDocumentsBeyondTheirLimits() {
    assertFails(
        "[" + "1".repeat(1001) + "]",
        "$[0]: number longer than the limit of 1000 characters (line 1, column 2)");
    assertFails(
        "{\"" + "n".repeat(257) + "\": 1}",
        "$: field name longer than the limit of 256 characters (line 1, column 1)");
    assertThatThrownBy(
            () -> JSON.read(" ".repeat((int) StrictJson.DEFAULT_MAX_DOCUMENT_LENGTH) + "1"))
        .hasMessageStartingWith("$: document longer than the limit of 16777216 characters");
  }

  @Test
  void reportsMalformedJsonWithoutAdviceToRelaxTheParser() {
    assertFails(
        "{\"a\": +1}",
        "$.a: malformed JSON: Unexpected character ('+' (code 43)) in numeric value: JSON spec does"
            + " not allow numbers to have plus signs (line 1, column 8)");
    assertFails(
        "{\"a\": [1, 2,]}",
        "$.a[2]: malformed JSON: Unexpected character (']' (code 93)): expected a valid value (JSON"
            + " String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column"
            + " 13)");
  }

  @Test
  void reportsTheEndOfInputInsideAValue() {
    assertFails("{\"a\": [1,", "$.a[1]: unexpected end of input (line 1, column 10)");
    assertFails("{\"a\": \"b", "$.a: unexpected end of input (line 1, column 9)");
    assertFails("{\"a\"", "$.a: unexpected end of input (line 1, column 5)");
    for (String cut : List.of("{\"a\": [1,", "{\"a\": tru", "[")) {
      String fromString = messageOf(() -> JSON.read(cut));
      assertThat(fromString).contains(": unexpected end of input (");
      assertThat(messageOf(() -> JSON.read(new StringReader(cut)))).isEqualTo(fromString);
      assertThat(
              messageOf(
                  () -> JSON.read(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)))))
          .isEqualTo(fromString);
    }
  }

  private static String messageOf(Runnable read) {
    try {
      read.run();
    } catch (ProblemException e) {
      return String.valueOf(e.getMessage());
    }
    throw new AssertionError("expected a ProblemException");
  }

  @Test
  void refusesMalformedUtf8() {
    byte[] bad = {'"', (byte) 0xC3, (byte) 0x28, '"'};
    assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(bad)))
        .isInstanceOf(ProblemException.class)
        .hasMessage(
            "$: expected UTF-8 text but byte 0xC3 at offset 1 does not start a valid sequence"
                + " (line 1, column 2)");
  }

  @Test
  void skipsAByteOrderMarkInBytesButNotInText() {
    byte[] json = "\uFEFF{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
    assertThat(JSON.read(new ByteArrayInputStream(json)).members()).containsKey("a");
    assertThat(JSON.read(new ByteArrayInputStream(new byte[] {'1', '2'})).integer()).isEqualTo(12);
    assertThatThrownBy(() -> JSON.read("\uFEFF{}"))
        .hasMessageStartingWith("$: malformed JSON: Unexpected character");
  }

  @Test
  void readsUtf8BytesWithCharacterColumns() {
    byte[] json = "{\"a\": \"é\", \"b\": 1}".getBytes(StandardCharsets.UTF_8);
    JsonValue b = JSON.read(new ByteArrayInputStream(json)).members().get("b");
    assertThat(b.column()).isEqualTo(17);
  }

  @Test
  void objectRefusesUndeclaredFieldsListingTheAllowedOnes() {
    JsonValue v = JSON.read("{\"id\": \"a\",\n \"phone\": \"1\"}");
    assertThatThrownBy(() -> v.object("id", "name"))
        .hasMessage("$.phone: unknown field, expected one of id, name (line 2, column 2)");
  }

  @Test
  void requiredFieldsMustBePresentAndNotNull() {
    JsonObject o = JSON.read("{\"a\": null}").object("a", "b");
    assertThatThrownBy(() -> o.required("b"))
        .hasMessage("$: missing required field \"b\" (line 1, column 1)");
    assertThatThrownBy(() -> o.required("a", JsonValue::string))
        .hasMessage("$.a: expected a string but was null (line 1, column 7)");
  }

  @Test
  void optionalFieldsMayBeAbsentOrNull() {
    JsonObject o = JSON.read("{\"a\": null, \"c\": \"x\"}").object("a", "b", "c");
    assertThat(o.optional("a")).isEmpty();
    assertThat(o.optional("b")).isEmpty();
    assertThat(o.optional("c", JsonValue::string)).contains("x");
  }

  @Test
  void askingForAnUndeclaredFieldIsAProgrammingError() {
    JsonObject o = JSON.read("{}").object("a");
    assertThatThrownBy(() -> o.optional("z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field \"z\" was not declared for $; declared [a]");
  }

  @Test
  void typedAccessorsNeverCoerce() {
    Map<String, JsonValue> m =
        JSON.read("{\"n\": 1, \"f\": 1.0, \"s\": \"1\", \"b\": \"true\", \"big\": 3000000000}")
            .members();
    assertThatThrownBy(() -> m.get("n").string())
        .hasMessage("$.n: expected a string but was 1 (line 1, column 7)");
    assertThatThrownBy(() -> m.get("f").integer())
        .hasMessage("$.f: expected an integer but was 1.0 (line 1, column 15)");
    assertThatThrownBy(() -> m.get("s").integer())
        .hasMessage("$.s: expected an integer but was \"1\" (line 1, column 25)");
    assertThatThrownBy(() -> m.get("b").bool())
        .hasMessage("$.b: expected a boolean but was \"true\" (line 1, column 35)");
    assertThatThrownBy(() -> m.get("big").integer())
        .hasMessage(
            "$.big: expected an integer between -2147483648 and 2147483647 but was 3000000000"
                + " (line 1, column 50)");
    assertThat(m.get("f").number()).isEqualTo(1.0);
    assertThat(m.get("n").number()).isEqualTo(1.0);
    assertThatThrownBy(() -> m.get("s").members())
        .hasMessage("$.s: expected an object but was \"1\" (line 1, column 25)");
    assertThatThrownBy(() -> m.get("s").elements())
        .hasMessage("$.s: expected an array but was \"1\" (line 1, column 25)");
  }

  @Test
  void numbersMustBeFinite() {
    JsonValue v = JSON.read("1e999");
    assertThatThrownBy(v::number)
        .hasMessage("$: expected a finite number but was 1e999 (line 1, column 1)");
  }

  @Test
  void readsDecimalStringsOnly() {
    assertThat(JSON.read("\"-24.99\"").decimalString()).isEqualByComparingTo("-24.99");
    for (String bad : List.of("-3", "\"1e3\"", "\"+1\"", "\".5\"", "\"5.\"", "\"\"", "24.99")) {
      JsonValue v = JSON.read(bad);
      assertThatThrownBy(v::decimalString)
          .hasMessage(
              "$: expected a decimal string like \"24.99\" but was " + bad + " (line 1, column 1)");
    }
  }

  @Test
  void enumsListTheAllowedNames() {
    assertThat(JSON.read("\"MAJOR\"").enumValue(Severity.class)).isEqualTo(Severity.MAJOR);
    JsonValue v = JSON.read("\"major\"");
    assertThatThrownBy(() -> v.enumValue(Severity.class))
        .hasMessage(
            "$: expected one of MINOR, MODERATE, MAJOR, CRITICAL but was \"major\" (line 1, column"
                + " 1)");
  }

  @Test
  void readsInstantsDurationsLocalesAndCurrencies() {
    assertThat(JSON.read("\"2026-11-20T10:15:00Z\"").instant())
        .isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(JSON.read("\"2026-11-20T11:15:00+01:00\"").instant())
        .isEqualTo(Instant.parse("2026-11-20T10:15:00Z"));
    assertThat(JSON.read("\"PT48H\"").duration()).isEqualTo(Duration.ofHours(48));
    assertThat(JSON.read("\"pt-BR\"").locale()).isEqualTo(Locale.forLanguageTag("pt-BR"));
    assertThatThrownBy(() -> JSON.read("\"2026-11-20 10:15\"").instant())
        .hasMessage(
            "$: expected an ISO-8601 instant like \"2026-11-20T10:15:00Z\" but was \"2026-11-20"
                + " 10:15\" (line 1, column 1)");
    assertThatThrownBy(() -> JSON.read("\"2 days\"").duration())
        .hasMessage(
            "$: expected an ISO-8601 duration like \"PT48H\" but was \"2 days\" (line 1, column 1)");
    assertThatThrownBy(() -> JSON.read("\"en_US\"").locale())
        .hasMessage(
            "$: expected a BCP 47 language tag like \"en-US\" but was \"en_US\" (line 1, column 1)");
    assertThatThrownBy(() -> JSON.read("\"\"").locale())
        .hasMessage(
            "$: expected a BCP 47 language tag like \"en-US\" but was \"\" (line 1, column 1)");
    assertThatThrownBy(() -> JSON.read("\"usd\"").currency())
        .hasMessage(
            "$: expected an ISO 4217 currency code like \"USD\" but was \"usd\" (line 1, column 1)");
  }

  @Test
  void readsMoneyAndWrapsItsValidationWithThePath() {
    assertThat(JSON.read("{\"amount\": \"24.9\", \"currency\": \"USD\"}").money())
        .isEqualTo(Money.of("24.90", "USD"));
    assertThatThrownBy(
            () ->
                JSON.read("{\"p\": {\"amount\": \"12.345\", \"currency\": \"USD\"}}")
                    .members()
                    .get("p")
                    .money())
        .hasMessage(
            "$.p.amount: amount 12.345 USD has more than 2 decimal places; amounts are never"
                + " rounded (line 1, column 18)")
        .hasCauseInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructWrapsDomainValidationAtTheObject() {
    JsonObject o = JSON.read("[{\"q\": 0}]").elements().get(0).object("q");
    assertThatThrownBy(
            () ->
                o.construct(
                    () -> {
                      throw new IllegalArgumentException("quantity must be >= 1 but was 0");
                    }))
        .hasMessage("$[0]: quantity must be >= 1 but was 0 (line 1, column 2)");
  }

  @Test
  void showsLongStringsShortenedAndEscaped() {
    JsonValue v = JSON.read("\"" + "a".repeat(50) + "\"");
    assertThat(v.shown()).isEqualTo("\"" + "a".repeat(40) + "…\"");
    assertThat(JSON.read("\"a\\nb\\\"\"").shown()).isEqualTo("\"a\\nb\\\"\"");
  }

  @Test
  void readsMapsAndListsInDocumentOrder() {
    JsonValue v = JSON.read("{\"z\": [\"1\"], \"a\": [\"2\", \"3\"]}");
    assertThat(v.map(e -> e.list(JsonValue::string)))
        .containsExactly(Map.entry("z", List.of("1")), Map.entry("a", List.of("2", "3")));
  }

  @Test
  void readsAValueFromAHostParserWithTheHostPath() throws IOException {
    JsonFactory lenient =
        JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();
    try (JsonParser p = lenient.createParser("{\"x\": [0, {\"a\": 1, \"a\": 2}]}")) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      assertThat(p.nextToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThatThrownBy(() -> JSON.readValue(p))
          .hasMessage("$.x[1].a: duplicate field \"a\" (line 1, column 20)");
    }
    try (JsonParser p = lenient.createParser("{\"x\": {\"g\": NaN}}")) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      JsonValue x = JSON.readValue(p);
      assertThatThrownBy(() -> x.members().get("g").string())
          .hasMessage("$.x.g: expected a string but was NaN (line 1, column 13)");
    }
    try (JsonParser p = lenient.createParser("{\"x\": {\"g\": 1}, \"y\": 2}")) {
      p.nextToken();
      p.nextToken();
      JsonValue x = JSON.readValue(p);
      assertThat(x.members().get("g").path()).isEqualTo("$.x.g");
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
    }
  }

  @Test
  void aHostParserThatDetectsDuplicatesItselfIsReportedAsADuplicateField() throws IOException {
    JsonFactory strict =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    try (JsonParser p = strict.createParser("{\"x\": {\"a\": 1,\n \"a\": 2}}")) {
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(() -> JSON.readValue(p))
          .isInstanceOf(ProblemException.class)
          .hasMessage("$.x.a: duplicate field \"a\" (line 2, column 5)");
    }
  }

  @Test
  void aHostParsersOwnLimitIsReportedAsTheHostsLimit() throws IOException {
    JsonFactory tight =
        JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(2).build())
            .build();
    try (JsonParser p = tight.createParser("{\"x\": [[1]]}")) {
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(() -> JSON.readValue(p))
          .isInstanceOf(ProblemException.class)
          .hasMessageStartingWith("$.x[0]")
          .hasMessageContaining(": input exceeds a limit of the host's parser: ")
          .hasMessageEndingWith("(line 1, column 8)");
    }
  }

  @Test
  void limitsAreToldApartByTypeWithTheirOwnWording() {
    var limits = new DocumentLimits(3, 10, 20, 1000);
    assertThatThrownBy(() -> limits.validateNestingDepth(5))
        .isInstanceOf(LimitExceeded.class)
        .hasMessage("nesting deeper than the limit of 3 levels");
    assertThatCode(() -> limits.validateNestingDepth(4)).doesNotThrowAnyException();
    assertThatThrownBy(() -> limits.validateStringLength(11))
        .isInstanceOf(LimitExceeded.class)
        .hasMessage("string longer than the limit of 10 characters");
    assertThatThrownBy(() -> limits.validateNameLength(21))
        .isInstanceOf(LimitExceeded.class)
        .hasMessage("field name longer than the limit of 20 characters");
    assertThatThrownBy(() -> limits.validateDocumentLength(1001))
        .isInstanceOf(LimitExceeded.class)
        .hasMessage("document longer than the limit of 1000 characters");
    assertThatThrownBy(() -> limits.validateFPLength(1001))
        .isInstanceOf(LimitExceeded.class)
        .hasMessage("number longer than the limit of 1000 characters");
    assertThatCode(() -> limits.validateIntegerLength(1000)).doesNotThrowAnyException();
  }

  @Test
  void readsFromReaders() {
    assertThat(
            JSON.read(new StringReader("{\"a\": \"b\"}"))
                .object("a")
                .optional("a", JsonValue::string))
        .isEqualTo(Optional.of("b"));
    assertThat(JSON.read("\"1.50\"").decimalString()).isEqualTo(new BigDecimal("1.50"));
  }
}
