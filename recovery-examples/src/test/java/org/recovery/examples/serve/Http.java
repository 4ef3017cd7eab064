package org.recovery.examples.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.recovery.examples.cli.RecoveryCommand;

/** What the server tests share: a client, the settings every test server starts from, samples. */
final class Http {

  /**
   * The JDK server fixes its read timeout once per process, so every test server uses this one:
   * long enough for a loaded machine, short enough for the slow-client tests.
   */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

  static final Duration GENEROUS = Duration.ofSeconds(60);

  static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(GENEROUS).build();

  private Http() {}

  /** Returns the settings of a test server: a free loopback port and the test read timeout. */
  static ServerSettings settings() {
    return ServerSettings.defaults().withPort(0).withReadTimeout(READ_TIMEOUT);
  }

  static HttpResponse<String> post(URI uri, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(GENEROUS)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build());
  }

  static HttpResponse<String> post(URI uri, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri)
            .timeout(GENEROUS)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  static HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).timeout(GENEROUS).GET().build());
  }

  static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Returns {@code {"complaint": …, "history": …}} for a demo case, e.g. {@code 1-broken-item}. */
  static String decisionBody(String demoCase) {
    return "{\"complaint\": "
        + sample(demoCase + ".json")
        + ",\n \"history\": "
        + sample(demoCase + ".history.json")
        + "}";
  }

  /** Returns a shipped demo sample's text. */
  static String sample(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            Http.class.getResourceAsStream("/org/recovery/examples/demo/" + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies a shipped demo sample into a directory, as a command-line user would have it. */
  static Path copy(Path dir, String name) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, sample(name), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs the command line in-process and returns what it printed on stdout. */
  static String cli(String... args) {
    var out = new StringWriter();
    var err = new StringWriter();
    int code = RecoveryCommand.execute(new PrintWriter(out), new PrintWriter(err), false, args);
    if (code != RecoveryCommand.OK) {
      throw new IllegalStateException("recovery exited " + code + ": " + err);
    }
    return out.toString();
  }

  /**
   * Waits until a condition holds, polling, for at most {@link #GENEROUS}.
   *
   * @param condition the condition
   * @throws AssertionError if it never holds
   */
  static void until(BooleanSupplier condition) {
    long deadline = System.nanoTime() + GENEROUS.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the condition did not hold within " + GENEROUS);
      }
      LockSupport.parkNanos(5_000_000);
    }
  }

  /** Reads what is left on a stream, for raw-socket tests. */
  static String drain(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
