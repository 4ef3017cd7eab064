package org.recovery.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recovery.nps.io.SurveyHeader;

/**
 * Finds the score column when none is named: the one column whose header mentions "recommend" (the
 * standard NPS question) or "NPS" as a word. None or several is a usage problem that lists the
 * headers, so the user can name one with {@code --score} (or {@code score=} over HTTP).
 */
final class ScoreColumn {

  private static final Pattern NPS =
      Pattern.compile("(^|[^a-z])nps([^a-z]|$)|recommend", Pattern.CASE_INSENSITIVE);

  private ScoreColumn() {}

  /**
   * Picks the score column from an export's header as the reader sees it. A column is a candidate
   * when any of its header cells mentions "recommend" or "NPS", so that a Qualtrics export, named
   * by export tags ({@code Q1}) with the question text in the second row, is recognised too.
   *
   * @param source the export the header comes from, for the message
   * @param header its header, as {@link org.recovery.nps.io.SurveyReader#header} reads it
   * @param option the option that names the score column, e.g. {@code --score}
   * @return the name of the one candidate column
   * @throws IllegalArgumentException listing the names when there is not exactly one candidate
   */
  static String guess(String source, SurveyHeader header, String option) {
    List<String> names = header.names();
    var candidates = new ArrayList<String>();
    for (int column = 0; column < names.size(); column++) {
      if (NPS.matcher(names.get(column)).find()) {
        candidates.add(names.get(column));
        continue;
      }
      for (List<String> row : header.rows()) {
        if (column < row.size() && NPS.matcher(row.get(column)).find()) {
          candidates.add(names.get(column));
          break;
        }
      }
    }
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String why =
        candidates.isEmpty()
            ? "no header mentions 'recommend' or 'NPS'"
            : candidates.size() + " headers mention 'recommend' or 'NPS'";
    throw new IllegalArgumentException(
        source
            + ": cannot tell which column holds the score: "
            + why
            + "; name it with "
            + option
            + ", one of: "
            + String.join(", ", names.stream().map(ScoreColumn::quoted).toList()));
  }

  private static String quoted(String header) {
    return header.matches("[A-Za-z0-9_#.-]+") ? header : "'" + header + "'";
  }
}
