package org.recovery.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** One test per kind of bad input, asserting the exact message: path, rule, value, position. */
class RecoveryJsonBadInputTest {

  private static final RecoveryJson JSON = RecoveryJson.defaults();

  enum Doc {
    COMPLAINT("complaint-example.json", JSON::readComplaint),
    HISTORY("history-example.json", JSON::readHistory),
    PLAN("plan-every-action.json", JSON::readPlan);

    final String resource;
    final Consumer<String> reader;

    Doc(String resource, Consumer<String> reader) {
      this.resource = resource;
      this.reader = reader;
    }
  }

  /** Replaces one fragment of a valid document and expects reading to fail with the message. */
  private static void assertFails(Doc doc, String from, String to, String message) {
    String valid = RecoveryJsonTest.resource(doc.resource);
    assertThat(valid).contains(from);
    doc.reader.accept(valid);
    String bad =
        valid.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));

    assertThatThrownBy(() -> doc.reader.accept(bad))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(message);
  }

  @Test
  void exceptionCarriesPathLineColumnAndDetail() {
    String bad =
        RecoveryJsonTest.resource("complaint-example.json")
            .replace("\"amount\": \"24.99\"", "\"amount\": -3");

    assertThatThrownBy(() -> JSON.readComplaint(bad))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.lines[0].unitPrice.amount");
              assertThat(e.line()).isEqualTo(6);
              assertThat(e.column()).isEqualTo(37);
              assertThat(e.detail())
                  .isEqualTo("expected a decimal string like \"24.99\" but was -3");
            })
        .isInstanceOf(org.recovery.core.RecoveryException.class);
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "[".repeat(64) + "]".repeat(64);
    String bad =
        RecoveryJsonTest.resource("complaint-example.json")
            .replace("\"The handle snapped the first time I used it.\"", deep);

    assertThatThrownBy(() -> JSON.readComplaint(bad))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$.message"
                + "[0]".repeat(63)
                + ": nesting deeper than the limit of 64 levels (line 7, column 76)");
  }

  @Test
  void nestingAtTheLimitIsParsedAndThenRefusedByType() {
    String deep = "[".repeat(63) + "]".repeat(63);
    String bad =
        RecoveryJsonTest.resource("complaint-example.json")
            .replace("\"The handle snapped the first time I used it.\"", deep);

    assertThatThrownBy(() -> JSON.readComplaint(bad))
        .hasMessage("$.message: expected a string but was an array (line 7, column 13)");
  }

  @Test
  void stringLongerThanTheLimitIsRefused() {
    String bad =
        RecoveryJsonTest.resource("complaint-example.json")
            .replace(
                "The handle snapped the first time I used it.",
                "x".repeat(RecoveryJson.MAX_STRING_LENGTH + 1));

    assertThatThrownBy(() -> JSON.readComplaint(bad))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$.message: string longer than the limit of 100000 characters (line 7, column 13)");
  }

  @Test
  void stringAtTheLimitIsAccepted() {
    String longest = "x".repeat(RecoveryJson.MAX_STRING_LENGTH);
    String ok =
        RecoveryJsonTest.resource("complaint-example.json")
            .replace("The handle snapped the first time I used it.", longest);

    assertThat(JSON.readComplaint(ok).message()).isEqualTo(longest);
  }

  @Test
  void emptyInputIsRefused() {
    assertThatThrownBy(() -> JSON.readComplaint(""))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("$: expected a JSON value but the input was empty (line 1, column 1)");
  }

  @Test
  void documentThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> JSON.readPlan("[]"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("$: expected an object but was an array (line 1, column 1)");
  }

  @Test
  void truncatedDocumentIsRefused() {
    assertThatThrownBy(() -> JSON.readHistory("{\"customerId\": \"cust-42\", \"incidents\": ["))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("$.incidents[0]: unexpected end of input (line 1, column 41)");
  }

  @Test
  void malformedUtf8IsRefused() {
    byte[] bytes = "{\"customerId\": \"cust-\u00e9\"}".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 4] = (byte) 0xFF;

    assertThatThrownBy(() -> JSON.readHistory(new ByteArrayInputStream(bytes)))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$: expected UTF-8 text but byte 0xFF at offset 21 does not start a valid sequence"
                + " (line 1, column 22)");
  }

  @Test
  void malformedUtf8NamesTheByteItsOffsetAndLine() {
    byte[] start = "{\"customerId\": \"cust-42\",\n \"incidents\": [\n  ".getBytes(UTF_8);
    byte[] bad = {(byte) 0xC3, '"', ']', '}'};
    byte[] bytes = java.util.Arrays.copyOf(start, start.length + bad.length);
    System.arraycopy(bad, 0, bytes, start.length, bad.length);

    assertThatThrownBy(() -> JSON.readHistory(new ByteArrayInputStream(bytes)))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$: expected UTF-8 text but byte 0xC3 at offset 44 does not start a valid sequence"
                + " (line 3, column 3)");
  }

  @Test
  void malformedUtf8OffsetCountsTheByteOrderMark() {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '"', (byte) 0x80, '"'};

    assertThatThrownBy(() -> JSON.readHistory(new ByteArrayInputStream(bytes)))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$: expected UTF-8 text but byte 0x80 at offset 4 does not start a valid sequence"
                + " (line 1, column 2)");
  }

  @Test
  void malformedUtf8FarIntoALongDocumentIsFoundAcrossBuffers() {
    String padding = "\n".repeat(20_000) + "\"" + "x".repeat(30_000);
    byte[] text = padding.getBytes(UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
    bytes[text.length] = (byte) 0xE2;
    bytes[text.length + 1] = '"';

    assertThatThrownBy(() -> JSON.readHistory(new ByteArrayInputStream(bytes)))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$: expected UTF-8 text but byte 0xE2 at offset 50001 does not start a valid sequence"
                + " (line 20001, column 30002)");
  }

  @Test
  void numberWhereAStringIsExpectedNamesThePathAndPosition() {
    assertFails(
        Doc.COMPLAINT,
        "\"amount\": \"24.99\"",
        "\"amount\": -3",
        "$.lines[0].unitPrice.amount: expected a decimal string like \"24.99\" but was -3 (line 6, column 37)");
  }

  @Test
  void unknownLocalGenderNamesThePathTheValueAndTheGenders() {
    assertFails(
        Doc.COMPLAINT,
        "\"quantity\": 1,",
        "\"quantity\": 1, \"localName\": \"presse-ail\", \"localGender\": \"male\",",
        "$.lines[0].localGender: expected one of MASCULINE, FEMININE, NEUTER but was \"male\" (line 5, column 130)");
  }

  @Test
  void localGenderWithoutALocalNameIsRefusedAtTheGender() {
    assertFails(
        Doc.COMPLAINT,
        "\"quantity\": 1,",
        "\"quantity\": 1, \"localGender\": \"FEMININE\",",
        "$.lines[0].localGender: localGender needs a localName but was FEMININE without one (line 5, column 103)");
  }

  @Test
  void unknownFieldIsRefusedListingTheAllowedFields() {
    assertFails(
        Doc.COMPLAINT,
        "\"rating\": null}",
        "\"rating\": null, \"priority\": \"high\"}",
        "$.priority: unknown field, expected one of id, customer, receivedAt, channel, kind, severity, mood, cause, orderId, lines, message, language, rating (line 7, column 95)");
  }

  @Test
  void unknownNestedFieldIsRefusedWithItsPath() {
    assertFails(
        Doc.COMPLAINT,
        "\"locale\": \"en-US\"}",
        "\"locale\": \"en-US\", \"phone\": \"555\"}",
        "$.customer.phone: unknown field, expected one of id, name, givenName, email, locale (line 2, column 106)");
  }

  @Test
  void duplicateKeyIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "{\"id\": \"c-1001\",",
        "{\"id\": \"c-1001\", \"id\": \"c-1002\",",
        "$.id: duplicate field \"id\" (line 1, column 18)");
  }

  @Test
  void trailingContentIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"rating\": null}",
        "\"rating\": null}\n{}",
        "$: unexpected content after the end of the document (line 8, column 1)");
  }

  @Test
  void floatForAnIntegerIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"quantity\": 1,",
        "\"quantity\": 1.0,",
        "$.lines[0].quantity: expected an integer but was 1.0 (line 5, column 85)");
  }

  @Test
  void hugeIntegerIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"quantity\": 1,",
        "\"quantity\": 12345678901,",
        "$.lines[0].quantity: expected an integer between -2147483648 and 2147483647 but was 12345678901 (line 5, column 85)");
  }

  @Test
  void nullForARequiredEnumIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"kind\": \"DAMAGED\"",
        "\"kind\": null",
        "$.kind: expected one of DAMAGED, WRONG_ITEM, WRONG_SIZE, USAGE_DIFFICULTY, POOR_QUALITY, LATE_DELIVERY, LOST_DELIVERY, BILLING_ERROR, SERVICE_FAILURE, ACCOUNT_PROBLEM, STAFF_CONDUCT, OTHER but was null (line 3, column 68)");
  }

  @Test
  void nullForARequiredObjectIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"customer\": {\"id\": \"cust-42\", \"name\": \"Dana Whitfield\", \"email\": \"dana@example.com\", \"locale\": \"en-US\"}",
        "\"customer\": null",
        "$.customer: expected an object but was null (line 2, column 14)");
  }

  @Test
  void nullForARequiredStringIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"sku\": \"GP-100\"",
        "\"sku\": null",
        "$.lines[0].sku: expected a string but was null (line 5, column 20)");
  }

  @Test
  void missingRequiredFieldIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"cause\": \"PRODUCT_DEFECT\", ",
        "",
        "$: missing required field \"cause\" (line 1, column 1)");
  }

  @Test
  void badEnumNameListsTheAllowedValues() {
    assertFails(
        Doc.COMPLAINT,
        "\"channel\": \"EMAIL\"",
        "\"channel\": \"FAX\"",
        "$.channel: expected one of EMAIL, CHAT, PHONE, WEB_FORM, APP_REVIEW, SOCIAL_MEDIA, SURVEY but was \"FAX\" (line 3, column 51)");
  }

  @Test
  void lowerCaseEnumNameIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"mood\": \"FRUSTRATED\"",
        "\"mood\": \"frustrated\"",
        "$.mood: expected one of CALM, FRUSTRATED, ANGRY but was \"frustrated\" (line 4, column 34)");
  }

  @Test
  void amountWithMoreDecimalsThanTheCurrencyIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"amount\": \"24.99\"",
        "\"amount\": \"12.345\"",
        "$.lines[0].unitPrice.amount: amount 12.345 USD has more than 2 decimal places; amounts are never rounded (line 6, column 37)");
  }

  @Test
  void amountWithAnExponentIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"amount\": \"24.99\"",
        "\"amount\": \"2.499E1\"",
        "$.lines[0].unitPrice.amount: expected a decimal string like \"24.99\" but was \"2.499E1\" (line 6, column 37)");
  }

  @Test
  void unknownCurrencyIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"currency\": \"USD\"",
        "\"currency\": \"XYZ\"",
        "$.lines[0].unitPrice.currency: expected an ISO 4217 currency code like \"USD\" but was \"XYZ\" (line 6, column 58)");
  }

  @Test
  void negativePriceIsRefusedByTheModelAtTheLine() {
    assertFails(
        Doc.COMPLAINT,
        "\"amount\": \"24.99\"",
        "\"amount\": \"-3.00\"",
        "$.lines[0].unitPrice: unitPrice must be >= 0.00 USD but was -3.00 USD (line 6, column 26)");
  }

  @Test
  void moneyWithAnUnknownFieldIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"currency\": \"USD\"}",
        "\"currency\": \"USD\", \"cents\": 2499}",
        "$.lines[0].unitPrice.cents: unknown field, expected one of amount, currency (line 6, column 65)");
  }

  @Test
  void badInstantIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"receivedAt\": \"2026-11-20T10:15:00Z\"",
        "\"receivedAt\": \"20/11/2026 10:15\"",
        "$.receivedAt: expected an ISO-8601 instant like \"2026-11-20T10:15:00Z\" but was \"20/11/2026 10:15\" (line 3, column 16)");
  }

  @Test
  void badLocaleIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"language\": \"en\"",
        "\"language\": \"en_GB\"",
        "$.language: expected a BCP 47 language tag like \"en-US\" but was \"en_GB\" (line 7, column 73)");
  }

  @Test
  void badCustomerLocaleIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"locale\": \"en-US\"",
        "\"locale\": \"\"",
        "$.customer.locale: expected a BCP 47 language tag like \"en-US\" but was \"\" (line 2, column 97)");
  }

  @Test
  void ratingOutOfRangeIsRefusedByTheModel() {
    assertFails(
        Doc.COMPLAINT,
        "\"rating\": null",
        "\"rating\": 7",
        "$.rating: rating must be between 1 and 5 but was 7 (line 7, column 89)");
  }

  @Test
  void ratingAsAStringIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"rating\": null",
        "\"rating\": \"5\"",
        "$.rating: expected an integer but was \"5\" (line 7, column 89)");
  }

  @Test
  void blankIdIsRefusedByTheModel() {
    assertFails(
        Doc.COMPLAINT,
        "\"id\": \"c-1001\"",
        "\"id\": \" \"",
        "$.id: id must not be blank but was \" \" (line 1, column 8)");
  }

  @Test
  void linesInTwoCurrenciesAreRefusedByTheModel() {
    assertFails(
        Doc.COMPLAINT,
        "\"currency\": \"USD\"}}]",
        "\"currency\": \"USD\"}}, {\"sku\": \"X\", \"name\": \"Y\", \"quantity\": 1, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}]",
        "$.lines[1].unitPrice: lines[1].unitPrice must be in USD like lines[0] but was in EUR (line 6, column 121)");
  }

  @Test
  void unclosedObjectIsMalformed() {
    assertFails(
        Doc.COMPLAINT,
        "\"currency\": \"USD\"}}],",
        "\"currency\": \"USD\"}],",
        "$.lines[0].unitPrice: malformed JSON: Unexpected close marker ']': expected '}' (line 6, column 64)");
  }

  @Test
  void booleanForAStringIsRefused() {
    assertFails(
        Doc.COMPLAINT,
        "\"orderId\": \"o-9\"",
        "\"orderId\": true",
        "$.orderId: expected a string but was true (line 4, column 86)");
  }

  @Test
  void singleQuotedStringIsMalformed() {
    assertFails(
        Doc.COMPLAINT,
        "\"orderId\": \"o-9\"",
        "\"orderId\": 'o-9'",
        "$.orderId: malformed JSON: Unexpected character (''' (code 39)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 4, column 86)");
  }

  @Test
  void commentIsMalformed() {
    assertFails(
        Doc.COMPLAINT,
        "\"orderId\": \"o-9\",",
        "\"orderId\": \"o-9\", // the order\n",
        "$.orderId: malformed JSON: Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (line 4, column 93)");
  }

  @Test
  void stringForABooleanIsRefused() {
    assertFails(
        Doc.HISTORY,
        "\"businessCaused\": true",
        "\"businessCaused\": \"true\"",
        "$.incidents[0].businessCaused: expected a boolean but was \"true\" (line 2, column 46)");
  }

  @Test
  void duplicateIncidentIdsAreRefusedByTheModel() {
    assertFails(
        Doc.HISTORY,
        "\"resolved\": true}]}",
        "\"resolved\": true}, {\"complaintId\": \"c-0901\", \"occurredAt\": \"2026-09-02T09:00:00Z\", \"kind\": \"OTHER\", \"businessCaused\": false, \"resolved\": false}]}",
        "$.incidents: incidents must have distinct complaint ids but \"c-0901\" appears twice (line 1, column 40)");
  }

  @Test
  void negativeRefundIsRefusedByTheModelAtTheIncident() {
    assertFails(
        Doc.HISTORY,
        "\"amount\": \"5.00\"",
        "\"amount\": \"-5.00\"",
        "$.incidents[0].refunded: refunded must be >= 0.00 USD but was -5.00 USD (line 2, column 64)");
  }

  @Test
  void missingIncidentFieldIsRefused() {
    assertFails(
        Doc.HISTORY,
        ", \"resolved\": true",
        "",
        "$.incidents[0]: missing required field \"resolved\" (line 1, column 41)");
  }

  @Test
  void historyWithAnUnknownFieldIsRefused() {
    assertFails(
        Doc.HISTORY,
        "{\"customerId\": \"cust-42\",",
        "{\"customerId\": \"cust-42\", \"segment\": \"gold\",",
        "$.segment: unknown field, expected one of customerId, incidents (line 1, column 27)");
  }

  @Test
  void refundThatRequiresAReturnIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"returnRequired\": false",
        "\"returnRequired\": true",
        "$.actions[0].returnRequired: expected false (a refund never waits for a return) but was true (line 13, column 25)");
  }

  @Test
  void returnRequestThatIsNotOptionalIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"optional\": true",
        "\"optional\": false",
        "$.actions[6].optional: expected true (a return is never a condition) but was false (line 51, column 19)");
  }

  @Test
  void returnRequestWithAnotherPurposeIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"purpose\": \"INVESTIGATION\"",
        "\"purpose\": \"RESALE\"",
        "$.actions[6].purpose: expected one of INVESTIGATION but was \"RESALE\" (line 52, column 18)");
  }

  @Test
  void unknownActionTypeListsTheTypes() {
    assertFails(
        Doc.PLAN,
        "\"type\": \"REFUND\"",
        "\"type\": \"VOUCHER\"",
        "$.actions[0].type: expected one of REFUND, REPLACEMENT, EXCHANGE, GUIDANCE, CREDIT, RETURN_REQUEST, INVESTIGATION, PROCESS_FIX, ESCALATION, APPROVAL, STOP_SALE_REVIEW, FOLLOW_UP, ACCOUNT_FIX, RESHIP but was \"VOUCHER\" (line 5, column 15)");
  }

  @Test
  void actionWithoutATypeIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"type\": \"REFUND\",",
        "",
        "$.actions[0]: missing required field \"type\" (line 4, column 5)");
  }

  @Test
  void fieldOfAnotherActionTypeIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"returnRequired\": false",
        "\"returnRequired\": false, \"shipBy\": \"2026-11-21T10:15:00Z\"",
        "$.actions[0].shipBy: unknown field, expected one of type, amount, skus, returnRequired (line 13, column 32)");
  }

  @Test
  void creditWithBothAmountAndPercentIsRefusedByTheModel() {
    assertFails(
        Doc.PLAN,
        "\"percent\": 15,",
        "\"percent\": 15, \"amount\": {\"amount\": \"1.00\", \"currency\": \"USD\"},",
        "$.actions[5]: credit must have exactly one of amount and percent but had both (line 40, column 5)");
  }

  @Test
  void goodwillAboveOneIsRefusedByTheModel() {
    assertFails(
        Doc.PLAN,
        "\"goodwill\": 0.75",
        "\"goodwill\": 1.5",
        "$.goodwill: goodwill must be between 0 and 1 but was 1.5 (line 115, column 15)");
  }

  @Test
  void goodwillNaNIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"goodwill\": 0.75",
        "\"goodwill\": NaN",
        "$.goodwill: expected a number but was NaN; NaN and Infinity are not JSON numbers (line 115, column 15)");
  }

  @Test
  void goodwillInfinityIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"goodwill\": 0.75",
        "\"goodwill\": Infinity",
        "$.goodwill: expected a number but was Infinity; NaN and Infinity are not JSON numbers (line 115, column 15)");
  }

  @Test
  void goodwillAsAStringIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"goodwill\": 0.75",
        "\"goodwill\": \"0.75\"",
        "$.goodwill: expected a number but was \"0.75\" (line 115, column 15)");
  }

  @Test
  void planWithoutReasonsIsRefusedByTheModel() {
    assertFails(
        Doc.PLAN,
        "\"reasons\": [\n    {\n      \"rule\": \"remedy.damaged.replace\",\n      \"text\": \"A damaged item is replaced at once.\"\n    }\n  ]",
        "\"reasons\": []",
        "$.reasons: reasons must name every rule that shaped the plan but was empty (line 117, column 14)");
  }

  @Test
  void ownershipParameterThatIsNotAStringIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"owner\": \"Sam Reyes\"",
        "\"owner\": 7",
        "$.ownership[1].parameters.owner: expected a string but was 7 (line 111, column 18)");
  }

  @Test
  void unknownOwnershipKeyIsRefused() {
    assertFails(
        Doc.PLAN,
        "\"key\": \"WE_GOT_IT_WRONG\"",
        "\"key\": \"SORRY\"",
        "$.ownership[0].key: expected one of WE_GOT_IT_WRONG, SHOULD_HAVE_BEEN_CLEARER, OUR_GUIDANCE_FAILED, CARRIER_IS_OUR_CHOICE, NOT_THE_FIRST_TIME, ROOT_CAUSE_FIX, PERSONAL_OWNER but was \"SORRY\" (line 105, column 14)");
  }

  @Test
  void quantityZeroIsRefusedByTheModel() {
    assertFails(
        Doc.PLAN,
        "\"quantity\": 1,\n      \"shipBy\": \"2026-11-21T10:15:00Z\",\n      \"expedited\"",
        "\"quantity\": 0,\n      \"shipBy\": \"2026-11-21T10:15:00Z\",\n      \"expedited\"",
        "$.actions[14].quantity: quantity must be >= 1 but was 0 (line 96, column 19)");
  }

  @Test
  void quantityRefusedByTheOrderLineNamesTheQuantityNotTheLine() {
    assertFails(
        Doc.COMPLAINT,
        "\"quantity\": 1",
        "\"quantity\": 0",
        "$.lines[0].quantity: quantity must be >= 1 but was 0 (line 5, column 85)");
  }

  @Test
  void ratingRefusedByTheComplaintNamesTheRatingNotTheDocument() {
    assertFails(
        Doc.COMPLAINT,
        "\"rating\": null",
        "\"rating\": 9",
        "$.rating: rating must be between 1 and 5 but was 9 (line 7, column 89)");
  }

  @Test
  void qualifiedFieldInTheMessageIsFoundUnderItsObject() {
    assertFails(
        Doc.COMPLAINT,
        "\"name\": \"Dana Whitfield\"",
        "\"name\": \" \"",
        "$.customer.name: customer.name must not be blank but was \" \" (line 2, column 40)");
  }

  @Test
  void nanForAStringSaysAStringWasExpected() {
    assertFails(
        Doc.COMPLAINT,
        "\"The handle snapped the first time I used it.\"",
        "NaN",
        "$.message: expected a string but was NaN (line 7, column 13)");
  }

  @Test
  void infinityForAnIntegerSaysAnIntegerWasExpected() {
    assertFails(
        Doc.COMPLAINT,
        "\"quantity\": 1",
        "\"quantity\": Infinity",
        "$.lines[0].quantity: expected an integer but was Infinity (line 5, column 85)");
  }

  @Test
  void nanForAnAmountSaysADecimalStringWasExpected() {
    assertFails(
        Doc.COMPLAINT,
        "\"amount\": \"24.99\"",
        "\"amount\": NaN",
        "$.lines[0].unitPrice.amount: expected a decimal string like \"24.99\" but was NaN (line 6,"
            + " column 37)");
  }

  @Test
  void ratingOnAChannelThatIsNotAReviewIsRefusedAtTheRating() {
    assertFails(
        Doc.COMPLAINT,
        "\"rating\": null",
        "\"rating\": 4",
        "$.rating: rating is only for review channels (APP_REVIEW, SOCIAL_MEDIA, SURVEY) but was 4"
            + " on EMAIL (line 7, column 89)");
  }
}
