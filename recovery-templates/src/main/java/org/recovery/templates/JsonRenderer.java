package org.recovery.templates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders a letter as JSON with Jackson's streaming generator. */
final class JsonRenderer {
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonRenderer() {}

  static String render(Letter letter) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("complaintId", letter.complaintId());
      g.writeStringField("tone", letter.tone().name());
      g.writeArrayFieldStart("warnings");
      for (String w : letter.warnings()) {
        g.writeString(w);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("bodies");
      for (LetterBody body : letter.bodies()) {
        g.writeStartObject();
        g.writeStringField("locale", body.locale().toLanguageTag());
        g.writeStringField("title", body.title());
        g.writeArrayFieldStart("sections");
        for (LetterSection s : body.sections()) {
          g.writeStartObject();
          g.writeStringField("kind", s.kind().name());
          if (s.heading().isPresent()) {
            g.writeStringField("heading", s.heading().get());
          } else {
            g.writeNullField("heading");
          }
          g.writeArrayFieldStart("paragraphs");
          for (String p : s.paragraphs()) {
            g.writeString(p);
          }
          g.writeEndArray();
          g.writeArrayFieldStart("steps");
          for (String p : s.steps()) {
            g.writeString(p);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a string failed", e);
    }
    return out.toString();
  }
}
