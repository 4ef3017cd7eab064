package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Objects;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.internal.json.StrictJson;

/**
 * Reads and writes complaints, customer histories and recovery plans in Recovery's JSON wire
 * contract.
 *
 * <p>Reading is strict: standard JSON only, no unknown or duplicate fields, nothing after the
 * document, no coercion (a number is never a string, {@code 1.0} is never an integer), no {@code
 * null} for a required field, nesting at most {@value #MAX_DEPTH} levels and strings at most
 * {@value #MAX_STRING_LENGTH} characters. An optional field may be absent or {@code null}; both
 * mean "none". Every problem, including a value the model refuses (a negative price, a rating of
 * 7), fails with a {@link JsonFormatException} naming the JSON path, line and column. Bytes
 * (streams and files) must be UTF-8; a leading byte order mark is skipped.
 *
 * <p>Writing is deterministic: fields in the documented order, money amounts as strings at the
 * currency's scale, instants in ISO-8601 UTC, locales as BCP 47 tags, enums by name, empty optional
 * fields omitted (except a complaint's {@code rating}, written as {@code null}), UTF-8.
 *
 * <pre>{@code
 * RecoveryJson json = RecoveryJson.defaults();
 * Complaint complaint = json.readComplaint(Path.of("complaint.json"));
 * String out = json.writePlan(plan);
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance.
 */
public final class RecoveryJson {

  /** The deepest nesting of objects and arrays a document may have: {@value}. */
  public static final int MAX_DEPTH = StrictJson.DEFAULT_MAX_DEPTH;

  /** The longest string value a document may hold, in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = StrictJson.DEFAULT_MAX_STRING_LENGTH;

  /** The longest field name a document may hold, in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = StrictJson.DEFAULT_MAX_NAME_LENGTH;

  /** The longest document accepted, in characters: {@value} (16 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = StrictJson.DEFAULT_MAX_DOCUMENT_LENGTH;

  static final StrictJson STRICT = StrictJson.of(JsonFormatException::new);

  private static final RecoveryJson DEFAULTS = new RecoveryJson(false);
  private static final RecoveryJson PRETTY = new RecoveryJson(true);

  private final boolean prettyPrinting;
  private final JsonFactory writers;
  private final DefaultPrettyPrinter printer;

  private RecoveryJson(boolean prettyPrinting) {
    this.prettyPrinting = prettyPrinting;
    this.writers =
        JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            // Emoji and other characters beyond the BMP as real UTF-8, as a Writer gets them.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
  }

  /**
   * Returns the standard reader and writer; it writes compact JSON on one line.
   *
   * @return the shared instance
   */
  public static RecoveryJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns an instance that indents its output by two spaces, one field per line, with {@code \n}
   * line ends on every platform; or compact output for {@code false} (the default).
   *
   * @param prettyPrinting whether to indent
   * @return the instance
   */
  public RecoveryJson withPrettyPrinting(boolean prettyPrinting) {
    return prettyPrinting ? PRETTY : DEFAULTS;
  }

  /**
   * Returns a Jackson module with the same shapes, for hosts with their own {@code ObjectMapper}.
   * The module needs {@code jackson-databind}, which Recovery declares optional: a host that uses
   * an {@code ObjectMapper} already has it, and no other part of Recovery needs it.
   *
   * @return a new module
   */
  public static RecoveryJsonModule module() {
    return new RecoveryJsonModule();
  }

  // ---- complaints

  /**
   * Reads a complaint.
   *
   * @param json the document
   * @return the complaint
   * @throws JsonFormatException naming the path, line and column if the document breaks the
   *     contract
   */
  public Complaint readComplaint(String json) {
    return ComplaintShape.read(STRICT.read(json));
  }

  /**
   * Reads a complaint; the reader is not closed.
   *
   * @param json the document
   * @return the complaint
   * @throws JsonFormatException if the document breaks the contract
   * @throws UncheckedIOException if reading fails
   */
  public Complaint readComplaint(Reader json) {
    return ComplaintShape.read(STRICT.read(json));
  }

  /**
   * Reads a complaint from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the complaint
   * @throws JsonFormatException if the document breaks the contract or is not valid UTF-8
   * @throws UncheckedIOException if reading fails
   */
  public Complaint readComplaint(InputStream json) {
    return ComplaintShape.read(STRICT.read(json));
  }

  /**
   * Reads a complaint from a UTF-8 file.
   *
   * @param json the file
   * @return the complaint
   * @throws JsonFormatException if the document breaks the contract or is not valid UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public Complaint readComplaint(Path json) {
    return ComplaintShape.read(STRICT.read(json));
  }

  /**
   * Writes a complaint.
   *
   * @param complaint the complaint
   * @return the JSON
   */
  public String writeComplaint(Complaint complaint) {
    return write(complaint, Shape.COMPLAINT);
  }

