package org.recovery.nps;

/**
 * Names why a data row of a survey export was not counted. The score grammar that decides between
 * the score reasons is documented on {@code org.recovery.nps.io.SurveyReader}; a row gets exactly
 * one reason, the first that applies in this order: {@link #MALFORMED_RECORD}, {@link #RAGGED_ROW},
 * the score reasons, {@link #BAD_TIMESTAMP}, {@link #BAD_WEIGHT}.
 */
public enum RejectionReason {
  /** The score cell is empty, only spaces/tabs, or a no-answer token such as {@code N/A}. */
  BLANK,
  /** The score cell is not a decimal number ({@code ten}, {@code 10/10}, {@code 1e1}). */
  NOT_A_NUMBER,
  /** The score cell is a number with a non-zero fraction ({@code 9.5}). */
  NOT_AN_INTEGER,
  /** The score cell is an integer off the scale ({@code 11}, {@code -1}). */
  OUT_OF_RANGE,
  /** The row has fewer or more fields than the header. */
  RAGGED_ROW,
  /** The timestamp cell is blank or does not match the configured timestamp format. */
  BAD_TIMESTAMP,
  /**
   * The weight cell is blank, not a decimal number, or outside {@link NpsAccumulator#MIN_WEIGHT}..
   * {@link NpsAccumulator#MAX_WEIGHT} (zero, negative, infinite, or above 1e6).
   */
  BAD_WEIGHT,
  /** A JSON Lines record is not a JSON object. */
  MALFORMED_RECORD
}
