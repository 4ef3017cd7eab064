package org.recovery.examples.serve;

/** {@code GET /health}: {@code {"status": "UP"}} while the server accepts work. */
final class Health implements Endpoint {
  @Override
  public Reply answer(Incoming request) {
    return Reply.json("{\"status\":\"UP\"}\n");
  }
}
