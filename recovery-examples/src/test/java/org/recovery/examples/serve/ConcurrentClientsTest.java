package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConcurrentClientsTest {

  private static final List<String> CASES =
      List.of(
          "1-broken-item",
          "2-wrong-size",
          "3-usage-difficulty",
          "4-poor-quality",
          "5-third-incident",
          "6-angry-review");

  private static RecoveryServer server;

  @BeforeAll
  static void start() throws IOException {
    server = RecoveryServer.start(Http.settings());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void sixteenClientsGetExactlyTheSingleThreadedAnswers() throws Exception {
    // given the answers one client gets, one request at a time
    var expected = new ArrayList<String>();
    for (String demoCase : CASES) {
      expected.add(decide(demoCase).body());
      expected.add(letter(demoCase).body());
    }

    // when 16 clients send 500 requests each at once
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      var results = new ArrayList<Future<List<String>>>();
      for (int c = 0; c < 16; c++) {
        int client = c;
        results.add(
            clients.submit(
                () -> {
                  var mismatches = new ArrayList<String>();
                  for (int i = 0; i < 500; i++) {
                    int pick = (client + i) % (2 * CASES.size());
                    String demoCase = CASES.get(pick / 2);
                    var response = pick % 2 == 0 ? decide(demoCase) : letter(demoCase);
                    if (response.statusCode() != 200
                        || !response.body().equals(expected.get(pick))) {
                      mismatches.add(
                          "client " + client + " request " + i + ": " + response.statusCode());
                    }
                  }
                  return mismatches;
                }));
      }

      // then every answer is the single-threaded one
      for (Future<List<String>> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEmpty();
      }
    } finally {
      clients.shutdownNow();
    }
  }

  private static HttpResponse<String> decide(String demoCase) {
    return Http.post(
        server.uri().resolve("/v1/decide"), "application/json", Http.decisionBody(demoCase));
  }

  private static HttpResponse<String> letter(String demoCase) {
    return Http.post(
        server.uri().resolve("/v1/letter?also=en&format=html"),
        "application/json",
        Http.decisionBody(demoCase));
  }
}
