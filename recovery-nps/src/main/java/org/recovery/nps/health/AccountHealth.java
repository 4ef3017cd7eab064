package org.recovery.nps.health;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.recovery.nps.SurveyResponse;

/**
 * Classifies accounts by their latest survey response: RED (a detractor, to escalate to an owner),
 * YELLOW (a passive), GREEN (a promoter, to ask for a reference or a review). The latest response
 * is the one with the latest timestamp, then the later line; responses without a timestamp count as
 * older than any with one.
 *
 * <p>Cut-offs default to the scale's groups (red at most 6, green at least 9 on 0-10) and can be
 * moved, for example to escalate 7s too. Immutable and thread-safe; the {@link Tally} it creates is
 * not.
 *
 * <pre>{@code
 * AccountHealth health = AccountHealth.defaults();
 * AccountHealth.Tally tally = health.tally();
 * SurveyReader.builder().scoreColumn("score").respondentColumn("account")
 *     .onResponse(tally::add).build().read(path);
 * AccountHealthReport report = tally.report();
 * }</pre>
 */
public final class AccountHealth {
  private final int redAtMost;
  private final int greenAtLeast;
  private final Function<SurveyResponse, Optional<String>> accountKey;

  AccountHealth(
      int redAtMost, int greenAtLeast, Function<SurveyResponse, Optional<String>> accountKey) {
    this.redAtMost = redAtMost;
    this.greenAtLeast = greenAtLeast;
    this.accountKey = accountKey;
  }

  /**
   * Returns the default classification: red 0-6, yellow 7-8, green 9-10, accounts keyed by
   * respondent id.
   *
   * @return the defaults
   */
  public static AccountHealth defaults() {
    return builder().build();
  }

  /**
   * Starts a builder holding the defaults.
   *
   * @return a new builder
   */
  public static AccountHealthBuilder builder() {
    return new AccountHealthBuilder();
  }

  /**
   * Classifies one score.
   *
   * @param score a score
   * @return RED at or below the red cut-off, GREEN at or above the green one, else YELLOW
   */
  public HealthStatus classify(int score) {
    if (score <= redAtMost) {
      return HealthStatus.RED;
    }
    return score >= greenAtLeast ? HealthStatus.GREEN : HealthStatus.YELLOW;
  }

  /**
   * Creates an empty tally that collects responses (register {@code tally::add} as a reader's
   * response listener).
   *
   * @return a new tally
   */
  public Tally tally() {
    return new Tally();
  }

  /**
   * Assesses a set of responses.
   *
   * @param responses the responses, in any order
   * @return the report
   */
  public AccountHealthReport assess(Iterable<SurveyResponse> responses) {
    Tally tally = tally();
    responses.forEach(tally::add);
    return tally.report();
  }

  /** Collects the latest response per account; keeps one entry per account; not thread-safe. */
  public final class Tally {
    private final Map<String, Latest> latest = new HashMap<>();
    private long withoutAccount;

    private Tally() {}

    /**
     * Adds a response.
     *
     * @param response the response
     */
    public void add(SurveyResponse response) {
      Optional<String> id = accountKey.apply(response);
      if (id.isEmpty() || id.get().isBlank()) {
        withoutAccount++;
        return;
      }
      latest.merge(id.get(), new Latest(response, 1), Latest::combine);
    }

    /**
     * Adds another tally's responses to this one.
     *
     * @param other a tally of the same classification
     * @return this tally
     */
    public Tally merge(Tally other) {
      other.latest.forEach((k, v) -> latest.merge(k, v, Latest::combine));
      withoutAccount += other.withoutAccount;
      return this;
    }

    /**
     * Builds the report of the responses so far.
     *
     * @return the report
     */
    public AccountHealthReport report() {
      List<AccountHealthStatus> accounts = new ArrayList<>();
      for (Map.Entry<String, Latest> e : latest.entrySet()) {
        SurveyResponse r = e.getValue().response;
        accounts.add(
            new AccountHealthStatus(
                e.getKey(),
                classify(r.score()),
                r.score(),
                r.submittedAt(),
                r.line(),
                e.getValue().count));
      }
      accounts.sort(Comparator.comparing(AccountHealthStatus::accountId));
      List<AccountHealthStatus> red =
          accounts.stream()
              .filter(a -> a.status() == HealthStatus.RED)
              .sorted(Comparator.comparingInt(AccountHealthStatus::score))
              .toList();
      List<AccountHealthStatus> green =
          accounts.stream()
              .filter(a -> a.status() == HealthStatus.GREEN)
              .sorted(Comparator.comparingInt(AccountHealthStatus::score).reversed())
              .toList();
      return new AccountHealthReport(accounts, red, green, withoutAccount);
    }
  }

  private record Latest(SurveyResponse response, long count) {
    Latest combine(Latest other) {
      SurveyResponse later = isLater(other.response, response) ? other.response : response;
      return new Latest(later, count + other.count);
    }

    private static boolean isLater(SurveyResponse a, SurveyResponse b) {
      Instant ta = a.submittedAt().orElse(Instant.MIN);
      Instant tb = b.submittedAt().orElse(Instant.MIN);
      int c = ta.compareTo(tb);
      return c != 0 ? c > 0 : a.line() > b.line();
    }
  }
}
