package org.recovery.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.json.RecoveryJson;
import org.recovery.examples.cli.Decision;

/**
 * The decision request the load benchmark sends: the demo's third incident of one customer, with
 * the history, and the plan {@code recovery decide} prints for it.
 */
final class DecideRequestSample {

  private static final String DEMO = "/org/recovery/examples/demo/";

  private DecideRequestSample() {}

  /** Returns the body of the request, {@code {"complaint": …, "history": …}}, as UTF-8. */
  static byte[] body() {
    return ("{\"complaint\": "
            + resource("5-third-incident.json")
            + ", \"history\": "
            + resource("5-third-incident.history.json")
            + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the plan the server must answer with, as UTF-8. */
  static byte[] plan() {
    var json = RecoveryJson.defaults();
    var complaint = json.readComplaint(resource("5-third-incident.json"));
    var history = json.readHistory(resource("5-third-incident.history.json"));
    return Decision.of(RecoveryPolicy.defaults(), complaint, Optional.of(history), Optional.empty())
        .planJson()
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(DecideRequestSample.class.getResourceAsStream(DEMO + name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
