package org.recovery.examples.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One request as an endpoint sees it: its query parameters, checked against the ones the endpoint
 * knows, and its body, checked for media type and size before and while it is read.
 */
final class Incoming {

  private final HttpExchange exchange;
  private final Map<String, String> query;
  private final Limits limits;
  private BoundedBody body;

  /**
   * Reads the query of a request.
   *
   * @param exchange the exchange
   * @param known the parameters the endpoint reads
   * @param limits the body limits
   * @throws ProblemException naming an unknown, repeated or undecodable parameter
   */
  Incoming(HttpExchange exchange, Set<String> known, Limits limits) {
    this.exchange = exchange;
    this.limits = limits;
    this.query = query(exchange.getRequestURI().getRawQuery(), known);
    this.body = new BoundedBody(InputStream.nullInputStream(), 0);
  }

  /**
   * Returns a query parameter.
   *
   * @param name the parameter
   * @return its value, if given
   */
  Optional<String> parameter(String name) {
    return Optional.ofNullable(query.get(name));
  }

  /**
   * Returns the {@code zone} parameter as a time zone.
   *
   * @return the zone, empty when the parameter is absent
   * @throws ProblemException 400 when it names no zone
   */
  Optional<ZoneId> zone() {
    return parameter("zone")
        .map(
            value -> {
              try {
                return ZoneId.of(value);
              } catch (DateTimeException e) {
                throw new ProblemException(
                    ProblemKind.INVALID_PARAMETER,
                    "zone: expected a time zone like Europe/Berlin, UTC or +02:00 but was '"
                        + value
                        + "'");
              }
            });
  }

  /**
   * Opens the body, refusing it before reading when its media type is not one of {@code accepted}
   * or its declared length is over {@code limit}, and while reading when it goes over the limit.
   *
   * @param accepted the media types the endpoint reads, lower case without parameters
   * @param upload whether the body is an upload (limit {@link Limits#maxUpload()}) rather than a
   *     request document ({@link Limits#maxBody()})
   * @return the media type of the body and the stream
   * @throws ProblemException 415, 411 or 413
   */
  String open(List<String> accepted, boolean upload) {
    return open(accepted, upload, StandardCharsets.UTF_8, "");
  }

  /**
   * Opens the body as {@link #open(List, boolean)} does, in a character set other than UTF-8.
   *
   * @param accepted the media types the endpoint reads, lower case without parameters
   * @param upload whether the body is an upload rather than a request document
   * @param charset the character set the body is read in; a {@code charset} parameter of the
   *     Content-Type must name it
   * @param why what chose the character set, for the message, e.g. {@code " (the charset
   *     parameter)"}; empty for the default
   * @return the media type of the body
   * @throws ProblemException 415, 411 or 413
   */
  String open(List<String> accepted, boolean upload, Charset charset, String why) {
    String mediaType = mediaType(accepted, charset, why);
    long limit = upload ? limits.maxUpload() : limits.maxBody();
    var headers = exchange.getRequestHeaders();
    String length = headers.getFirst("Content-Length");
    String encoding = headers.getFirst("Transfer-Encoding");
    if (length == null
        && (encoding == null || !encoding.toLowerCase(Locale.ROOT).contains("chunked"))) {
      throw new ProblemException(
          ProblemKind.LENGTH_REQUIRED,
          "the body needs a Content-Length header or chunked transfer encoding");
    }
    if (length != null) {
      long declared;
      try {
        declared = Long.parseLong(length.strip());
      } catch (NumberFormatException e) {
        declared = -1;
      }
      if (declared > limit) {
        throw tooLarge(limit);
      }
    }
    body = new BoundedBody(exchange.getRequestBody(), limit);
    return mediaType;
  }

  /** Returns the body limits. */
  Limits limits() {
    return limits;
  }

  /** Returns the body opened by {@link #open(List, boolean)}. */
  InputStream body() {
    return body;
  }

  /** Tells whether the body went over its limit while being read. */
  boolean bodyExceeded() {
    return body.exceeded();
  }

  /**
   * Reads the whole body as strict UTF-8 text (a leading byte order mark skipped).
   *
   * @return the text
   * @throws ProblemException 413 when over the limit, 400 when not UTF-8
   */
  String text() {
    byte[] bytes;
    try {
      bytes = body.readAllBytes();
    } catch (IOException e) {
      if (body.exceeded()) {
        throw tooLarge(limits.maxBody());
      }
      throw new UncheckedIOException(e);
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(in)
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int at = in.position();
      throw new ProblemException(
          ProblemKind.INVALID_BODY,
          String.format(
              Locale.ROOT,
              "expected UTF-8 text but byte 0x%02X at offset %d does not start a valid sequence",
              bytes[at] & 0xFF,
              at));
    }
  }

  /**
   * Describes a body over its limit.
   *
   * @param limit the limit in bytes
   * @return the problem to throw
   */
  static ProblemException tooLarge(long limit) {
    return new ProblemException(
        ProblemKind.BODY_TOO_LARGE,
        "the body must be at most " + ByteSize.describe(limit) + " (" + limit + " bytes)",
        Map.of("Connection", "close"));
  }

  private String mediaType(List<String> accepted, Charset expected, String why) {
    String header = exchange.getRequestHeaders().getFirst("Content-Type");
    String types = String.join(" or ", accepted);
    if (header == null) {
      throw new ProblemException(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Content-Type is missing; expected " + types);
    }
    // -1 keeps the empty type of a header such as ";" (refused below) instead of no parts at all
    String[] parts = header.split(";", -1);
    String type = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!accepted.contains(type)) {
      throw new ProblemException(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE,
          "Content-Type must be " + types + " but was '" + header + "'");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
        String charset = parameter[1].strip().replace("\"", "");
        if (!names(expected, charset)) {
          throw new ProblemException(
              ProblemKind.UNSUPPORTED_MEDIA_TYPE,
              "Content-Type charset must be "
                  + expected.name().toLowerCase(Locale.ROOT)
                  + why
                  + " but was '"
                  + charset
                  + "'");
        }
      }
    }
    return type;
  }

  /** Tells whether {@code name} is a name or alias of {@code charset}. */
  private static boolean names(Charset charset, String name) {
    try {
      return Charset.isSupported(name) && Charset.forName(name).equals(charset);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static Map<String, String> query(String raw, Set<String> known) {
    var values = new HashMap<String, String>();
    if (raw == null || raw.isEmpty()) {
      return values;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      if (!known.contains(name)) {
        throw new ProblemException(
            ProblemKind.INVALID_PARAMETER,
            "unknown query parameter '"
                + name
                + "', expected "
                + (known.isEmpty()
                    ? "none"
                    : "one of " + String.join(", ", known.stream().sorted().toList())));
      }
      if (values.put(name, value) != null) {
        throw new ProblemException(
            ProblemKind.INVALID_PARAMETER,
            "query parameter '" + name + "' is given more than once; give it once");
      }
    }
    return values;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          ProblemKind.INVALID_PARAMETER,
          "the query is not properly percent-encoded near '" + s + "'");
    }
  }
}
