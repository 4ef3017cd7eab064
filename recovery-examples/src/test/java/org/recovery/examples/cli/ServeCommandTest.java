package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServeCommandTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--port|70000|--port must be 0-65535 but was 70000",
        "--threads|0|--threads must be 1-1024 but was 0",
        "--max-body|1XB|--max-body: expected a size like 1MB, 512KB, 1GB or a number of bytes but"
            + " was '1XB'",
        "--read-timeout|0|--read-timeout must be at least 1 second but was PT0S",
        "--bind|no-such-host.invalid|--bind must be an address of this machine but was"
            + " 'no-such-host.invalid'"
      })
  void badOptionsExitTwoNamingTheOption(String option, String value, String message) {
    var run = CommandRun.of("serve", option, value);

    assertThat(run.exitCode()).isEqualTo(RecoveryCommand.UNUSABLE);
    assertThat(run.err())
        .isEqualTo("recovery serve: " + message + " (see 'recovery serve --help')\n");
  }

  @Test
  void anUnusablePolicyFileExitsTwoNamingTheFile() throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"nope\": 1}");

    var run = CommandRun.of("serve", "--policy", policy.toString());

    assertThat(run.exitCode()).isEqualTo(RecoveryCommand.UNUSABLE);
    assertThat(run.err()).startsWith("recovery serve: " + policy + ": $.nope: unknown field");
  }

  @Test
  void aRealProcessSaysWhenItListensAndStopsCleanlyOnSigterm() throws Exception {
    var process =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    RecoveryCommand.class.getName(),
                    "serve",
                    "--port",
                    "0"))
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try {
      var err =
          new BufferedReader(
              new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
      String ready = err.readLine();
      assertThat(ready).matches("recovery serve: listening on http://127\\.0\\.0\\.1:\\d+");
      URI base = URI.create(ready.substring(ready.indexOf("http://")));

      var health =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base.resolve("/health"))
                      .timeout(Duration.ofSeconds(60))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}\n");

      process.destroy(); // SIGTERM

      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
    } finally {
      process.destroyForcibly();
    }
  }
}
