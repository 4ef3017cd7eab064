package org.recovery.examples.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The policy, letters, checker and NPS over HTTP, for hosts not on the JVM: {@code POST
 * /v1/decide}, {@code /v1/letter}, {@code /v1/check}, {@code /v1/nps}, {@code GET /health} and
 * {@code GET /openapi.json}. Answers are byte for byte what the command line prints; every error is
 * an RFC 9457 problem.
 *
 * <pre>{@code
 * try (RecoveryServer server = RecoveryServer.start(ServerSettings.defaults().withPort(0))) {
 *   URI base = server.uri();   // http://127.0.0.1:PORT
 * }
 * }</pre>
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}. Thread-safe; {@link #close()} stops it.
 */
public final class RecoveryServer implements AutoCloseable {

  /** How long {@link #close()} lets requests in flight finish. */
  public static final Duration GRACE = Duration.ofSeconds(10);

  private final HttpServer server;
  private final Dispatcher dispatcher;
  private final WorkQueue work;
  private final ServerSettings settings;

  private RecoveryServer(
      HttpServer server, Dispatcher dispatcher, WorkQueue work, ServerSettings settings) {
    this.server = server;
    this.dispatcher = dispatcher;
    this.work = work;
    this.settings = settings;
  }

  /**
   * Starts a server; it answers from the moment this returns.
   *
   * @param settings where to listen and which limits to keep
   * @return the running server
   * @throws IOException if the address cannot be bound (in use, not local, not permitted)
   */
  public static RecoveryServer start(ServerSettings settings) throws IOException {
    return start(settings, routes(settings));
  }

  /**
   * Returns every route the server answers.
   *
   * @param settings the settings, whose policy the decisions use
   * @return the routes
   */
  static List<Route> routes(ServerSettings settings) {
    return List.of(
        new Route("POST", "/v1/decide", new DecideEndpoint(settings.policy())),
        new Route("POST", "/v1/letter", new LetterEndpoint(settings.policy())),
        new Route("POST", "/v1/check", new CheckEndpoint()),
        new Route("POST", "/v1/nps", new NpsEndpoint()),
        new Route("GET", "/health", new Health()),
        new Route("GET", "/openapi.json", new OpenApiDocument()));
  }

  /**
   * Starts a server that answers the given routes.
   *
   * @param settings where to listen and which limits to keep
   * @param routes what to answer
   * @return the running server
   * @throws IOException if the address cannot be bound
   */
  static RecoveryServer start(ServerSettings settings, List<Route> routes) throws IOException {
    timeouts(settings);
    var dispatcher =
        new Dispatcher(
            routes,
            new Limits(settings.maxBody(), settings.maxUpload()),
            settings.readTimeout().plus(settings.responseTimeout()));
    var work = new WorkQueue(settings.threads(), settings.queue());
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(settings.bind(), settings.port()), 1024);
    } catch (IOException e) {
      work.shutdown(0);
      throw e;
    }
    server.createContext("/", dispatcher);
    server.setExecutor(work);
    server.start();
    return new RecoveryServer(server, dispatcher, work, settings);
  }

  /**
   * Returns the port the server listens on; the real one when started with port 0.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Returns the server's base address, e.g. {@code http://127.0.0.1:8080}.
   *
   * @return the address
   */
  public URI uri() {
    var address = settings.bind();
    String host =
        address instanceof Inet6Address
            ? "[" + address.getHostAddress() + "]"
            : address.getHostAddress();
    return URI.create("http://" + host + ":" + port());
  }

  /**
   * Stops the server: later requests get 503, requests in flight get up to {@code grace} to finish,
   * then the port is closed.
   *
   * @param grace how long to wait for requests in flight
   */
  public void stop(Duration grace) {
    dispatcher.drain();
    long deadline = System.nanoTime() + grace.toNanos();
    try {
      while (dispatcher.inFlight() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      server.stop(0);
      work.shutdown(Math.max(0, (deadline - System.nanoTime()) / 1_000_000));
    } catch (InterruptedException e) {
      server.stop(0);
      Thread.currentThread().interrupt();
    } finally {
      dispatcher.shutdown();
    }
  }

  /** Stops the server, letting requests in flight finish for up to {@link #GRACE}. */
  @Override
  public void close() {
    stop(GRACE);
  }

  /** Returns how many worker threads are answering a request right now (for tests). */
  int busy() {
    return work.busy();
  }

  /** Returns how many accepted requests wait for a worker thread (for tests). */
  int waiting() {
    return work.waiting();
  }

  /**
   * The JDK server reads its request and response time limits and its socket options from system
   * properties, once per process; set them unless the operator already has.
   */
  private static void timeouts(ServerSettings settings) {
    // Headers and body leave in separate writes; without this, Nagle's algorithm meets the
    // client's delayed acknowledgement and every keep-alive answer waits tens of milliseconds.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty(
          "sun.net.httpserver.maxReqTime", Long.toString(settings.readTimeout().getSeconds()));
    }
    // Each request's own time limit answers with a problem (see Dispatcher); the JDK's limit, which
    // only closes the connection, stays as a backstop well behind it.
    if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
      System.setProperty(
          "sun.net.httpserver.maxRspTime",
          Long.toString(settings.responseTimeout().getSeconds() + 10));
    }
  }
}
