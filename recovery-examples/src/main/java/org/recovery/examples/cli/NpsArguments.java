package org.recovery.examples.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.io.SurveyPreset;

/**
 * The values of one {@code recovery nps} command line, as converted but not yet checked: picocli
 * fills them in from {@link NpsCommand}'s model, and {@link NpsArgumentsReader} from a plain
 * command line without building that model. {@link NpsRun} checks and runs them either way.
 *
 * @param files the survey exports, read as one; {@code -} for standard input
 * @param sheet the worksheet of an .xlsx export, by name or number from 1
 * @param preset the survey tool's export layout
 * @param score the score column, when named
 * @param by the segment columns
 * @param period the calendar period the report is split by, when asked
 * @param timestamp the column holding when each response was submitted, when named
 * @param timestampFormat how the timestamp is written, when said
 * @param zone the time zone periods are counted in
 * @param id the respondent or customer column, when named
 * @param dedupe whether only each respondent's latest response per period counts
 * @param weight the response weight column, when named
 * @param level the confidence level of the intervals
 * @param impact the complaints file for the recovery-impact table, when given
 * @param threads how many threads scan a CSV file, when said
 * @param delimiter the CSV field delimiter, when said
 * @param charset the export's character set, when said
 * @param format the report's rendering
 * @param out where the report goes instead of standard output, when said
 */
record NpsArguments(
    List<Path> files,
    @Nullable String sheet,
    SurveyPreset preset,
    @Nullable String score,
    List<String> by,
    @Nullable ReportPeriod period,
    @Nullable String timestamp,
    @Nullable String timestampFormat,
    ZoneId zone,
    @Nullable String id,
    boolean dedupe,
    @Nullable String weight,
    double level,
    @Nullable Path impact,
    @Nullable Integer threads,
    @Nullable String delimiter,
    @Nullable Charset charset,
    NpsCommand.Format format,
    @Nullable Path out) {

  NpsArguments {
    files = List.copyOf(files);
    by = List.copyOf(by);
  }
}
