package org.recovery.examples.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.json.JsonFormatException;
import org.recovery.core.json.RecoveryJson;

/**
 * The body of {@code /v1/decide} and {@code /v1/letter}: {@code {"complaint": {…}, "history": {…},
 * "now": "2026-11-20T10:16:00Z"}}, history and now optional. The complaint and history are read by
 * the library's wire contract; every error names its path from the body's root and its line and
 * column in the body, e.g. {@code $.complaint.lines[0].quantity: … (line 3, column 17)}.
 *
 * @param complaint the complaint
 * @param history the customer's earlier incidents, if given
 * @param now when to decide, if not when the complaint was received
 */
record DecisionRequest(
    Complaint complaint, Optional<CustomerHistory> history, Optional<Instant> now) {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /**
   * Reads a request body.
   *
   * @param body the body, decoded
   * @return the request
   * @throws ProblemException of kind {@link ProblemKind#INVALID_BODY} naming the path, the fault
   *     and the line and column in the body
   */
  static DecisionRequest read(String body) {
    var json = RecoveryJson.defaults();
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail("$", "expected an object with a \"complaint\" but was " + shown(p), p);
      }
      @Nullable Complaint complaint = null;
      @Nullable CustomerHistory history = null;
      @Nullable Instant now = null;
      JsonLocation start = p.currentTokenLocation();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        switch (name) {
          case "complaint" -> complaint = member(body, p, "$.complaint", json::readComplaint);
          case "history" -> history = member(body, p, "$.history", json::readHistory);
          case "now" -> now = instant(p);
          default ->
              throw fail("$." + name, "unknown field, expected one of complaint, history, now", p);
        }
      }
      if (p.nextToken() != null) {
        throw fail("$", "expected nothing after the document but found " + shown(p), p);
      }
      if (complaint == null) {
        throw new ProblemException(
            ProblemKind.INVALID_BODY,
            "$: missing required field \"complaint\" (line "
                + start.getLineNr()
                + ", column "
                + start.getColumnNr()
                + ")");
      }
      return new DecisionRequest(complaint, Optional.ofNullable(history), Optional.ofNullable(now));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ProblemException(
          ProblemKind.INVALID_BODY,
          "$: malformed JSON: "
              + e.getOriginalMessage()
              + (at == null
                  ? ""
                  : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one member with the library, by handing it the member's own text, and moves the library's
   * path and position into the body's frame.
   */
  private static <T> @Nullable T member(
      String body, JsonParser p, String path, Function<String, T> reader) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    JsonLocation start = p.currentTokenLocation();
    p.skipChildren();
    int end = (int) p.currentLocation().getCharOffset();
    String text = body.substring((int) start.getCharOffset(), end);
    try {
      return reader.apply(text);
    } catch (JsonFormatException e) {
      int line = start.getLineNr() + e.line() - 1;
      int column = e.line() == 1 ? start.getColumnNr() + e.column() - 1 : e.column();
      throw new ProblemException(
          ProblemKind.INVALID_BODY,
          path
              + e.path().substring(1)
              + ": "
              + e.detail()
              + " (line "
              + line
              + ", column "
              + column
              + ")");
    }
  }

  private static @Nullable Instant instant(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      try {
        return Instant.parse(p.getText());
      } catch (DateTimeParseException e) {
        // reported below with the value
      }
    }
    throw fail(
        "$.now",
        "expected an ISO-8601 instant like \"2026-11-20T10:16:00Z\" but was " + shown(p),
        p);
  }

  static String shown(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "the end of the body";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "\"" + p.getText() + "\"";
      default -> p.getText();
    };
  }

  static ProblemException fail(String path, String detail, JsonParser p) {
    JsonLocation at = p.currentTokenLocation();
    return new ProblemException(
        ProblemKind.INVALID_BODY,
        path + ": " + detail + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
  }
}
