package org.recovery.examples.cli;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.io.SurveyFormat;
import org.recovery.nps.io.SurveyHeader;
import org.recovery.nps.io.SurveyPreset;
import org.recovery.nps.io.SurveyReader;
import org.recovery.nps.io.SurveyReaderBuilder;
import org.recovery.nps.io.TimestampFormat;

/**
 * The {@code recovery nps} options that say how one survey export is read, whichever face takes
 * them: the command line ({@code --score}) or the HTTP server ({@code ?score=}). Checks them with
 * the same rules and the same words, and maps them onto a {@link SurveyReaderBuilder}, so both
 * faces read an export alike.
 *
 * @param spelling how the options are named in messages
 * @param preset the survey tool's export layout
 * @param score the 0-10 score column, when named
 * @param by the segment columns
 * @param timestamp the column holding when each response was submitted, when named
 * @param timestampFormat how the timestamp is written: {@code iso}, {@code epoch} or a java.time
 *     pattern; absent for ISO-8601
 * @param zone the time zone periods are counted in, and of timestamps without an offset
 * @param id the respondent column, when named
 * @param dedupe whether only each respondent's latest response per period counts
 * @param weight the response weight column, when named
 * @param delimiter the CSV field delimiter: one character or {@code tab}; absent for a comma
 * @param charset the export's character set; absent for strict UTF-8
 * @param level the confidence level of the intervals, between 0 and 1 (exclusive)
 * @param period the calendar period the report is split by, when asked
 */
