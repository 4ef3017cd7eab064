package org.recovery.examples.cli;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The values of one {@code recovery nps} command line, as converted: picocli fills them in from
 * {@link NpsCommand}'s model, and {@link NpsArgumentsReader} from a plain command line without
 * building that model. The options that say how the export is read are checked as they are made
 * ({@link SurveyOptions}); {@link NpsRun} checks the rest and runs them either way.
 *
 * @param files the survey exports, read as one; {@code -} for standard input
 * @param sheet the worksheet of an .xlsx export, by name or number from 1
 * @param reading how the export is read: preset, columns, periods, delimiter, character set, level
 * @param impact the complaints file for the recovery-impact table, when given
 * @param threads how many threads scan a CSV file, when said
 * @param format the report's rendering
 * @param out where the report goes instead of standard output, when said
 */
record NpsArguments(
    List<Path> files,
    @Nullable String sheet,
    SurveyOptions reading,
    @Nullable Path impact,
    @Nullable Integer threads,
    NpsCommand.Format format,
    @Nullable Path out) {

  NpsArguments {
    files = List.copyOf(files);
  }
}
