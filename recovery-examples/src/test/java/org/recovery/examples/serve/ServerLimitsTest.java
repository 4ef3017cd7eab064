package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The limits that protect the server: body sizes, slow clients, a full queue, its own defects. */
class ServerLimitsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One worker, a queue of one, 1 KB bodies and 64 KB uploads, and one route that fails. */
  private static RecoveryServer server;

  @BeforeAll
  static void start() throws IOException {
    var settings =
        Http.settings().withThreads(1).withQueue(1).withMaxBody(1024).withMaxUpload(65_536);
    var routes = new ArrayList<>(RecoveryServer.routes(settings));
    routes.add(
        new Route(
            "GET",
            "/fails",
            request -> {
              throw new IllegalStateException("customer jane@example.com broke it");
            }));
    server = RecoveryServer.start(settings, List.copyOf(routes));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aDeclaredLengthOverTheLimitIsRefusedBeforeReading() throws IOException {
    var response =
        Http.post(
            server.uri().resolve("/v1/check"),
            "application/json",
            "{\"text\": \"" + "a".repeat(2000) + "\"}");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo("the body must be at most 1KB (1024 bytes)");
  }

  @Test
  void aChunkedUploadOverTheLimitIsStoppedWhileReading() throws IOException {
    byte[] row = "9,a\n".getBytes(StandardCharsets.US_ASCII);
    var endless =
        new InputStream() {
          private long sent;

          @Override
          public int read() {
            return sent < 300_000 ? row[(int) (sent++ % row.length)] : -1;
          }
        };
    var response =
        Http.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/nps?score=score"))
                .timeout(Http.GENEROUS)
                .header("Content-Type", "text/csv")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () ->
                            new SequenceInputStream(
                                new ByteArrayInputStream(
                                    "score,x\n".getBytes(StandardCharsets.US_ASCII)),
                                endless)))
                .build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo("the body must be at most 64KB (65536 bytes)");
  }

  @Test
  void aPostWithoutLengthOrChunksIsRefused() throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout((int) Http.GENEROUS.toMillis());
      socket
          .getOutputStream()
          .write(
              ("POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                      + "Connection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));

      String response = Http.drain(socket.getInputStream());

      assertThat(response)
          .startsWith("HTTP/1.1 411 ")
          .contains("urn:recovery:problem:length-required");
    }
  }

  @Test
  void aClientDribblingItsHeadersIsCutOff() throws IOException {
    assertCutOff("POST /v1/decide HTTP/1.1\r\nHost: x\r\n");
  }

  @Test
  void aClientDribblingItsBodyIsCutOff() throws IOException {
    assertCutOff(
        "POST /v1/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            + "Content-Length: 100\r\n\r\n{\"text\": ");
  }

  private static void assertCutOff(String start) throws IOException {
    try (Socket socket = new Socket(server.uri().getHost(), server.port())) {
      socket.setSoTimeout((int) Http.GENEROUS.toMillis());
      socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
      long started = System.nanoTime();

      int read;
      try {
        read = socket.getInputStream().read();
      } catch (SocketException reset) {
        read = -1;
      }

      assertThat(read).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Http.READ_TIMEOUT.minusSeconds(1))
          .isLessThan(Http.GENEROUS);
    }
    // The cut-off client held no thread for good: the server still answers.
    assertThat(Http.get(server.uri().resolve("/health")).statusCode()).isEqualTo(200);
  }

  @Test
  void aFullQueueAnswers503WithRetryAfter() throws IOException {
    try (Socket busy = new Socket(server.uri().getHost(), server.port())) {
      busy.setSoTimeout((int) Http.GENEROUS.toMillis());
      OutputStream upload = busy.getOutputStream();
      upload.write(
          ("POST /v1/nps?score=score HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                  + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n8\r\nscore,x\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      upload.flush();
      Http.until(() -> server.busy() == 1);
      // Connected only once the upload holds the one worker: two connections opened together may
      // be handed to the worker in either order, and the queued one must not take it first.
      try (Socket queued = new Socket(server.uri().getHost(), server.port())) {
        queued.setSoTimeout((int) Http.GENEROUS.toMillis());
        queued
            .getOutputStream()
            .write(
                "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
        Http.until(() -> server.waiting() == 1);

        var refused = Http.get(server.uri().resolve("/health"));

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(JSON.readTree(refused.body()).get("detail").asText())
            .isEqualTo("the server is busy; its work queue is full");

        upload.write("4\r\n9,a\n\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        upload.flush();
        assertThat(Http.drain(busy.getInputStream())).startsWith("HTTP/1.1 200 ");
        assertThat(Http.drain(queued.getInputStream())).startsWith("HTTP/1.1 200 ");
      }
    }
  }

  @Test
  void aDefectAnswers500WithTheRequestIdAndNeitherTraceNorInput() throws IOException {
    var response = Http.get(server.uri().resolve("/fails"));

    assertThat(response.statusCode()).isEqualTo(500);
    String id = response.headers().firstValue("X-Request-Id").orElseThrow();
    var problem = JSON.readTree(response.body());
    assertThat(problem.get("requestId").asText()).isEqualTo(id);
    assertThat(problem.get("detail").asText())
        .isEqualTo("the server failed to answer; the log line of request " + id + " says why");
    assertThat(response.body())
        .doesNotContain("jane")
        .doesNotContain("IllegalState")
        .doesNotContain("\tat ");
  }
}
