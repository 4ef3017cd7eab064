package org.recovery.examples.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.recovery.examples.serve.ConsoleLog;
import org.recovery.examples.serve.RecoveryServer;
import org.recovery.examples.serve.ServerSettings;

/**
 * A bounded load test of {@code POST /v1/decide} on loopback: a fixed number of keep-alive
 * connections, each sending the same decision request back to back for a fixed time after a
 * warm-up, or until a fixed request count; then it stops and prints requests per second, p50, p99
 * and max latency and the error count. A response is an error unless it is 200 with exactly the
 * plan {@code recovery decide} prints.
 *
 * <pre>
 * java -cp … org.recovery.examples.bench.ServeLoadBenchmark [--url http://127.0.0.1:8080]
 *     [--connections 16] [--warmup 5] [--seconds 30] [--requests 50000000] 2>/dev/null
 * </pre>
 *
 * <p>The server logs each request on stderr, as {@code recovery serve} does.
 *
 * <p>Without {@code --url} it starts a server in its own JVM on a free port, so the figures include
 * the load generator on the same cores, and the CPU time per request covers both. The client is a
 * plain socket per connection writing one prepared request and reading the response by its
 * Content-Length, so that it costs the machine as little as possible.
 */
public final class ServeLoadBenchmark {

  private ServeLoadBenchmark() {}

  /**
   * Runs the benchmark.
   *
   * @param args the options above
   * @throws Exception if the server cannot be started or reached
   */
  public static void main(String[] args) throws Exception {
    // Log each request as 'recovery serve' does, so the figures include the log's cost.
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", ConsoleLog.class.getName());
    }
    var options = Arrays.asList(args);
    int connections = Integer.parseInt(option(options, "--connections", "16"));
    Duration warmup = Duration.ofSeconds(Long.parseLong(option(options, "--warmup", "5")));
    Duration measured = Duration.ofSeconds(Long.parseLong(option(options, "--seconds", "30")));
    long maxRequests = Long.parseLong(option(options, "--requests", "50000000"));
    String url = option(options, "--url", "");
    RecoveryServer server = null;
    URI base;
    if (url.isEmpty()) {
      server = RecoveryServer.start(ServerSettings.defaults().withPort(0));
      base = server.uri();
    } else {
      base = URI.create(url);
    }
    try {
      byte[] body = DecideRequestSample.body();
      byte[] expected = DecideRequestSample.plan();
      byte[] request = request(base, body);
      run(base, request, expected, connections, warmup, Long.MAX_VALUE, "warm-up");
      run(base, request, expected, connections, measured, maxRequests, "measured");
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private static void run(
      URI base,
      byte[] request,
      byte[] expected,
      int connections,
      Duration length,
      long maxRequests,
      String label)
      throws InterruptedException {
    long deadline = System.nanoTime() + length.toNanos();
    var sent = new AtomicLong();
    var errors = new AtomicLong();
    var latencies = new CopyOnWriteArrayList<long[]>();
    for (int c = 0; c < connections; c++) {
      latencies.add(new long[0]);
    }
    var counts = new int[connections];
    var threads = new ArrayList<Thread>();
    for (int c = 0; c < connections; c++) {
      int index = c;
      Thread t =
          new Thread(
              () -> {
                try (Socket socket = new Socket()) {
                  socket.setTcpNoDelay(true);
                  socket.connect(new InetSocketAddress(base.getHost(), base.getPort()));
                  OutputStream out = socket.getOutputStream();
                  InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
                  int n = 0;
                  long[] mine = new long[1 << 16];
                  while (System.nanoTime() < deadline && sent.incrementAndGet() <= maxRequests) {
                    long start = System.nanoTime();
                    out.write(request);
                    out.flush();
                    if (!answered(in, expected)) {
                      errors.incrementAndGet();
                    }
                    if (n == mine.length) {
                      mine = Arrays.copyOf(mine, 2 * n);
                    }
                    mine[n++] = System.nanoTime() - start;
                  }
                  counts[index] = n;
                  latencies.set(index, mine);
                } catch (IOException e) {
                  errors.incrementAndGet();
                }
              },
              "load-" + c);
      threads.add(t);
    }
    var os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuBefore = os.getProcessCpuTime();
    long started = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long cpu = os.getProcessCpuTime() - cpuBefore;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int c = 0; c < connections; c++) {
      System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
      at += counts[c];
    }
    Arrays.sort(all);
    System.out.printf(
        Locale.ROOT,
        "%-8s %d connections, %.1f s: %,d requests, %,.0f requests/s, p50 %.2f ms, p99 %.2f ms,"
            + " max %.2f ms, %d errors; %.0f us of CPU per request (this JVM), load average"
            + " %.1f on %d cores%n",
        label,
        connections,
        seconds,
        total,
        total / seconds,
        percentile(all, 0.50),
        percentile(all, 0.99),
        total == 0 ? 0.0 : all[total - 1] / 1e6,
        errors.get(),
        total == 0 ? 0.0 : cpu / 1e3 / total,
        os.getSystemLoadAverage(),
        os.getAvailableProcessors());
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0.0;
    }
    int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
    return sorted[Math.max(0, index)] / 1e6;
  }

  /** Reads one response and tells whether it is 200 with exactly the expected body. */
  private static boolean answered(InputStream in, byte[] expected) throws IOException {
    var head = new StringBuilder();
    int last4 = 0;
    while (last4 != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed");
      }
      last4 = (last4 << 8) | b;
      head.append((char) b);
    }
    String headers = head.toString();
    int length = -1;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).equalsIgnoreCase("content-length")) {
        length = Integer.parseInt(line.substring(colon + 1).strip());
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length in " + headers.lines().findFirst().orElse(""));
    }
    byte[] body = in.readNBytes(length);
    return headers.startsWith("HTTP/1.1 200 ") && Arrays.equals(body, expected);
  }

  private static byte[] request(URI base, byte[] body) {
    String head =
        "POST /v1/decide HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\nContent-Type: application/json\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.US_ASCII);
    byte[] request = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, request, h.length, body.length);
    return request;
  }

  private static String option(List<String> options, String name, String fallback) {
    int i = options.indexOf(name);
    if (i < 0) {
      return fallback;
    }
    if (i + 1 >= options.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    return Objects.requireNonNull(options.get(i + 1));
  }
}
