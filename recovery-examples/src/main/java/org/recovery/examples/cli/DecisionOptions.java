package org.recovery.examples.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.RecoveryPolicy;
import org.recovery.core.json.PolicyJson;
import org.recovery.core.json.RecoveryJson;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs of a decision, shared by {@code decide} and {@code letter}. */
final class DecisionOptions {

  @Parameters(
      index = "0",
      paramLabel = "COMPLAINT.json",
      description = "The complaint, as JSON (see the README for the shape).")
  @Nullable Path complaint;

  @Option(
      names = "--history",
      paramLabel = "HISTORY.json",
      description = "The customer's earlier incidents, as JSON (default: none, a first complaint).")
  @Nullable Path history;

  @Option(
      names = "--policy",
      paramLabel = "POLICY.json",
      description = "The recovery policy, as JSON (default: the built-in default policy).")
  @Nullable Path policy;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      converter = InstantConverter.class,
      description =
          "When the decision is made, e.g. 2026-11-20T10:20:00Z (default: when the complaint was"
              + " received, so the same files always give the same plan).")
  @Nullable Instant now;

  /**
   * Reads the files and decides.
   *
   * @return the complaint, its history and the plan
   * @throws UnusableInputException naming the file and the problem if a file cannot be used
   */
  Decision decide() {
    var json = RecoveryJson.defaults();
    Complaint c = InputFiles.parse(Objects.requireNonNull(complaint), json::readComplaint);
    Optional<CustomerHistory> h =
        history == null
            ? Optional.empty()
            : Optional.of(InputFiles.parse(history, json::readHistory));
    RecoveryPolicy p =
        policy == null
            ? RecoveryPolicy.defaults()
            : InputFiles.parse(policy, PolicyJson.defaults()::read);
    try {
      return Decision.of(p, c, h, Optional.ofNullable(now));
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(history + ": " + e.getMessage(), e);
    }
  }
}
