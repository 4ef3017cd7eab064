package org.recovery.nps;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds one accepted survey response as read from an export.
 *
 * @param line the 1-based physical line the record starts on
 * @param score the score, on the reader's scale
 * @param weight the response's weight, 1 unless a weight column was configured
 * @param respondentId the respondent or account id, when a respondent column was configured and the
 *     cell is not blank
 * @param submittedAt when the response was submitted, when a timestamp column was configured
 * @param segment the segment column values by column header, in configured order
 */
public record SurveyResponse(
    long line,
    int score,
    double weight,
    Optional<String> respondentId,
    Optional<Instant> submittedAt,
    Map<String, String> segment) {

  /**
   * Validates and copies the parts (the segment map keeps its order).
   *
   * @param line the 1-based physical line the record starts on
   * @param score the score, on the reader's scale
   * @param weight the response's weight, 1 unless a weight column was configured
   * @param respondentId the respondent or account id, when a respondent column was configured and
   *     the cell is not blank
   * @param submittedAt when the response was submitted, when a timestamp column was configured
   * @param segment the segment column values by column header, in configured order
   * @throws IllegalArgumentException when the line is below 1 or the weight is negative
   */
  public SurveyResponse {
    Objects.requireNonNull(respondentId, "respondentId");
    Objects.requireNonNull(submittedAt, "submittedAt");
    if (line < 1) {
      throw new IllegalArgumentException("line must be >= 1 but was " + line);
    }
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and >= 0 but was " + weight);
    }
    segment = Collections.unmodifiableMap(new LinkedHashMap<>(segment));
  }

  /**
   * Creates an unweighted response without id, timestamp or segment, for hosts that collect scores
   * in-process.
   *
   * @param line a 1-based sequence number
   * @param score the score
   * @return the response
   */
  public static SurveyResponse of(long line, int score) {
    return new SurveyResponse(line, score, 1.0, Optional.empty(), Optional.empty(), Map.of());
  }
}
