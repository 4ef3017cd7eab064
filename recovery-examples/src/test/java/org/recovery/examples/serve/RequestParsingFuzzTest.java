package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Parses what a client controls in a request, without a socket: the query string against the
 * parameters an endpoint knows, the Content-Type, Content-Length and Transfer-Encoding headers
 * against the media types and limit it accepts, the body read within its limit and decoded as
 * UTF-8, and sizes as the command line reads them. Each either succeeds with a result that holds
 * together or fails with the documented {@link ProblemException} (its kind among the ones the
 * method names) or, for sizes, {@link IllegalArgumentException}; never another exception, which the
 * server would answer with a 500. Committed inputs live under {@code
 * RequestParsingFuzzTestInputs/}.
 */
class RequestParsingFuzzTest {
  private static final List<String> PARAMETERS = List.of("segment", "period", "sample", "a b");

  @FuzzTest
  void queriesAreReadOrRefusedAsInvalidParameters(FuzzedDataProvider data) {
    Set<String> known = Set.copyOf(PARAMETERS.subList(0, data.consumeInt(0, PARAMETERS.size())));
    String raw = data.consumeRemainingAsString();
    Map<String, String> read = query(raw, known);
    if (read == null) {
      return;
    }
    assertThat(known).containsAll(read.keySet());
    StringJoiner again = new StringJoiner("&");
    read.forEach(
        (name, value) ->
            again.add(
                URLEncoder.encode(name, StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(value, StandardCharsets.UTF_8)));
    assertThat(query(again.toString(), known)).as("re-encoded %s", again).isEqualTo(read);
  }

  @FuzzTest
  void bodiesAreOpenedAndReadWithinTheirLimitOrRefused(FuzzedDataProvider data) throws IOException {
    boolean upload = data.consumeBoolean();
    long limit = data.consumeLong(1, 64);
    List<String> accepted =
        data.consumeBoolean()
            ? List.of("application/json")
            : List.of("text/csv", "application/x-ndjson", "application/json");
    Headers headers = new Headers();
    header(headers, "Content-Type", data);
    header(headers, "Transfer-Encoding", data);
    int length = data.consumeInt(0, 2);
    byte[] body = data.consumeRemainingAsBytes();
    if (length == 1) {
      headers.add("Content-Length", Integer.toString(body.length));
    } else if (length == 2) {
      header(headers, "Content-Length", data);
    }
    Incoming request =
        new Incoming(
            new Exchange(URI.create("/v1/check"), headers, body),
            Set.of(),
            upload ? new Limits(1, limit) : new Limits(limit, 1));

    String mediaType;
    try {
      mediaType = request.open(accepted, upload);
    } catch (ProblemException e) {
      assertThat(e.problem().kind())
          .isIn(
              ProblemKind.UNSUPPORTED_MEDIA_TYPE,
              ProblemKind.LENGTH_REQUIRED,
              ProblemKind.BODY_TOO_LARGE);
      return;
    }
    assertThat(accepted).contains(mediaType);
    if (upload) {
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      try (InputStream in = request.body()) {
        in.transferTo(copy);
      } catch (IOException stopped) {
        assertThat(request.bodyExceeded()).isTrue();
      }
      assertThat(request.bodyExceeded()).isEqualTo(body.length > limit);
      assertThat(copy.size()).isLessThanOrEqualTo((int) limit);
      return;
    }
    String text;
    try {
      text = request.text();
    } catch (ProblemException e) {
      ProblemKind expected =
          body.length > limit ? ProblemKind.BODY_TOO_LARGE : ProblemKind.INVALID_BODY;
      assertThat(e.problem().kind()).isEqualTo(expected);
      return;
    }
    assertThat(body.length).isLessThanOrEqualTo((int) limit);
    String decoded = new String(body, StandardCharsets.UTF_8);
    assertThat(text).isEqualTo(decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded);
  }

  @FuzzTest
  void sizesAreReadOrRefusedByName(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    long bytes;
    try {
      bytes = ByteSize.parse(text);
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("'" + text + "'");
      return;
    }
    assertThat(bytes).isPositive();
    assertThat(ByteSize.parse(ByteSize.describe(bytes))).isEqualTo(bytes);
    ServerSettings settings = ServerSettings.defaults().withMaxBody(bytes).withMaxUpload(bytes);
    assertThat(settings.maxBody()).isEqualTo(bytes);
  }

  /**
   * Reads a query as an endpoint knowing {@code known} does: the parameters, or null when the query
   * cannot reach an endpoint (not a URI) or is refused as an invalid parameter.
   */
  private static Map<String, String> query(String raw, Set<String> known) {
    URI uri;
    try {
      uri = new URI("/v1/nps?" + raw);
    } catch (URISyntaxException e) {
      return null;
    }
    Incoming request;
    try {
      request =
          new Incoming(new Exchange(uri, new Headers(), new byte[0]), known, new Limits(1, 1));
    } catch (ProblemException e) {
      assertThat(e.problem().kind()).isEqualTo(ProblemKind.INVALID_PARAMETER);
      assertThat(e.getMessage()).isNotBlank();
      return null;
    }
    Map<String, String> values = new HashMap<>();
    for (String name : PARAMETERS) {
      request.parameter(name).ifPresent(value -> values.put(name, value));
    }
    return values;
  }

  /** Sets a header to an arbitrary value, or leaves it out; a value never spans lines in HTTP. */
  private static void header(Headers headers, String name, FuzzedDataProvider data) {
    if (data.consumeBoolean()) {
      String value = data.consumeString(40).replace("\r", "").replace("\n", "");
      headers.add(name, value);
    }
  }

  /** A request as the server hands it over: a target, headers and a body. */
  private static final class Exchange extends HttpExchange {
    private final URI uri;
    private final Headers requestHeaders;
    private final InputStream body;
    private final Map<String, Object> attributes = new HashMap<>();

    Exchange(URI uri, Headers requestHeaders, byte[] body) {
      this.uri = uri;
      this.requestHeaders = requestHeaders;
      this.body = new ByteArrayInputStream(body);
    }

    @Override
    public Headers getRequestHeaders() {
      return requestHeaders;
    }

    @Override
    public Headers getResponseHeaders() {
      return new Headers();
    }

    @Override
    public URI getRequestURI() {
      return uri;
    }

    @Override
    public String getRequestMethod() {
      return "POST";
    }

    @Override
    public HttpContext getHttpContext() {
      throw new UnsupportedOperationException("no context");
    }

    @Override
    public void close() {}

    @Override
    public InputStream getRequestBody() {
      return body;
    }

    @Override
    public OutputStream getResponseBody() {
      return OutputStream.nullOutputStream();
    }

    @Override
    public void sendResponseHeaders(int code, long length) {}

    @Override
    public InetSocketAddress getRemoteAddress() {
      return new InetSocketAddress(0);
    }

    @Override
    public int getResponseCode() {
      return -1;
    }

    @Override
    public InetSocketAddress getLocalAddress() {
      return new InetSocketAddress(0);
    }

    @Override
    public String getProtocol() {
      return "HTTP/1.1";
    }

    @Override
    public Object getAttribute(String name) {
      return attributes.get(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
      attributes.put(name, value);
    }

    @Override
    public void setStreams(InputStream in, OutputStream out) {}

    @Override
    public HttpPrincipal getPrincipal() {
      return null;
    }
  }
}