  /**
   * Writes a complaint to a writer, which is flushed but not closed.
   *
   * @param complaint the complaint
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeComplaint(Complaint complaint, Writer out) {
    write(complaint, Shape.COMPLAINT, out);
  }

  /**
   * Writes a complaint as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param complaint the complaint
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeComplaint(Complaint complaint, OutputStream out) {
    write(complaint, Shape.COMPLAINT, out);
  }

  // ---- histories

  /**
   * Reads a customer history.
   *
   * @param json the document
   * @return the history
   * @throws JsonFormatException naming the path, line and column if the document breaks the
   *     contract
   */
  public CustomerHistory readHistory(String json) {
    return HistoryShape.read(STRICT.read(json));
  }

  /**
   * Reads a customer history; the reader is not closed.
   *
   * @param json the document
   * @return the history
   * @throws JsonFormatException if the document breaks the contract
   * @throws UncheckedIOException if reading fails
   */
  public CustomerHistory readHistory(Reader json) {
    return HistoryShape.read(STRICT.read(json));
  }

  /**
   * Reads a customer history from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the history
   * @throws JsonFormatException if the document breaks the contract or is not valid UTF-8
   * @throws UncheckedIOException if reading fails
   */
  public CustomerHistory readHistory(InputStream json) {
    return HistoryShape.read(STRICT.read(json));
  }

  /**
   * Reads a customer history from a UTF-8 file.
   *
   * @param json the file
   * @return the history
   * @throws JsonFormatException if the document breaks the contract or is not valid UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public CustomerHistory readHistory(Path json) {
    return HistoryShape.read(STRICT.read(json));
  }

  /**
   * Writes a customer history, incidents oldest first.
   *
   * @param history the history
   * @return the JSON
   */
  public String writeHistory(CustomerHistory history) {
    return write(history, Shape.HISTORY);
  }

  /**
   * Writes a customer history to a writer, which is flushed but not closed.
   *
   * @param history the history
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeHistory(CustomerHistory history, Writer out) {
    write(history, Shape.HISTORY, out);
  }

  /**
   * Writes a customer history as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param history the history
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeHistory(CustomerHistory history, OutputStream out) {
    write(history, Shape.HISTORY, out);
  }

  // ---- plans

  /**
   * Reads a recovery plan.
   *
   * @param json the document
   * @return the plan
   * @throws JsonFormatException naming the path, line and column if the document breaks the
   *     contract
   */
  public RecoveryPlan readPlan(String json) {
    return PlanShape.read(STRICT.read(json));
  }

  /**
   * Reads a recovery plan; the reader is not closed.
   *
   * @param json the document
   * @return the plan
   * @throws JsonFormatException if the document breaks the contract
   * @throws UncheckedIOException if reading fails
   */
  public RecoveryPlan readPlan(Reader json) {
    return PlanShape.read(STRICT.read(json));
  }

  /**
   * Reads a recovery plan from UTF-8 bytes; the stream is not closed.
   *
   * @param json the document
   * @return the plan
   * @throws JsonFormatException if the document breaks the contract or is not valid UTF-8
   * @throws UncheckedIOException if reading fails
   */
  public RecoveryPlan readPlan(InputStream json) {
    return PlanShape.read(STRICT.read(json));
  }

  /**
   * Reads a recovery plan from a UTF-8 file.
   *
   * @param json the file
   * @return the plan
   * @throws JsonFormatException if the document breaks the contract or is not valid UTF-8
   * @throws UncheckedIOException if the file cannot be read
   */
  public RecoveryPlan readPlan(Path json) {
    return PlanShape.read(STRICT.read(json));
  }

  /**
   * Writes a recovery plan.
   *
   * @param plan the plan
   * @return the JSON
   */
  public String writePlan(RecoveryPlan plan) {
    return write(plan, Shape.PLAN);
  }

  /**
   * Writes a recovery plan to a writer, which is flushed but not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writePlan(RecoveryPlan plan, Writer out) {
    write(plan, Shape.PLAN, out);
  }

  /**
   * Writes a recovery plan as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writePlan(RecoveryPlan plan, OutputStream out) {
    write(plan, Shape.PLAN, out);
  }

  private String write(Object value, Shape shape) {
    var out = new StringWriter();
    write(value, shape, out);
    return out.toString();
  }

  private void write(Object value, Shape shape, Writer out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator g = writers.createGenerator(Objects.requireNonNull(out, "out"))) {
      emit(g, value, shape);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Object value, Shape shape, OutputStream out) {
    Objects.requireNonNull(value, "value");
    try (JsonGenerator g =
        writers.createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8)) {
      emit(g, value, shape);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void emit(JsonGenerator g, Object value, Shape shape) throws IOException {
    if (prettyPrinting) {
      g.setPrettyPrinter(printer.createInstance());
    }
    shape.write(g, value);
    g.flush();
  }
}
