package org.recovery.examples.serve;

/** The kinds of error the server answers with, each with its RFC 9457 type, title and status. */
enum ProblemKind {
  /** The body is not well-formed JSON or breaks the wire contract; the detail locates it. */
  INVALID_BODY("invalid-body", "The request body cannot be used", 400),
  /** A query parameter is missing, unknown or has a value out of range. */
  INVALID_PARAMETER("invalid-parameter", "A query parameter cannot be used", 400),
  /** No endpoint has this path. */
  NOT_FOUND("not-found", "No such endpoint", 404),
  /** The endpoint exists but not for this method; the response names the allowed ones. */
  METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
  /** The request neither gives a Content-Length nor is chunked. */
  LENGTH_REQUIRED("length-required", "Length required", 411),
  /** The body is larger than the endpoint accepts. */
  BODY_TOO_LARGE("body-too-large", "Request body too large", 413),
  /** The body's media type is not one the endpoint reads. */
  UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
  /** The server is stopping or its work queue is full; retry after the Retry-After seconds. */
  OVERLOADED("overloaded", "Service unavailable", 503),
  /** The request took longer than the server's time limit; it was stopped. */
  TIMED_OUT("timed-out", "The request took too long", 503),
  /** A defect in the server; the log line with the request id holds the details. */
  INTERNAL("internal", "Internal server error", 500);

  private final String slug;
  private final String title;
  private final int status;

  ProblemKind(String slug, String title, int status) {
    this.slug = slug;
    this.title = title;
    this.status = status;
  }

  /** Returns the problem type URI, e.g. {@code urn:recovery:problem:invalid-body}. */
  String type() {
    return "urn:recovery:problem:" + slug;
  }

  /** Returns the short, fixed summary of the kind. */
  String title() {
    return title;
  }

  /** Returns the HTTP status. */
  int status() {
    return status;
  }
}
