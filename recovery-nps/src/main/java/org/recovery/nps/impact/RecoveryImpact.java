package org.recovery.nps.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsAccumulator;
import org.recovery.nps.NpsComparison;
import org.recovery.nps.NpsResult;
import org.recovery.nps.NpsScale;
import org.recovery.nps.SurveyResponse;

/**
 * Answers "do customers whose problem was solved become bigger promoters?" from the host's own
 * data: joins survey responses with each customer's complaint status (from a {@link
 * ComplaintLookup}) and reports the NPS of the three groups with intervals and pairwise
 * comparisons. Every response with a customer id counts once in its customer's group.
 *
 * <p>Immutable and thread-safe when the lookup is; the {@link Tally} is not.
 */
public final class RecoveryImpact {
  private static final ComplaintStatus[][] PAIRS = {
    {ComplaintStatus.COMPLAINED_RESOLVED, ComplaintStatus.NEVER_COMPLAINED},
    {ComplaintStatus.COMPLAINED_RESOLVED, ComplaintStatus.COMPLAINED_UNRESOLVED},
    {ComplaintStatus.COMPLAINED_UNRESOLVED, ComplaintStatus.NEVER_COMPLAINED}
  };

  private final ComplaintLookup lookup;
  private final NpsScale scale;
  private final Estimation estimation;

  private RecoveryImpact(ComplaintLookup lookup, NpsScale scale, Estimation estimation) {
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.scale = Objects.requireNonNull(scale, "scale");
    this.estimation = Objects.requireNonNull(estimation, "estimation");
  }

  /**
   * Creates an analysis on the default scale and estimation.
   *
   * @param lookup the complaint status per customer
   * @return the analysis
   */
  public static RecoveryImpact of(ComplaintLookup lookup) {
    return new RecoveryImpact(lookup, NpsScale.defaults(), Estimation.defaults());
  }

  /**
   * Creates an analysis.
   *
   * @param lookup the complaint status per customer
   * @param scale the score scale
   * @param estimation the interval settings
   * @return the analysis
   */
  public static RecoveryImpact of(ComplaintLookup lookup, NpsScale scale, Estimation estimation) {
    return new RecoveryImpact(lookup, scale, estimation);
  }

  /**
   * Creates an empty tally (register {@code tally::add} as a reader's response listener).
   *
   * @return a new tally
   */
  public Tally tally() {
    return new Tally();
  }

  /**
   * Analyses a set of responses.
   *
   * @param responses the responses
   * @return the report
   */
  public RecoveryImpactReport analyse(Iterable<SurveyResponse> responses) {
    Tally tally = tally();
    responses.forEach(tally::add);
    return tally.report();
  }

  /** Counts responses per complaint group; memory flat in responses; not thread-safe. */
  public final class Tally {
    private final EnumMap<ComplaintStatus, NpsAccumulator> groups =
        new EnumMap<>(ComplaintStatus.class);
    private long withoutCustomerId;

    private Tally() {
      for (ComplaintStatus s : ComplaintStatus.values()) {
        groups.put(s, NpsAccumulator.create(scale));
      }
    }

    /**
     * Adds a response, looking up its customer's complaint status.
     *
     * @param response the response
     */
    public void add(SurveyResponse response) {
      if (response.respondentId().isEmpty()) {
        withoutCustomerId++;
        return;
      }
      ComplaintStatus status =
          Objects.requireNonNull(
              lookup.statusOf(response.respondentId().get()), "complaint status");
      groups.get(status).add(response.score(), response.weight());
    }

    /**
     * Adds another tally's counts to this one.
     *
     * @param other a tally of the same analysis
     * @return this tally
     */
    public Tally merge(Tally other) {
      other.groups.forEach((k, v) -> groups.get(k).merge(v));
      withoutCustomerId += other.withoutCustomerId;
      return this;
    }

    /**
     * Builds the report of the responses so far.
     *
     * @return the report
     */
    public RecoveryImpactReport report() {
      EnumMap<ComplaintStatus, NpsResult> results = new EnumMap<>(ComplaintStatus.class);
      groups.forEach((k, v) -> results.put(k, v.result(estimation)));
      List<GroupComparison> comparisons = new ArrayList<>();
      for (ComplaintStatus[] pair : PAIRS) {
        NpsResult a = results.get(pair[0]);
        NpsResult b = results.get(pair[1]);
        if (!a.isEmpty() && !b.isEmpty() && !Double.isNaN(a.nps()) && !Double.isNaN(b.nps())) {
          comparisons.add(
              new GroupComparison(pair[0], pair[1], NpsComparison.of(a, b, estimation.level())));
        }
      }
      return new RecoveryImpactReport(results, comparisons, withoutCustomerId);
    }
  }
}
