package org.recovery.examples.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * An RFC 9457 problem: what every error response carries, as {@code application/problem+json}. The
 * detail names the field or parameter, the value's fault and what was expected; it never holds a
 * stack trace, and for a server fault never an input value.
 *
 * @param kind the kind of problem, which fixes the type, title and status
 * @param detail what went wrong with this request
 */
record Problem(ProblemKind kind, String detail) {

  private static final JsonFactory JSON = new JsonFactory();

  Problem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Writes the problem document, naming the request so its log line can be found.
   *
   * @param requestId the request's id
   * @return the JSON, one line with a final line end
   */
  String toJson(String requestId) {
    var out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("type", kind.type());
      g.writeStringField("title", kind.title());
      g.writeNumberField("status", kind.status());
      g.writeStringField("detail", detail);
      g.writeStringField("requestId", requestId);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}
