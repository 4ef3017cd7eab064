package org.recovery.examples.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 document that describes every endpoint, body and
 * error, shipped as a resource beside this class.
 */
final class OpenApiDocument implements Endpoint {

  private final byte[] document;

  OpenApiDocument() {
    try (InputStream in =
        Objects.requireNonNull(
            OpenApiDocument.class.getResourceAsStream("openapi.json"), "openapi.json resource")) {
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Reply answer(Incoming request) {
    return new Reply("application/json", document, List.of());
  }
}
