package org.recovery.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.recovery.nps.io.SurveyFormat;

/**
 * Finds the score column when none is named: the one column whose header mentions "recommend" (the
 * standard NPS question) or "NPS" as a word. None or several is a usage problem that lists the
 * headers, so the user can name one with {@code --score}.
 */
final class ScoreColumn {

  private static final Pattern NPS =
      Pattern.compile("(^|[^a-z])nps([^a-z]|$)|recommend", Pattern.CASE_INSENSITIVE);

  private ScoreColumn() {}

  /**
   * Picks the score column from an export's headers.
   *
   * @param file the export the headers come from, for the message
   * @param headers its column headers
   * @return the one header that mentions "recommend" or "NPS"
   * @throws UnusableInputException listing the headers when there is not exactly one
   */
  static String guess(Path file, List<String> headers) {
    var candidates = headers.stream().filter(h -> NPS.matcher(h).find()).toList();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    String why =
        candidates.isEmpty()
            ? "no header mentions 'recommend' or 'NPS'"
            : candidates.size() + " headers mention 'recommend' or 'NPS'";
    throw new UnusableInputException(
        file
            + ": cannot tell which column holds the score: "
            + why
            + "; name it with --score, one of: "
            + String.join(", ", headers.stream().map(ScoreColumn::quoted).toList()));
  }

  /**
   * Reads the column names of an export.
   *
   * @param file the export
   * @param format CSV or JSON Lines
   * @param namesRow which CSV header row holds the names (1-based)
   * @return the headers (for JSON Lines, the first object's field names)
   * @throws UnusableInputException if the file cannot be read or has no header
   */
  static List<String> headers(Path file, SurveyFormat format, int namesRow) {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      var headers = new ArrayList<String>();
      if (format == SurveyFormat.JSON_LINES) {
        String line;
        do {
          line = in.readLine();
        } while (line != null && line.isBlank());
        if (line != null) {
          JsonNode first = new ObjectMapper().readTree(line);
          first.fieldNames().forEachRemaining(headers::add);
        }
      } else {
        var mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (var rows = mapper.readerForArrayOf(String.class).<String[]>readValues(in)) {
          for (int row = 1; row <= namesRow && rows.hasNextValue(); row++) {
            String[] cells = rows.nextValue();
            if (row == namesRow) {
              for (String cell : cells) {
                headers.add(row == 1 && headers.isEmpty() ? stripBom(cell) : cell);
              }
            }
          }
        }
      }
      if (headers.isEmpty()) {
        throw new UnusableInputException(file + ": no header row; is the file empty?");
      }
      return headers;
    } catch (IOException e) {
      throw new UnusableInputException(
          file + ": cannot read its header row: " + CommandFailures.oneLine(e.getMessage()), e);
    }
  }

  private static String stripBom(String cell) {
    return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
  }

  private static String quoted(String header) {
    return header.matches("[A-Za-z0-9_#.-]+") ? header : "'" + header + "'";
  }
}
