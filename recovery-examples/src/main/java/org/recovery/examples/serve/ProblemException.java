package org.recovery.examples.serve;

import java.util.Map;

/**
 * Ends a request with a problem response. Thrown by the endpoints for anything the client can fix;
 * carries the extra response headers the status calls for ({@code Allow}, {@code Retry-After}).
 */
final class ProblemException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Problem problem;
  private final transient Map<String, String> headers;

  ProblemException(ProblemKind kind, String detail) {
    this(kind, detail, Map.of());
  }

  ProblemException(ProblemKind kind, String detail, Map<String, String> headers) {
    super(detail, null, false, false);
    this.problem = new Problem(kind, detail);
    this.headers = Map.copyOf(headers);
  }

  /** Returns the problem to answer with. */
  Problem problem() {
    return problem;
  }

  /** Returns the extra response headers, by name. */
  Map<String, String> headers() {
    return headers;
  }
}
