package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One request cannot hold the server past its time limit: the client gets a 503 problem, the work
 * on it is interrupted, and the only worker thread is free for the next request.
 */
class TimeLimitTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Counted down when the stuck route sees its interrupt. */
  private static final CountDownLatch INTERRUPTED = new CountDownLatch(1);

  private static RecoveryServer server;

  @BeforeAll
  static void start() throws IOException {
    var settings =
        Http.settings()
            .withThreads(1)
            .withReadTimeout(Duration.ofSeconds(1))
            .withResponseTimeout(Duration.ofSeconds(1));
    var routes = new ArrayList<>(RecoveryServer.routes(settings));
    routes.add(
        new Route(
            "GET",
            "/stuck",
            request -> {
              try {
                Thread.sleep(Http.GENEROUS.toMillis());
              } catch (InterruptedException e) {
                INTERRUPTED.countDown();
              }
              return new Reply("text/plain", new byte[0], List.of());
            }));
    server = RecoveryServer.start(settings, List.copyOf(routes));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void aRequestPastTheLimitIsAnsweredWithAProblemAndItsWorkIsStopped() throws Exception {
    var response = Http.get(server.uri().resolve("/stuck"));

    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
    var problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:recovery:problem:timed-out");
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("detail").asText())
        .isEqualTo("the request took longer than the server's limit of 2 s");
    assertThat(problem.get("requestId").asText())
        .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    assertThat(INTERRUPTED.await(Http.GENEROUS.toSeconds(), TimeUnit.SECONDS)).isTrue();

    // The single worker thread is free again, without the interrupt.
    assertThat(Http.get(server.uri().resolve("/health")).statusCode()).isEqualTo(200);
    assertThat(Http.get(server.uri().resolve("/health")).body()).isEqualTo("{\"status\":\"UP\"}\n");
  }
}
