package org.recovery.nps.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.recovery.nps.NpsScale;

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

  /**
   * Names the columns from the header rows: the names row as it stands, except that SurveyMonkey
   * leaves a row-1 cell blank where a question spans several columns, so such a column is named
   * {@code <question> / <row-2 label>}.
   *
   * @param header the header rows, cells trimmed
   * @param namesRow which row (1-based) holds the names
   * @return the column names
   */
  List<String> columnNames(List<List<String>> header, int namesRow) {
    List<String> names = header.get(namesRow - 1);
    if (this != SURVEYMONKEY || header.size() < 2) {
      return names;
    }
    List<String> labels = header.get(1);
    List<String> merged = new ArrayList<>();
    String question = "";
    for (int i = 0; i < names.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "";
      if (!names.get(i).isEmpty()) {
        question = names.get(i);
        merged.add(question);
      } else {
        merged.add(question + " / " + label);
      }
    }
    return merged;
  }

  /**
   * Checks that the extra header rows this preset assumes really are header rows, so that a data
   * row is never taken for a header and silently dropped: a Qualtrics export's third row must be
   * the {@code {"ImportId":…}} row, and no extra header row of any preset may hold a valid score in
   * the score column. Only meaningful when the header rows are the preset's (not set on the
   * builder).
   *
   * @param header the header rows, cells trimmed
   * @param lines the line each header row starts on
   * @param namesRow which row (1-based) holds the names
   * @param score the index of the score column
   * @param scoreColumn the score column as configured, for the message
   * @param scale the score scale
   * @return the failure to throw, or empty when the layout fits
   */
  Optional<SurveyFormatException> headerProblem(
      List<List<String>> header,
      long[] lines,
      int namesRow,
      int score,
      String scoreColumn,
      NpsScale scale) {
    if (this == QUALTRICS && header.size() >= 3) {
      List<String> row = header.get(2);
      String first = row.isEmpty() ? "" : row.get(0);
      if (!(first.startsWith("{") && first.contains("\"ImportId\""))) {
        return Optional.of(
            new SurveyFormatException(
                "expected the Qualtrics ImportId row ({\"ImportId\":…}) on line "
                    + lines[2]
                    + " but found \""
                    + excerpt(row)
                    + "\"; for a legacy export (V1, V2, … header) use the QUALTRICS_LEGACY preset,"
                    + " for an export without that row set headerRows(2)",
                lines[2],
                ""));
      }
    }
    for (int r = namesRow; r < header.size(); r++) {
      List<String> row = header.get(r);
      if (score < row.size() && ScoreSyntax.parse(row.get(score), scale.min(), scale.max()) >= 0) {
        return Optional.of(
            new SurveyFormatException(
                "expected header row "
                    + (r + 1)
                    + " of the "
                    + this
                    + " preset on line "
                    + lines[r]
                    + " but found a score \""
                    + row.get(score)
                    + "\" in column \""
                    + scoreColumn
                    + "\", so it looks like data: check the preset, or set headerRows("
                    + r
                    + ") for an export with fewer header rows",
                lines[r],
                scoreColumn));
      }
    }
    return Optional.empty();
  }

  /** Joins a row's cells with commas, cut to 80 characters, for an error message. */
  private static String excerpt(List<String> row) {
    String text = String.join(",", row);
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
