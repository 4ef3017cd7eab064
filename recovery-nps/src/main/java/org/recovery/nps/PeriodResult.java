package org.recovery.nps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Holds the NPS of one period, with the change from the previous period that has responses.
 *
 * @param period the period's label, for example {@code 2026-W47}
 * @param start the period's first day
 * @param result the period's NPS
 * @param changeFromPrevious this period compared with the previous one listed ({@code this −
 *     previous}), absent for the first period
 */
public record PeriodResult(
    String period, LocalDate start, NpsResult result, Optional<NpsComparison> changeFromPrevious) {

  /**
   * Validates the parts.
   *
   * @param period the period's label, for example {@code 2026-W47}
   * @param start the period's first day
   * @param result the period's NPS
   * @param changeFromPrevious this period compared with the previous one listed ({@code this −
   *     previous}), absent for the first period
   * @throws NullPointerException when a part is missing
   */
  public PeriodResult {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(changeFromPrevious, "changeFromPrevious");
  }

  /**
   * Builds the periods of a report from the responses counted per period start, as {@link
   * NpsReport#periods()} lists them: in time order, each with its change from the period before
   * (compared at the estimation's level). A host that counts periods itself (a Spark job) gets the
   * reader's periods from the same counts.
   *
   * @param unit the period grouping
   * @param byStart the responses per period, keyed by the period's first day ({@link
   *     PeriodUnit#start}); every accumulator non-empty
   * @param estimation the interval settings of every result and change
   * @return the periods, in time order
   * @throws IllegalArgumentException when an accumulator is empty, so a change cannot be computed
   */
  public static List<PeriodResult> series(
      PeriodUnit unit, Map<LocalDate, NpsAccumulator> byStart, Estimation estimation) {
    Objects.requireNonNull(unit, "unit");
    List<PeriodResult> periods = new ArrayList<>();
    NpsResult previous = null;
    for (Map.Entry<LocalDate, NpsAccumulator> e : new TreeMap<>(byStart).entrySet()) {
      NpsResult result = e.getValue().result(estimation);
      Optional<NpsComparison> change =
          previous == null
              ? Optional.empty()
              : Optional.of(NpsComparison.of(result, previous, estimation.level()));
      periods.add(new PeriodResult(unit.label(e.getKey()), e.getKey(), result, change));
      previous = result;
    }
    return periods;
  }
}
