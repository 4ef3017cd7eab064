package org.recovery.nps.io;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The header rows of an export as a row-by-row reader found them (CSV records or worksheet rows):
 * the columns they name, the line each row is on, and the line of the names row, so that an unknown
 * column is reported where its name should have been. Resolves the columns a reader counts to their
 * positions, the same way for every format.
 *
 * @param header the column names and the header rows
 * @param lines the line (or sheet row) of each header row
 * @param namesLine the line of the row the names are taken from
 */
record ExportHeader(SurveyHeader header, long[] lines, long namesLine) {

  /**
   * The positions of the columns a reader counts; -1 for an optional column it was not given.
   *
   * @param score the score column
   * @param respondent the respondent column
   * @param timestamp the timestamp column
   * @param weight the weight column
   * @param segments the segment columns, in the reader's order
   */
  record Positions(int score, int respondent, int timestamp, int weight, int[] segments) {}

  /**
   * Names the columns of header rows as the reader's preset does.
   *
   * @param reader the reader's settings
   * @param rows the header rows, each a list of cell texts
   * @param lines the line of each row
   * @param namesLine the line of the names row
   * @return the header
   */
  static ExportHeader of(
      SurveyReader reader, List<List<String>> rows, long[] lines, long namesLine) {
    List<String> names = reader.settings().preset().columnNames(rows, reader.namesRow());
    return new ExportHeader(new SurveyHeader(names, rows), lines, namesLine);
  }

  /**
   * Finds the columns the reader counts.
   *
   * @param reader the reader's settings
   * @return their positions
   * @throws SurveyFormatException when a column is not in the header, or the header holds what the
   *     reader's preset refuses
   */
  Positions positions(SurveyReader reader) {
    int score = indexOf(reader.scoreColumn(), "score");
    Optional<SurveyFormatException> problem = reader.headerProblem(header.rows(), lines, score);
    if (problem.isPresent()) {
      throw problem.get();
    }
    int respondent = optional(reader.respondentColumn().orElse(null), "respondent");
    int timestamp = optional(reader.timestampColumn().orElse(null), "timestamp");
    int weight = optional(reader.settings().weightColumn(), "weight");
    List<String> segmentColumns = reader.settings().segmentColumns();
    int[] segments = new int[segmentColumns.size()];
    for (int i = 0; i < segments.length; i++) {
      segments[i] = indexOf(segmentColumns.get(i), "segment");
    }
    return new Positions(score, respondent, timestamp, weight, segments);
  }

  private int indexOf(String column, String role) {
    return header.indexOf(column, role, namesLine);
  }

  private int optional(@Nullable String column, String role) {
    return column == null ? -1 : indexOf(column, role);
  }
}
