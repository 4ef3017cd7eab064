package org.recovery.core.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON document strictly into a tree of {@link JsonValue}s that know their path, line and
 * column, so that a format can then read its shape with errors that say where. Strict means:
 * standard JSON only (no comments, single quotes, NaN, leading zeros or trailing commas), no
 * duplicate keys, nothing after the document, nesting at most {@link #DEFAULT_MAX_DEPTH} levels,
 * strings at most {@link #DEFAULT_MAX_STRING_LENGTH} characters, field names at most {@link
 * #DEFAULT_MAX_NAME_LENGTH} characters and documents at most {@link #DEFAULT_MAX_DOCUMENT_LENGTH}
 * characters. The limits are enforced while parsing, with Jackson's {@code StreamReadConstraints};
 * problems are told apart by exception type, never by the wording of Jackson's messages.
 *
 * <p>Every problem becomes the exception of the format's {@link JsonFailure}, worded {@code $.path:
 * detail (line L, column C)}. A format reads its shape like this:
 *
 * <pre>{@code
 * static final StrictJson JSON = StrictJson.of(PolicyConfigException::new);
 *
 * Goodwill goodwill(JsonValue v) {
 *   JsonObject o = v.object("firstFailure", "repeatDecay");
 *   double first = o.optional("firstFailure", JsonValue::number).orElse(0.4);
 *   double decay = o.optional("repeatDecay", JsonValue::number).orElse(0.5);
 *   return o.construct(() -> new Goodwill(first, decay));
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance per format.
 */
public final class StrictJson {

  /** The deepest nesting of objects and arrays accepted: 64 levels. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The longest string value accepted: 100,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The longest field name accepted: 256 characters. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** The longest document accepted: 16 MiB of characters. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Pattern ENABLE_HINT =
      Pattern.compile(
          ":? *(enable|use) `[^`]*`( to allow)?"
              + "| \\(not recognized as one since Feature '[^']*' not enabled for parser\\)"
              + "| \\(for [A-Za-z]+ starting at \\[Source: [^\\]]*\\]\\)"
              // NaN and Infinity are tokenized only to be refused by the expected type.
              + "| \\(or 'NaN'/'\\+INF'/'-INF'\\)");

  private final JsonFailure failure;
  private final DocumentLimits limits;
  private final JsonFactory factory;

  private StrictJson(JsonFailure failure) {
    this.failure = Objects.requireNonNull(failure, "failure");
    this.limits =
        new DocumentLimits(
            DEFAULT_MAX_DEPTH,
            DEFAULT_MAX_STRING_LENGTH,
            DEFAULT_MAX_NAME_LENGTH,
            DEFAULT_MAX_DOCUMENT_LENGTH);
    this.factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            // Duplicates are refused by the tree builder, which sees every object whole, so that a
            // host's parser and ours report them alike.
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // NaN and Infinity become values that every accessor refuses, so the message says
            // what the field expects ("expected a string but was NaN"), not always "a number".
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
  }

  /**
   * Creates a reader with the default limits.
   *
   * @param failure creates the format's exception for each problem
   * @return the reader
   */
  public static StrictJson of(JsonFailure failure) {
    return new StrictJson(failure);
  }

  /**
   * Reads a whole document from a string.
   *
   * @param json the document
   * @return the root value
   */
  public JsonValue read(String json) {
    Objects.requireNonNull(json, "json");
    try (JsonParser p = factory.createParser(json)) {
      return document(p, () -> p.currentLocation().getCharOffset() >= json.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a whole document from a reader; the reader is not closed.
   *
   * @param reader the document
   * @return the root value
   * @throws UncheckedIOException if reading fails
   */
  public JsonValue read(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    var source = new EndTrackingReader(reader);
    try (JsonParser p = factory.createParser(source)) {
      return document(p, source::ended);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a whole document from UTF-8 bytes; the stream is not closed. A leading byte order mark
   * (which spreadsheet tools write) is skipped; malformed UTF-8 is an error, never replaced.
   *
   * @param in the document
   * @return the root value
   * @throws UncheckedIOException if reading fails
   */
  public JsonValue read(InputStream in) {
    Objects.requireNonNull(in, "in");
    var pushback = new PushbackInputStream(in, BOM.length);
    try {
      var source = new EndTrackingReader(new Utf8Reader(pushback, skipByteOrderMark(pushback)));
      try (JsonParser p = factory.createParser(source)) {
        return document(p, source::ended);
      }
    } catch (Utf8Reader.Malformed e) {
      throw failure.create(JsonPaths.ROOT, e.detail(), e.line, e.column, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips a leading byte order mark, returning how many bytes it took. */
  private static int skipByteOrderMark(PushbackInputStream in) throws IOException {
    byte[] start = new byte[BOM.length];
    int n = in.readNBytes(start, 0, start.length);
    if (n == BOM.length && Arrays.equals(start, BOM)) {
      return n;
    }
    in.unread(start, 0, n);
    return 0;
  }

  /**
   * Reads a whole document from a UTF-8 file.
   *
   * @param file the document
   * @return the root value
   * @throws UncheckedIOException if the file cannot be read
   */
  public JsonValue read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one value from a parser someone else created (a Jackson deserializer's), leaving the
   * parser on the value's last token. Paths start from the parser's position, so a value nested in
   * a host's document reports {@code $.complaint.lines[0]}. The parser's own settings decide
   * duplicates and limits while tokenizing; this reader still refuses duplicates, deep nesting and
   * long strings itself.
   *
   * @param p the parser, on the value's first token or before it
   * @return the value
   * @throws IOException if the parser fails to read
   */
  public JsonValue readValue(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null || t == JsonToken.FIELD_NAME) {
      t = p.nextToken();
    }
    if (t == null) {
      throw failAt(p, JsonPaths.of(p.getParsingContext()), "expected a JSON value but was empty");
    }
    JsonStreamContext context = p.getParsingContext();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)
        && context.getParent() != null) {
      context = context.getParent();
    }
    PathNode path = PathNode.root(JsonPaths.of(context));
    try {
      return value(p, t, path, 1);
    } catch (JsonProcessingException e) {
      throw translate(p, e, () -> false);
    }
  }

  /**
   * Reads the document a parser is over.
   *
   * @param ended tells, after a failure, whether the input had run out
   */
  private JsonValue document(JsonParser p, BooleanSupplier ended) throws IOException {
    JsonValue root;
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        JsonLocation end = p.currentLocation();
        throw failure.create(
            JsonPaths.ROOT,
            "expected a JSON value but the input was empty",
            end.getLineNr(),
            end.getColumnNr(),
            null);
      }
      root = value(p, t, PathNode.ROOT, 1);
    } catch (JsonProcessingException e) {
      throw translate(p, e, ended);
    } catch (CharacterCodingException e) {
      if (e instanceof Utf8Reader.Malformed) {
        throw e; // reported with its byte offset by read(InputStream)
      }
      throw failAt(p, JsonPaths.of(p.getParsingContext()), "input is not valid UTF-8", e);
    }
    try {
      if (p.nextToken() != null) {
        throw failAt(p, JsonPaths.ROOT, "unexpected content after the end of the document");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
      throw failure.create(
          JsonPaths.ROOT,
          "unexpected content after the end of the document",
          at.getLineNr(),
          at.getColumnNr(),
          e);
    }
    return root;
  }

  private JsonValue value(JsonParser p, JsonToken t, PathNode path, int depth) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (t) {
      case START_OBJECT -> {
        checkDepth(path, depth, line, column);
        var members = new LinkedHashMap<String, JsonValue>();
        int[] nameLines = new int[8];
        int[] nameColumns = new int[8];
        JsonToken next;
        while ((next = nextMember(p, members.keySet(), path)) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation nameAt = p.currentTokenLocation();
          PathNode child = path.field(name);
          if (members.containsKey(name)) {
            throw failAt(p, child.render(), duplicate(name));
          }
          JsonToken valueToken = p.nextToken();
          if (valueToken == null) {
            throw failAt(p, child.render(), "unexpected end of input");
          }
          members.put(name, value(p, valueToken, child, depth + 1));
          int n = members.size() - 1;
          if (n == nameLines.length) {
            nameLines = Arrays.copyOf(nameLines, n * 2);
            nameColumns = Arrays.copyOf(nameColumns, n * 2);
          }
          nameLines[n] = nameAt.getLineNr();
          nameColumns[n] = nameAt.getColumnNr();
        }
        if (next != JsonToken.END_OBJECT) {
          throw failAt(p, path.render(), "unexpected end of input");
        }
        return JsonValue.object(path, line, column, failure, members, nameLines, nameColumns);
      }
      case START_ARRAY -> {
        checkDepth(path, depth, line, column);
        var elements = new ArrayList<JsonValue>();
        JsonToken next;
        while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
          if (next == null) {
            throw failAt(p, path.render(), "unexpected end of input");
          }
          elements.add(value(p, next, path.element(elements.size()), depth + 1));
        }
        return JsonValue.array(path, line, column, failure, elements);
      }
      case VALUE_STRING -> {
        String text = p.getText();
        // A host's parser may allow longer strings than this reader does.
        if (text.length() > limits.getMaxStringLength()) {
          throw failure.create(path.render(), limits.stringTooLong(), line, column, null);
        }
        return JsonValue.scalar(JsonValue.Kind.STRING, path, line, column, failure, text);
      }
      case VALUE_NUMBER_INT -> {
        return JsonValue.scalar(JsonValue.Kind.INTEGER, path, line, column, failure, p.getText());
      }
      case VALUE_NUMBER_FLOAT -> {
        // NaN and Infinity are kept as written; JsonValue refuses them for every expected type.
        return JsonValue.scalar(JsonValue.Kind.FRACTION, path, line, column, failure, p.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonValue.scalar(JsonValue.Kind.BOOLEAN, path, line, column, failure, t.asString());
      }
      case VALUE_NULL -> {
        return JsonValue.scalar(JsonValue.Kind.NULL, path, line, column, failure, null);
      }
      default ->
          throw failure.create(
              path.render(), "expected a JSON value but was " + t, line, column, null);
    }
  }

  /**
   * Moves to the next member of an object. A host's parser that detects duplicates itself fails on
   * the repeated name before this reader sees it; that failure is told apart from bad syntax by the
   * parser's state (it has taken a name the object already holds), not by its message.
   */
  private JsonToken nextMember(JsonParser p, Set<String> names, PathNode path) throws IOException {
    try {
      return p.nextToken();
    } catch (JsonParseException e) {
      String name = p.getParsingContext().getCurrentName();
      if (p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          && name != null
          && names.contains(name)) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        throw failure.create(
            path.field(name).render(), duplicate(name), at.getLineNr(), at.getColumnNr(), e);
      }
      throw e;
    }
  }

  private static String duplicate(String name) {
    return "duplicate field \"" + name + "\"";
  }

  private void checkDepth(PathNode path, int depth, int line, int column) {
    if (depth > limits.maxDepth()) {
      throw failure.create(path.render(), limits.depthExceeded(), line, column, null);
    }
  }

  private RuntimeException translate(
      JsonParser p, JsonProcessingException e, BooleanSupplier ended) {
    JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentTokenLocation();
    String path = JsonPaths.of(p.getParsingContext());
    String original = String.valueOf(e.getOriginalMessage());
    String detail;
    if (e instanceof LimitExceeded) {
      detail = original; // worded by DocumentLimits
    } else if (e instanceof StreamConstraintsException) {
      // Only a host's parser, with limits of its own, gets here.
      detail = "input exceeds a limit of the host's parser: " + withoutHints(original);
    } else if (e instanceof JsonEOFException || ended.getAsBoolean()) {
      detail = "unexpected end of input";
    } else {
      detail = "malformed JSON: " + withoutHints(original);
    }
    return failure.create(path, detail, at.getLineNr(), at.getColumnNr(), e);
  }

  /** Drops Jackson's advice to enable a leniency feature: our formats never allow it. */
  private static String withoutHints(String message) {
    return ENABLE_HINT.matcher(message).replaceAll("");
  }

  private RuntimeException failAt(JsonParser p, String path, String detail) {
    return failAt(p, path, detail, null);
  }

  private RuntimeException failAt(
      JsonParser p, String path, String detail, @Nullable Throwable cause) {
    JsonLocation at = p.currentTokenLocation();
    return failure.create(path, detail, at.getLineNr(), at.getColumnNr(), cause);
  }
}