public record SurveyOptions(
    Spelling spelling,
    SurveyPreset preset,
    @Nullable String score,
    List<String> by,
    @Nullable String timestamp,
    @Nullable String timestampFormat,
    ZoneId zone,
    @Nullable String id,
    boolean dedupe,
    @Nullable String weight,
    @Nullable String delimiter,
    @Nullable Charset charset,
    double level,
    @Nullable PeriodUnit period) {

  /** Stands in for the score column while only the header is read to find it. */
  private static final String UNKNOWN_SCORE = "?";

  /** How a face names its options in messages. */
  public enum Spelling {
    /** Command-line options: {@code --dedupe needs --id COLUMN}. */
    COMMAND_LINE,
    /** Query parameters: {@code dedupe needs id=COLUMN}. */
    QUERY;

    /**
     * Returns an option's name as the user wrote it.
     *
     * @param name the bare name, e.g. {@code level}
     * @return e.g. {@code --level} or {@code level}
     */
    public String option(String name) {
      return this == COMMAND_LINE ? "--" + name : name;
    }

    /**
     * Returns an option with its value's label, as a message asks for it.
     *
     * @param name the bare name, e.g. {@code id}
     * @param label what its value is, e.g. {@code COLUMN}
     * @return e.g. {@code --id COLUMN} or {@code id=COLUMN}
     */
    public String option(String name, String label) {
      return this == COMMAND_LINE ? "--" + name + " " + label : name + "=" + label;
    }
  }

  /**
   * Checks the options against each other and their ranges.
   *
   * @param spelling how the options are named in messages
   * @param preset the survey tool's export layout
   * @param score the 0-10 score column, when named
   * @param by the segment columns
   * @param timestamp the timestamp column, when named
   * @param timestampFormat {@code iso}, {@code epoch} or a java.time pattern, when given
   * @param zone the time zone of periods and of timestamps without an offset
   * @param id the respondent column, when named
   * @param dedupe whether only each respondent's latest response per period counts
   * @param weight the weight column, when named
   * @param delimiter one character or {@code tab}, when given
   * @param charset the export's character set, when given
   * @param level the confidence level, between 0 and 1 (exclusive)
   * @param period the period to split by, when asked
   * @throws IllegalArgumentException naming the option, its value and what was expected
   */
  public SurveyOptions {
    Objects.requireNonNull(spelling, "spelling");
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(zone, "zone");
    by = List.copyOf(by);
    if (!(level > 0.0 && level < 1.0)) {
      throw new IllegalArgumentException(
          spelling.option("level") + " must be between 0 and 1 (exclusive) but was " + level);
    }
    if (dedupe && id == null) {
      throw new IllegalArgumentException(
          spelling.option("dedupe")
              + " needs "
              + spelling.option("id", "COLUMN")
              + " to know who responded");
    }
    if (delimiter != null && !delimiter.equals("tab") && delimiter.length() != 1) {
      throw new IllegalArgumentException(
          spelling.option("delimiter")
              + " must be one character or 'tab' but was '"
              + delimiter
              + "'");
    }
    if (timestampFormat != null && timestamp == null) {
      throw new IllegalArgumentException(
          spelling.option("timestamp-format")
              + " needs "
              + spelling.option("timestamp", "COLUMN")
              + " to know what to read");
    }
    if (period != null && timestamp == null) {
      throw new IllegalArgumentException(
          spelling.option("period")
              + " needs "
              + spelling.option("timestamp", "COLUMN")
              + " to know when each response was given");
    }
    if (timestampFormat != null) {
      parsedTimestampFormat(spelling, timestampFormat);
    }
  }

  /**
   * Returns the score column when it is known without reading the export: the one named, else the
   * preset's own.
   *
   * @return the column, or empty when it has to be guessed from the header
   */
  public Optional<String> knownScore() {
    return Optional.ofNullable(score).or(preset::scoreColumn);
  }

  /**
   * Returns a reader builder set up with every option, for an export in {@code format}.
   *
   * @param format the export's format
   * @param scoreColumn the score column, named or guessed
   * @return a builder to add face-specific settings to (threads, sheet) and build
   */
  public SurveyReaderBuilder reader(SurveyFormat format, String scoreColumn) {
    var builder =
        SurveyReader.builder()
            .preset(preset)
            .format(format)
            .scoreColumn(scoreColumn)
            .zone(zone)
            .segmentColumns(by)
            .deduplicate(dedupe)
            .estimation(Estimation.builder().level(level).build());
    if (id != null) {
      builder.respondentColumn(id);
    }
    if (timestamp != null) {
      builder.timestampColumn(timestamp);
    }
    if (timestampFormat != null) {
      builder.timestampFormat(parsedTimestampFormat(spelling, timestampFormat));
    }
    if (period != null) {
      builder.period(period);
    }
    if (weight != null) {
      builder.weightColumn(weight);
    }
    return layout(builder);
  }

  /**
   * Returns a reader builder that reads only as far as the header, to guess the score column from.
   *
   * @param format the export's format
   * @return a builder with the preset, format, delimiter and charset
   */
  public SurveyReaderBuilder headerReader(SurveyFormat format) {
    return layout(SurveyReader.builder().preset(preset).format(format).scoreColumn(UNKNOWN_SCORE));
  }

  /**
   * Picks the score column from an export's header: the one column whose header mentions
   * "recommend" or "NPS".
   *
   * @param source the export, named for the message (a file, or the request body)
   * @param header its header, read with {@link #headerReader(SurveyFormat)}
   * @return the column
   * @throws IllegalArgumentException listing the columns when there is not exactly one candidate,
   *     so the user can name one
   */
  public String guessScore(String source, SurveyHeader header) {
    return ScoreColumn.guess(
        source, header, spelling == Spelling.COMMAND_LINE ? "--score" : "score=COLUMN");
  }

  private SurveyReaderBuilder layout(SurveyReaderBuilder builder) {
    if (delimiter != null) {
      builder.delimiter(delimiter.equals("tab") ? '\t' : delimiter.charAt(0));
    }
    if (charset != null) {
      builder.charset(charset);
    }
    return builder;
  }

  private static TimestampFormat parsedTimestampFormat(Spelling spelling, String name) {
    return switch (name) {
      case "iso" -> TimestampFormat.iso();
      case "epoch" -> TimestampFormat.epochSeconds();
      default -> {
        try {
          yield TimestampFormat.pattern(name);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              spelling.option("timestamp-format")
                  + " must be iso, epoch or a java.time pattern like 'M/d/yyyy H:mm:ss' but was '"
                  + name
                  + "': "
                  + e.getMessage(),
              e);
        }
      }
    };
  }
}
