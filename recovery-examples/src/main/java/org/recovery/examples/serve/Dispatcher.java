package org.recovery.examples.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes every request to its endpoint, turns every failure into a problem response, and logs one
 * line per request: method, path, status, milliseconds and request id. Never a query, a header,
 * anything from the body or a path the server does not know, so no customer's personal data reaches
 * the log.
 */
final class Dispatcher implements HttpHandler {

  private static final Logger LOG = LoggerFactory.getLogger(RecoveryServer.class);

  /** The status logged when the client went away before it could be answered. */
  private static final int CLIENT_GONE = 499;

  /** What {@link #answer} returns when the time limit answered the request instead. */
  private static final int ANSWERED_BY_DEADLINE = -1;

  /** How much of a refused body is read and discarded so its client can read the 413. */
  private static final long SWALLOW = 4L << 20;

  /** The methods logged by name; any other is logged as {@code OTHER}. */
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT");

  private final List<Route> routes;
  private final Set<String> paths;
  private final Limits limits;
  private final Duration timeLimit;
  private final ScheduledExecutorService deadlines;
  private final AtomicInteger inFlight = new AtomicInteger();
  private volatile boolean draining;

  /**
   * Creates a dispatcher.
   *
   * @param routes what to answer
   * @param limits the body limits
   * @param timeLimit how long one request may take from its headers to its answer (the time its
   *     client may take to send it plus the time to answer it); past it the client gets a 503
   *     problem and the worker is interrupted
   */
  Dispatcher(List<Route> routes, Limits limits, Duration timeLimit) {
    this.routes = List.copyOf(routes);
    this.paths = routes.stream().map(Route::path).collect(Collectors.toUnmodifiableSet());
    this.limits = limits;
    this.timeLimit = timeLimit;
    this.deadlines =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              var thread = new Thread(task, "recovery-serve-deadlines");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Stops watching time limits; called once the server has stopped. */
  void shutdown() {
    deadlines.shutdownNow();
  }

  /** Answers every later request with 503 and {@code Connection: close}. */
  void drain() {
    draining = true;
  }

  /** Returns how many requests are being answered right now. */
  int inFlight() {
    return inFlight.get();
  }

  @Override
  public void handle(HttpExchange exchange) {
    long started = System.nanoTime();
    String requestId = requestId();
    inFlight.incrementAndGet();
    var deadline = new Deadline();
    ScheduledFuture<?> watch =
        deadlines.schedule(
            () -> expire(exchange, requestId, deadline, started),
            timeLimit.toMillis(),
            TimeUnit.MILLISECONDS);
    int status = CLIENT_GONE;
    try {
      status = answer(exchange, requestId, deadline);
    } finally {
      watch.cancel(false);
      deadline.workerDone();
      inFlight.decrementAndGet();
      if (status != ANSWERED_BY_DEADLINE) {
        exchange.close();
        log(exchange, status, started, requestId);
      }
    }
  }

  /** Answers a request that outlived the time limit, unless its worker answered first. */
  private void expire(HttpExchange exchange, String requestId, Deadline deadline, long started) {
    if (!deadline.claim()) {
      return;
    }
    int status = CLIENT_GONE;
    try {
      status =
          problem(
              exchange,
              requestId,
              new Problem(
                  ProblemKind.TIMED_OUT,
                  "the request took longer than the server's limit of "
                      + timeLimit.toSeconds()
                      + " s"),
              Map.of("Retry-After", "1", "Connection", "close"));
    } catch (IOException e) {
      // The client is gone; there is nobody to answer.
    } finally {
      exchange.close();
      deadline.interruptWorker();
      log(exchange, status, started, requestId);
    }
  }

  private void log(HttpExchange exchange, int status, long started, String requestId) {
    LOG.info(
        "{} {} {} {}ms id={}",
        logged(exchange.getRequestMethod(), METHODS),
        logged(exchange.getRequestURI().getRawPath(), paths),
        status,
        (System.nanoTime() - started) / 1_000_000,
        requestId);
  }

  private int answer(HttpExchange exchange, String requestId, Deadline deadline) {
    try {
      try {
        Reply reply = route(exchange);
        if (!deadline.claim()) {
          return ANSWERED_BY_DEADLINE;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", reply.mediaType());
        headers.set("X-Request-Id", requestId);
        for (String warning : reply.warnings()) {
          headers.add("Warning", "299 recovery \"" + headerSafe(warning) + "\"");
        }
        send(exchange, 200, reply.body());
        return 200;
      } catch (ProblemException e) {
        if (!deadline.claim()) {
          return ANSWERED_BY_DEADLINE;
        }
        if (e.problem().kind() == ProblemKind.BODY_TOO_LARGE) {
          swallow(exchange);
        }
        return problem(exchange, requestId, e.problem(), e.headers());
      } catch (RuntimeException e) {
        if (!deadline.claim()) {
          // Interrupted or cut off by the time limit, which has answered already.
          return ANSWERED_BY_DEADLINE;
        }
        // The message may quote the request; the log gets the type and the frames only.
        var scrubbed = new RuntimeException(e.getClass().getName());
        scrubbed.setStackTrace(e.getStackTrace());
        LOG.error("request {} failed", requestId, scrubbed);
        return problem(
            exchange,
            requestId,
            new Problem(
                ProblemKind.INTERNAL,
                "the server failed to answer; the log line of request " + requestId + " says why"),
            Map.of());
      }
    } catch (IOException e) {
      return deadline.claim() ? CLIENT_GONE : ANSWERED_BY_DEADLINE;
    }
  }

  private Reply route(HttpExchange exchange) {
    if (draining || WorkQueue.overflowing()) {
      throw new ProblemException(
          ProblemKind.OVERLOADED,
          draining ? "the server is stopping" : "the server is busy; its work queue is full",
          Map.of("Retry-After", "1", "Connection", "close"));
    }
    String path = exchange.getRequestURI().getRawPath();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    var allowed = new TreeSet<String>();
    for (Route route : routes) {
      if (route.path().equals(path)) {
        if (route.method().equals(method)) {
          return route
              .endpoint()
              .answer(new Incoming(exchange, route.endpoint().parameters(), limits));
        }
        allowed.add(route.method());
      }
    }
    if (allowed.isEmpty()) {
      throw new ProblemException(
          ProblemKind.NOT_FOUND,
          "no endpoint at " + path + "; see /openapi.json for the endpoints");
    }
    throw new ProblemException(
        ProblemKind.METHOD_NOT_ALLOWED,
        path + " answers " + String.join(", ", allowed) + ", not " + method,
        Map.of("Allow", String.join(", ", allowed)));
  }

  private static int problem(
      HttpExchange exchange, String requestId, Problem problem, Map<String, String> extra)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.clear();
    headers.set("Content-Type", "application/problem+json");
    headers.set("X-Request-Id", requestId);
    extra.forEach(headers::set);
    send(
        exchange,
        problem.kind().status(),
        problem.toJson(requestId).getBytes(StandardCharsets.UTF_8));
    return problem.kind().status();
  }

  /**
   * Reads and discards up to {@link #SWALLOW} more bytes of a refused body. A client still sending
   * reads no answer until it has sent; closing the connection on unread bytes makes the kernel
   * reset it, and the reset can destroy the answer before the client sees it. Past the allowance
   * the connection is closed anyway.
   */
  private static void swallow(HttpExchange exchange) {
    InputStream rest = exchange.getRequestBody();
    try {
      long left = SWALLOW;
      byte[] buffer = new byte[8192];
      int n;
      while (left > 0 && (n = rest.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
        left -= n;
      }
    } catch (IOException e) {
      // The client is gone; there is nobody to answer.
    }
  }

  private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Keeps a header value to printable ASCII, so it can never split or corrupt the headers. */
  private static String headerSafe(String text) {
    var out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '?');
    }
    return out.toString();
  }

  /**
   * Returns a method or path for the log: itself when it is one the server knows, else {@code
   * OTHER}. The client chooses both, and a path such as {@code /jane@example.com} must not reach
   * the log.
   */
  private static String logged(String value, Set<String> known) {
    return known.contains(value) ? value : "OTHER";
  }

  private static String requestId() {
    return String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong());
  }
}
