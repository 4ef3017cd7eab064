package org.recovery.nps.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes small survey exports with the layout quirks seen in real tools' files, so that tests own
 * their fixtures: quoted commas, doubled quotes, CRLF line breaks, {@code M/D/YYYY} timestamps, the
 * Qualtrics three-row header with its ImportId row, and the legacy Qualtrics layout with a byte
 * order mark, a {@code V1..V10} header and a trailing empty column. Real exports are read only by
 * the tests that take them from the reference-data directory ({@link #realData()}).
 */
public final class ExportFixtures {

  /** The score column of {@link #conference()}. */
  public static final String CONFERENCE_SCORE = "On a scale of 0-10, how would you rate the event?";

  /** The score column of {@link #airlines()}. */
  public static final String AIRLINE_SCORE = "How likely are you to recommend this airline?";

  /** The scores of {@link #conference()}: 7 promoters, 4 passives, 9 detractors. */
  private static final int[] CONFERENCE_SCORES = {
    0, 10, 5, 9, 2, 4, 8, 3, 10, 7, 6, 9, 1, 10, 9, 6, 7, 8, 9, 0
  };

  private static final String[] AIRLINES = {
    "Skyward", "\"Hills, Vale and Partners\"", "Prep Air", "\"North \"\"Star\"\" Air\"", "Blue Line"
  };

  private ExportFixtures() {}

  /**
   * Returns a conference survey in the style of a form tool's export: CRLF line breaks, a quoted
   * header with a comma, {@code M/d/yyyy H:mm:ss} timestamps, free text with quoted commas, doubled
   * quotes and an embedded line break. 20 responses: 7 promoters, 4 passives, 9 detractors, NPS
   * −10, on 2 days.
   *
   * @return the CSV text
   */
  public static String conference() {
    StringBuilder csv =
        new StringBuilder(
            "Timestamp,\"" + CONFERENCE_SCORE + "\",...why?,\"Three words, please\"\r\n");
    for (int i = 0; i < CONFERENCE_SCORES.length; i++) {
      int day = i < 12 ? 1 : 2;
      csv.append("11/")
          .append(day)
          .append("/2019 ")
          .append(8 + i % 12)
          .append(':')
          .append(String.format(java.util.Locale.ROOT, "%02d", (i * 7) % 60))
          .append(":05,")
          .append(CONFERENCE_SCORES[i])
          .append(',');
      switch (i % 4) {
        case 0 -> csv.append("\"The talks were good, but too much soap\"");
        case 1 -> csv.append("\"The \"\"Pic with the Persils\"\" was cheesy\"");
        case 2 -> csv.append("\"Two lines:\r\nfirst, then second\"");
        default -> csv.append("plain answer");
      }
      csv.append(",\"bubbly, frothy, clean\"\r\n");
    }
    return csv.toString();
  }

  /**
   * Returns an airline survey of {@code rows} responses: columns {@code Airline}, {@code
   * CustomerID} (hex-like ids such as {@code 5e21234}, which a careless reader takes for numbers)
   * and {@link #AIRLINE_SCORE}; airline names with quoted commas and doubled quotes; LF breaks.
   *
   * @param rows the number of data rows
   * @param seed the random seed
   * @return the CSV text
   */
  public static String airlines(int rows, long seed) {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("Airline,CustomerID,\"" + AIRLINE_SCORE + "\"\n");
    for (int i = 0; i < rows; i++) {
      csv.append(AIRLINES[random.nextInt(AIRLINES.length)])
          .append(',')
          .append(Integer.toHexString(random.nextInt(0x1000000)).replace('f', 'e'))
          .append(',')
          .append(random.nextInt(11))
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Returns a Qualtrics export in the current layout: row 1 the export tags, row 2 the question
   * text (in German, with a quoted comma), row 3 the {@code {"ImportId":…}} JSON cells; then two
   * responses to {@code Q1}: 2 (a detractor) and 9 (a promoter), recorded in July 2017.
   *
   * @return the CSV text
   */
  public static String qualtrics() {
    return "StartDate,EndDate,Status,RecordedDate,ResponseId,Q1,Q2\r\n"
        + "Anfangsdatum,Enddatum,Antworttyp,Erfassungsdatum,Antwort-ID,"
        + "\"Wie wahrscheinlich, 0-10?\",Freitext\r\n"
        + "\"{\"\"ImportId\"\":\"\"startDate\"\"}\",\"{\"\"ImportId\"\":\"\"endDate\"\"}\","
        + "\"{\"\"ImportId\"\":\"\"status\"\"}\",\"{\"\"ImportId\"\":\"\"recordedDate\"\"}\","
        + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\","
        + "\"{\"\"ImportId\"\":\"\"QID2_TEXT\"\"}\"\r\n"
        + "2017-07-18 08:28:09,2017-07-18 08:28:48,0,2017-07-18 08:28:48,R_1,2,Hallo Welt!\r\n"
        + "2017-07-19 10:00:00,2017-07-19 10:01:00,0,2017-07-19 10:01:00,R_2,9,\"gut, sehr\"\r\n";
  }

  /**
   * Returns a legacy Qualtrics export: a UTF-8 byte order mark, row 1 {@code V1..V10} and question
   * ids, row 2 the labels, every row ending in an empty column; two responses to {@code Q1}: 2 and
   * 10, {@code Q2} free text.
   *
   * @return the CSV text, starting with U+FEFF
   */
  public static String qualtricsLegacy() {
    return "\uFEFFV1,V2,V3,V4,V5,V6,V7,V8,V9,V10,Q1,Q2,\n"
        + "ResponseID,ResponseSet,Name,ExternalDataReference,EmailAddress,IPAddress,Status,"
        + "StartDate,EndDate,Finished,How likely?,Free text,\n"
        + "R_1,Default,Anonymous,,,192.0.2.1,0,2017-07-18 08:28:09,2017-07-18 08:28:48,1,2,"
        + "Hello World!,\n"
        + "R_2,Default,Anonymous,,,192.0.2.2,0,2017-07-19 09:00:00,2017-07-19 09:01:00,1,10,"
        + "\"Hi, again\",\n";
  }

  /**
   * Returns the reference-data directory of real exports beside the repository, as passed by the
   * build in the system property {@code recovery.realData}. Under {@code CI=true} the directory
   * must exist: CI always has it, so its absence is a broken checkout, not a reason to skip.
   *
   * @return the directory
   * @throws AssertionError under {@code CI=true} when the real exports are missing
   */
  public static Path realData() {
    if (inCi() && !Files.isRegularFile(realDataDirectory().resolve("prep_air_nps.csv"))) {
      throw new AssertionError(
          "CI=true but the real exports are missing from "
              + realDataDirectory().toAbsolutePath().normalize()
              + " (system property recovery.realData)");
    }
    return realDataDirectory();
  }

  /**
   * Tells whether the tests over the real exports run: where the reference-data directory exists,
   * and always under {@code CI=true}, where {@link #realData()} then fails if it is missing.
   *
   * @return true when the real-data tests must run
   */
  public static boolean realDataPresent() {
    return inCi() || Files.isRegularFile(realDataDirectory().resolve("prep_air_nps.csv"));
  }

  private static Path realDataDirectory() {
    String dir = System.getProperty("recovery.realData");
    return Path.of(dir == null ? "../shared/data/real" : dir);
  }

  private static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
