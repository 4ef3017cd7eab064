package org.recovery.nps.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.RejectionReason;

/**
 * Reads JSON Lines text: one JSON object per line, columns by top-level key. A line that is not a
 * JSON object is a {@code MALFORMED_RECORD} rejection; blank lines are skipped.
 *
 * <p>Stateless and thread-safe; each call has its own line splitter.
 */
final class JsonLinesRead {

  private JsonLinesRead() {}

  /**
   * Reads an export into an accumulator.
   *
   * @param reader the reader's settings
   * @param in the text, read to its end
   * @param lineBase added to every line counted into the accumulator ({@link FileLines})
   * @param into where rows are counted
   * @throws SurveyEncodingException when the input holds invalid bytes
   */
  static void read(SurveyReader reader, Reader in, long lineBase, ReportAccumulator into) {
    LineSplitter lines = new LineSplitter(in, SurveyReader.BUFFER_SIZE);
    RowInterpreter interpreter = new RowInterpreter(reader);
    List<String> segmentColumns = reader.settings().segmentColumns();
    String scoreColumn = reader.scoreColumn();
    String respondentColumn = reader.respondentColumn().orElse(null);
    String timestampColumn = reader.timestampColumn().orElse(null);
    String weightColumn = reader.settings().weightColumn();
    String[] segmentValues = new String[segmentColumns.size()];
    try {
      String text;
      while ((text = lines.next()) != null) {
        long line = lineBase + lines.line();
        if (text.isBlank()) {
          continue;
        }
        JsonNode node = object(text);
        if (node == null) {
          into.reject(line, null, text, RejectionReason.MALFORMED_RECORD);
          continue;
        }
        for (int i = 0; i < segmentValues.length; i++) {
          segmentValues[i] = RowInterpreter.segmentValue(cell(node, segmentColumns.get(i)));
        }
        interpreter.interpret(
            line,
            cell(node, scoreColumn),
            respondentColumn == null ? null : cell(node, respondentColumn),
            timestampColumn == null ? null : cell(node, timestampColumn),
            weightColumn == null ? null : cell(node, weightColumn),
            segmentValues,
            into);
      }
    } catch (InvalidBytesException e) {
      throw e.toSurveyException(lines.line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the keys of the first object, as the header of a JSON Lines export.
   *
   * @param in the text; read no further than the first non-blank line
   * @return one row of the first object's keys
   * @throws SurveyFormatException when the export is empty or its first line is not an object
   */
  static SurveyHeader header(Reader in) {
    LineSplitter lines = new LineSplitter(in, SurveyReader.BUFFER_SIZE);
    try {
      String text;
      while ((text = lines.next()) != null) {
        if (text.isBlank()) {
          continue;
        }
        JsonNode node = object(text);
        if (node == null) {
          throw new SurveyFormatException(
              "expected a JSON object on line "
                  + lines.line()
                  + " to name the columns but found \""
                  + (text.length() <= 80 ? text : text.substring(0, 79) + "…")
                  + "\"",
              lines.line(),
              "");
        }
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return new SurveyHeader(keys, List.of(keys));
      }
      throw new SurveyFormatException(
          "the export has no records, so no columns: is the file empty?", lines.line(), "");
    } catch (InvalidBytesException e) {
      throw e.toSurveyException(lines.line());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses a line as a JSON object; null when it is not one. */
  private static @Nullable JsonNode object(String text) {
    try {
      JsonNode node = Json.MAPPER.readTree(text);
      return node != null && node.isObject() ? node : null;
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  // A JSON value's text: strings as they are, numbers in plain decimal notation, null or missing
  // as "", anything else as its JSON text (which the score grammar rejects as NOT_A_NUMBER).
  private static String cell(JsonNode object, String key) {
    JsonNode value = object.get(key);
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isTextual()) {
      return value.textValue();
    }
    if (value.isNumber()) {
      return value.decimalValue().toPlainString();
    }
    return value.toString();
  }

  /** Holds the JSON mapper, created on first use: building one costs a CSV read ~0.3 s. */
  private static final class Json {
    static final ObjectMapper MAPPER =
        new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private Json() {}
  }
}
