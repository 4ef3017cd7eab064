package org.recovery.examples.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.recovery.templates.Finding;
import org.recovery.templates.OwnershipChecker;

/**
 * {@code POST /v1/check?lang=en}: body {@code {"text": "…"}}; answers {@code {"findings": [{"line",
 * "column", "category", "text", "suggestion"}]}}, an empty list when the draft is fine.
 */
final class CheckEndpoint implements Endpoint {

  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final OwnershipChecker checker = OwnershipChecker.defaults();

  @Override
  public Set<String> parameters() {
    return Set.of("lang");
  }

  @Override
  public Reply answer(Incoming request) {
    Locale lang =
        request.parameter("lang").map(v -> LetterEndpoint.locale("lang", v)).orElse(Locale.ENGLISH);
    request.open(List.of("application/json"), false);
    String text = draft(request.text());
    var warnings = new ArrayList<String>();
    if (!checker.languageTags().contains(lang.getLanguage())) {
      warnings.add(
          "no patterns for '"
              + lang.toLanguageTag()
              + "' (there are "
              + String.join(", ", checker.languageTags())
              + "); checked against English");
    }
    List<Finding> findings = checker.check(text, lang);
    return new Reply("application/json", findingsJson(findings), warnings);
  }

  private static byte[] findingsJson(List<Finding> findings) {
    var out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeArrayFieldStart("findings");
      for (Finding f : findings) {
        g.writeStartObject();
        g.writeNumberField("line", f.line());
        g.writeNumberField("column", f.column());
        g.writeStringField("category", f.category().name());
        g.writeStringField("text", f.text());
        g.writeStringField("suggestion", f.suggestion());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return (out + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Reads {@code {"text": "…"}}, refusing anything else with the path, line and column. */
  private static String draft(String body) {
    try (JsonParser p = JSON.createParser(body)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw fail("$", "expected an object with a \"text\" string", p);
      }
      @Nullable String text = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals("text")) {
          throw fail("$." + name, "unknown field, expected text", p);
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
          throw fail("$.text", "expected a string but was " + DecisionRequest.shown(p), p);
        }
        text = p.getText();
      }
      if (p.nextToken() != null) {
        throw fail("$", "expected nothing after the document", p);
      }
      if (text == null) {
        throw new ProblemException(
            ProblemKind.INVALID_BODY, "$: missing required field \"text\" (line 1, column 1)");
      }
      return text;
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

  private static ProblemException fail(String path, String detail, JsonParser p) {
    return DecisionRequest.fail(path, detail, p);
  }
}
