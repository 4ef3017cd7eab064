package org.recovery.nps;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

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
}
