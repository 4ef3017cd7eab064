package org.recovery.examples.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A successful answer: status 200, a media type, the body and any extra headers.
 *
 * @param mediaType the Content-Type
 * @param body the body
 * @param warnings lines for {@code Warning} headers, one per warning
 */
record Reply(String mediaType, byte[] body, List<String> warnings) {

  Reply {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(body, "body");
    warnings = List.copyOf(warnings);
  }

  /**
   * Answers with JSON text.
   *
   * @param json the document, ending with a line end
   * @return the reply
   */
  static Reply json(String json) {
    return new Reply("application/json", json.getBytes(StandardCharsets.UTF_8), List.of());
  }
}
