package org.recovery.nps.io;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.recovery.nps.Estimation;
import org.recovery.nps.NpsScale;
import org.recovery.nps.PeriodUnit;
import org.recovery.nps.SurveyResponse;

/**
 * Holds a {@link SurveyReader}'s settings exactly as they were set on its builder: a null value is
 * one left to the preset. The reader resolves them against the preset once, when it is built; the
 * builder is refilled from them by {@link SurveyReader#toBuilder()}.
 *
 * @param preset the survey tool's layout
 * @param format the file format, or null for the preset's
 * @param scoreColumn the score column, or null for the preset's
 * @param respondentColumn the respondent column, or null for the preset's when it is needed
 * @param timestampColumn the timestamp column, or null for the preset's when it is needed
 * @param timestampFormat how timestamps are written, or null for the preset's
 * @param zone the zone of timestamps without an offset and of periods
 * @param segmentColumns the segment columns, distinct
 * @param weightColumn the weight column, or null for none
 * @param period the period grouping, or null for none
 * @param deduplicate whether to keep only the latest response per respondent and period
 * @param scale the score scale
 * @param estimation the interval settings of every result
 * @param delimiter the CSV field delimiter
 * @param charset the charset bytes are decoded with
 * @param headerRows the number of CSV header records, or null for the preset's
 * @param namesRow which header record names the columns, or null for the preset's
 * @param maxExamples how many rejected rows are kept as examples
 * @param listener the listener told every accepted response, or null for none
 * @param threads how many threads scan a file
 * @param progress the listener told the bytes of files read so far, or null for none
 * @param sheetName the worksheet of an {@code .xlsx} export to read by name, or null
 * @param sheetNumber the worksheet to read by its 1-based place, or 0 for the first (when no name)
 */
record ReaderSettings(
    SurveyPreset preset,
    @Nullable SurveyFormat format,
    @Nullable String scoreColumn,
    @Nullable String respondentColumn,
    @Nullable String timestampColumn,
    @Nullable TimestampFormat timestampFormat,
    ZoneId zone,
    List<String> segmentColumns,
    @Nullable String weightColumn,
    @Nullable PeriodUnit period,
    boolean deduplicate,
    NpsScale scale,
    Estimation estimation,
    char delimiter,
    Charset charset,
    @Nullable Integer headerRows,
    @Nullable Integer namesRow,
    int maxExamples,
    @Nullable Consumer<SurveyResponse> listener,
    int threads,
    @Nullable LongConsumer progress,
    @Nullable String sheetName,
    int sheetNumber) {

  ReaderSettings {
    segmentColumns = List.copyOf(segmentColumns);
  }

  /** Tells whether the header layout is the preset's own, so the preset may check it. */
  boolean presetLayout() {
    return headerRows == null && namesRow == null;
  }
}
