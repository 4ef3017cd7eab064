package org.recovery.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
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
   * Picks the score column from an export's header rows. A column is a candidate when any of its
   * header cells mentions "recommend" or "NPS", so that a Qualtrics export, named by export tags
   * ({@code Q1}) with the question text in the second row, is recognised too.
   *
   * @param file the export the headers come from, for the message
   * @param rows its header rows, the names row among them
   * @param namesRow which of the rows (1-based) holds the column names
   * @return the name of the one candidate column
   * @throws UnusableInputException listing the names when there is not exactly one candidate
   */
  static String guess(Path file, List<List<String>> rows, int namesRow) {
    List<String> names = rows.get(namesRow - 1);
    var candidates = new ArrayList<String>();
    for (int column = 0; column < names.size(); column++) {
      for (List<String> row : rows) {
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
    throw new UnusableInputException(
        file
            + ": cannot tell which column holds the score: "
            + why
            + "; name it with --score, one of: "
            + String.join(", ", names.stream().map(ScoreColumn::quoted).toList()));
  }

  /**
   * Reads the header rows of an export.
   *
   * @param file the export
   * @param format CSV or JSON Lines
   * @param headerRows how many header rows a CSV file has
   * @param delimiter the CSV field delimiter
   * @param charset the file's character set
   * @return the rows (for JSON Lines, one row of the first object's field names)
   * @throws UnusableInputException if the file cannot be read or has no header
   */
  static List<List<String>> headers(
      Path file, SurveyFormat format, int headerRows, char delimiter, Charset charset) {
    try (BufferedReader in = Files.newBufferedReader(file, charset)) {
      var rows = new ArrayList<List<String>>();
      if (format == SurveyFormat.JSON_LINES) {
        String line;
        do {
          line = in.readLine();
        } while (line != null && line.isBlank());
        if (line != null) {
          var names = new ArrayList<String>();
          JsonNode first = new ObjectMapper().readTree(line);
          first.fieldNames().forEachRemaining(names::add);
          rows.add(names);
        }
      } else {
        var mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        var schema = mapper.schema().withColumnSeparator(delimiter);
        try (var records =
            mapper.readerForArrayOf(String.class).with(schema).<String[]>readValues(in)) {
          while (rows.size() < headerRows && records.hasNextValue()) {
            var cells = new ArrayList<>(List.of(records.nextValue()));
            if (rows.isEmpty() && !cells.isEmpty()) {
              cells.set(0, stripBom(cells.get(0)));
            }
            rows.add(cells);
          }
        }
      }
      if (rows.isEmpty() || rows.get(0).isEmpty()) {
        throw new UnusableInputException(file + ": no header row; is the file empty?");
      }
      return rows;
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
