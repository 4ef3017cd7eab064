package org.recovery.examples.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.json.PolicyJson;
import org.recovery.examples.serve.ByteSize;
import org.recovery.examples.serve.ConsoleLog;
import org.recovery.examples.serve.RecoveryServer;
import org.recovery.examples.serve.ServerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recovery serve}: the policy, letters, checker and NPS over HTTP until SIGTERM or SIGINT,
 * which stop it accepting work, let requests in flight finish (at most 10 s) and exit 0.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Answer decide, letter, check and nps over HTTP.",
    description = {
      "Serve the policy, letters, checker and NPS over HTTP for hosts not on the JVM:",
      "POST /v1/decide, /v1/letter, /v1/check, /v1/nps; GET /health, /openapi.json.",
      "Prints one line on stderr when ready; SIGTERM or SIGINT stop it gracefully."
    })
final class ServeCommand implements Callable<Integer> {

  private static final String NO_LOG = "org.slf4j.helpers.NOP_FallbackServiceProvider";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "The port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = "127.0.0.1";

  @Option(
      names = "--policy",
      paramLabel = "POLICY.json",
      description = "The recovery policy, as JSON (default: the built-in default policy).")
  @Nullable Path policy;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "How many requests are worked on at once (default: twice the cores, >= 4).")
  @Nullable Integer threads;

  @Option(
      names = "--queue",
      paramLabel = "N",
      description = "How many requests may wait for a thread before 503 (default: 256).")
  @Nullable Integer queue;

  @Option(
      names = "--max-body",
      paramLabel = "SIZE",
      description = "The largest JSON request body, e.g. 512KB (default: ${DEFAULT-VALUE}).")
  String maxBody = "1MB";

  @Option(
      names = "--max-upload",
      paramLabel = "SIZE",
      description = "The largest export sent to /v1/nps, e.g. 2GB (default: ${DEFAULT-VALUE}).")
  String maxUpload = "1GB";

  @Option(
      names = "--read-timeout",
      paramLabel = "SECONDS",
      description =
          "How long a client has to send a whole request, headers and body"
              + " (default: ${DEFAULT-VALUE}).")
  int readTimeout = 60;

  @Option(
      names = "--response-timeout",
      paramLabel = "SECONDS",
      description =
          "How long the server has to answer once a request may have been sent; a request"
              + " still unanswered after --read-timeout plus this gets 503 (default: ${DEFAULT-VALUE}).")
  int responseTimeout = 30;

  @Spec @Nullable CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    accessLog();
    var commandLine = Objects.requireNonNull(spec, "spec").commandLine();
    ServerSettings settings = settings(commandLine);
    RecoveryServer server = RecoveryServer.start(settings);
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                  // A JVM ended by a signal exits 128 + the signal; a graceful stop is a success.
                  Runtime.getRuntime().halt(RecoveryCommand.OK);
                },
                "recovery-serve-stop"));
    var err = commandLine.getErr();
    err.println("recovery serve: listening on " + server.uri());
    err.flush();
    stopped.await();
    return RecoveryCommand.OK;
  }

  /**
   * The other commands log nothing; a server logs one line per request. Unless the operator chose
   * an slf4j provider, use the server's own stderr log. This must happen before any class asks
   * slf4j for a logger.
   */
  private static void accessLog() {
    if (NO_LOG.equals(System.getProperty("slf4j.provider"))) {
      System.setProperty("slf4j.provider", ConsoleLog.class.getName());
    }
  }

  private ServerSettings settings(CommandLine commandLine) {
    var settings = ServerSettings.defaults();
    try {
      settings =
          settings
              .withBind(InetAddress.getByName(bind))
              .withPort(port)
              .withMaxBody(size("--max-body", maxBody, commandLine))
              .withMaxUpload(size("--max-upload", maxUpload, commandLine))
              .withReadTimeout(Duration.ofSeconds(readTimeout))
              .withResponseTimeout(Duration.ofSeconds(responseTimeout));
      if (threads != null) {
        settings = settings.withThreads(threads);
      }
      if (queue != null) {
        settings = settings.withQueue(queue);
      }
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(
          commandLine, "--bind must be an address of this machine but was '" + bind + "'", e);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, option(e.getMessage()), e);
    }
    if (policy != null) {
      RecoveryPolicy p = InputFiles.parse(policy, PolicyJson.defaults()::read);
      settings = settings.withPolicy(p);
    }
    return settings;
  }

  private static long size(String option, String value, CommandLine commandLine) {
    try {
      return ByteSize.parse(value);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(commandLine, option + ": " + e.getMessage(), e);
    }
  }

  /** Names a setting as the option that sets it. */
  private static String option(String message) {
    return message
        .replaceFirst("^port ", "--port ")
        .replaceFirst("^threads ", "--threads ")
        .replaceFirst("^queue ", "--queue ")
        .replaceFirst("^readTimeout ", "--read-timeout ")
        .replaceFirst("^responseTimeout ", "--response-timeout ");
  }
}
