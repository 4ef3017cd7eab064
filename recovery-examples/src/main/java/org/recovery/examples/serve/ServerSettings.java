package org.recovery.examples.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Objects;
import org.recovery.core.RecoveryPolicy;

/**
 * How a {@link RecoveryServer} listens, decides and protects itself. Immutable; start from {@link
 * #defaults()} and change what differs with the {@code withX} methods.
 *
 * @param bind the address to listen on (default {@code 127.0.0.1}, loopback only)
 * @param port the port (default 8080; 0 picks a free one)
 * @param policy the recovery policy every decision uses (default {@link RecoveryPolicy#defaults()})
 * @param threads how many requests are worked on at once (default: twice the cores, at least 4)
 * @param queue how many accepted requests may wait for a thread before new ones get 503 (default
 *     256)
 * @param maxBody the largest JSON request body, in bytes (default 1 MB)
 * @param maxUpload the largest survey export sent to {@code /v1/nps}, in bytes (default 1 GB)
 * @param readTimeout how long a client has to send a whole request, headers and body (default 60 s;
 *     whole seconds). The JDK server reads this once per process: the first server started in a JVM
 *     fixes it for every later one
 * @param responseTimeout how long the server has to answer once the client may have sent its
 *     request (default 30 s; whole seconds; per server): a request unanswered {@code readTimeout +
 *     responseTimeout} after its headers gets a 503 {@code timed-out} problem and its work is
 *     interrupted
 */
public record ServerSettings(
    InetAddress bind,
    int port,
    RecoveryPolicy policy,
    int threads,
    int queue,
    long maxBody,
    long maxUpload,
    Duration readTimeout,
    Duration responseTimeout) {

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException naming the setting, its value and the allowed range
   */
  public ServerSettings {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(responseTimeout, "responseTimeout");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0-65535 but was " + port);
    }
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be 1-1024 but was " + threads);
    }
    if (queue < 1) {
      throw new IllegalArgumentException("queue must be at least 1 but was " + queue);
    }
    if (maxBody < 1) {
      throw new IllegalArgumentException("maxBody must be at least 1 byte but was " + maxBody);
    }
    if (maxUpload < 1) {
      throw new IllegalArgumentException("maxUpload must be at least 1 byte but was " + maxUpload);
    }
    if (readTimeout.getSeconds() < 1) {
      throw new IllegalArgumentException(
          "readTimeout must be at least 1 second but was " + readTimeout);
    }
    if (responseTimeout.getSeconds() < 1) {
      throw new IllegalArgumentException(
          "responseTimeout must be at least 1 second but was " + responseTimeout);
    }
  }

  /**
   * Returns the defaults: loopback port 8080, the default policy, twice the cores in threads (at
   * least 4), a queue of 256, 1 MB bodies, 1 GB uploads, 60 s to read a request, 30 s to answer.
   *
   * @return the defaults
   */
  public static ServerSettings defaults() {
    try {
      return new ServerSettings(
          InetAddress.getByName("127.0.0.1"),
          8080,
          RecoveryPolicy.defaults(),
          Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
          256,
          1L << 20,
          1L << 30,
          Duration.ofSeconds(60),
          Duration.ofSeconds(30));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("127.0.0.1 is always an address", e);
    }
  }

  /**
   * Returns these settings listening on another address.
   *
   * @param bind the address
   * @return the settings
   */
  public ServerSettings withBind(InetAddress bind) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings on another port.
   *
   * @param port the port, 0 for any free one
   * @return the settings
   */
  public ServerSettings withPort(int port) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another policy.
   *
   * @param policy the policy
   * @return the settings
   */
  public ServerSettings withPolicy(RecoveryPolicy policy) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another number of worker threads.
   *
   * @param threads 1-1024
   * @return the settings
   */
  public ServerSettings withThreads(int threads) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another work queue capacity.
   *
   * @param queue at least 1
   * @return the settings
   */
  public ServerSettings withQueue(int queue) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another JSON body limit.
   *
   * @param maxBody in bytes
   * @return the settings
   */
  public ServerSettings withMaxBody(long maxBody) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another upload limit.
   *
   * @param maxUpload in bytes
   * @return the settings
   */
  public ServerSettings withMaxUpload(long maxUpload) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another read timeout.
   *
   * @param readTimeout whole seconds, at least 1
   * @return the settings
   */
  public ServerSettings withReadTimeout(Duration readTimeout) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }

  /**
   * Returns these settings with another response timeout.
   *
   * @param responseTimeout whole seconds, at least 1
   * @return the settings
   */
  public ServerSettings withResponseTimeout(Duration responseTimeout) {
    return new ServerSettings(
        bind, port, policy, threads, queue, maxBody, maxUpload, readTimeout, responseTimeout);
  }
}
