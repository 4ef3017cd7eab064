package org.recovery.nps.io;

import java.util.Optional;

/**
 * Describes the export layouts of common survey tools: how many header rows there are, which one
 * holds the column names, and the usual names of the respondent id and timestamp columns. Every
 * value a preset sets can be overridden on the builder; the score column usually has to be given,
 * because tools name it after the question.
 */
public enum SurveyPreset {
  /** A plain export: one header row holding the column names; nothing else assumed. */
  GENERIC(SurveyFormat.CSV, 1, 1, null, null, null, null),
  /**
   * SurveyMonkey "all responses, expanded" CSV: two header rows, row 1 the question text (the score
   * column is named by its question), row 2 the answer labels ({@code Response}, {@code Open-Ended
   * Response}, option texts). A blank row-1 cell continues the question to its left and is named
   * {@code <question> / <row-2 label>}. Respondent {@code Respondent ID}, timestamp {@code End
   * Date} as {@code MM/dd/yyyy hh:mm:ss a} (in the zone configured on the reader).
   */
  SURVEYMONKEY(SurveyFormat.CSV, 2, 1, null, "Respondent ID", "End Date", "MM/dd/yyyy hh:mm:ss a"),
  /**
   * Qualtrics CSV (the current format): three header rows, row 1 the export tags ({@code Q1},
   * {@code ResponseId}) which name the columns, row 2 the question text, row 3 the {@code
   * {"ImportId":...}} JSON. Respondent {@code ResponseId}, timestamp {@code RecordedDate} as {@code
   * yyyy-MM-dd HH:mm:ss} in the zone configured on the reader (Qualtrics writes the account's
   * zone). The score column is the question's export tag, for example {@code Q1}.
   */
  QUALTRICS(SurveyFormat.CSV, 3, 1, null, "ResponseId", "RecordedDate", "yyyy-MM-dd HH:mm:ss"),
  /**
   * Qualtrics legacy CSV: two header rows, row 1 {@code V1..Vn} and question ids ({@code Q1}) which
   * name the columns, row 2 the labels. Respondent {@code V1} (ResponseID), timestamp {@code V8}
   * (StartDate) as {@code yyyy-MM-dd HH:mm:ss}.
   */
  QUALTRICS_LEGACY(SurveyFormat.CSV, 2, 1, null, "V1", "V8", "yyyy-MM-dd HH:mm:ss"),
  /**
   * Delighted survey responses as its API returns them, one JSON object per line: score {@code
   * score}, respondent {@code person}, timestamp {@code created_at} in Unix epoch seconds. Segment
   * columns are top-level keys, so flatten {@code person_properties} first.
   */
  DELIGHTED(SurveyFormat.JSON_LINES, 1, 1, "score", "person", "created_at", null),
  /**
   * Typeform "download responses" CSV: one header row, questions named by their text (the score
   * column is named by its question), respondent {@code #} (the response token), timestamp {@code
   * Submit Date (UTC)} as {@code yyyy-MM-dd HH:mm:ss} in UTC.
   */
  TYPEFORM(SurveyFormat.CSV, 1, 1, null, "#", "Submit Date (UTC)", "yyyy-MM-dd HH:mm:ss");

  private final SurveyFormat format;
  private final int headerRows;
  private final int namesRow;
  private final Optional<String> scoreColumn;
  private final Optional<String> respondentColumn;
  private final Optional<String> timestampColumn;
  private final Optional<String> timestampPattern;

  SurveyPreset(
      SurveyFormat format,
      int headerRows,
      int namesRow,
      String scoreColumn,
      String respondentColumn,
      String timestampColumn,
      String timestampPattern) {
    this.format = format;
    this.headerRows = headerRows;
    this.namesRow = namesRow;
    this.scoreColumn = Optional.ofNullable(scoreColumn);
    this.respondentColumn = Optional.ofNullable(respondentColumn);
    this.timestampColumn = Optional.ofNullable(timestampColumn);
    this.timestampPattern = Optional.ofNullable(timestampPattern);
  }

  /**
   * Returns the file format the tool writes.
   *
   * @return the format
   */
  public SurveyFormat format() {
    return format;
  }

  /**
   * Returns the number of header rows before the data (records, not lines: a quoted header cell may
   * span lines).
   *
   * @return at least 1 for CSV
   */
  public int headerRows() {
    return headerRows;
  }

  /**
   * Returns which header row (1-based) holds the column names.
   *
   * @return the names row
   */
  public int namesRow() {
    return namesRow;
  }

  /**
   * Returns the usual score column, when the tool has a fixed one.
   *
   * @return the score column header
   */
  public Optional<String> scoreColumn() {
    return scoreColumn;
  }

  /**
   * Returns the usual respondent id column.
   *
   * @return the respondent column header
   */
  public Optional<String> respondentColumn() {
    return respondentColumn;
  }

  /**
   * Returns the usual timestamp column.
   *
   * @return the timestamp column header
   */
  public Optional<String> timestampColumn() {
    return timestampColumn;
  }

  /**
   * Returns the timestamp format the tool writes.
   *
   * @return the format, ISO-8601 or epoch seconds when no pattern applies
   */
  public TimestampFormat timestampFormat() {
    if (timestampPattern.isPresent()) {
      return TimestampFormat.pattern(timestampPattern.get());
    }
    return this == DELIGHTED ? TimestampFormat.epochSeconds() : TimestampFormat.iso();
  }
}
