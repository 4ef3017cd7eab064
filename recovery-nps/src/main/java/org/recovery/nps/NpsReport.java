package org.recovery.nps;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import org.recovery.nps.internal.ReportCsv;
import org.recovery.nps.internal.ReportHtml;
import org.recovery.nps.internal.ReportJson;
import org.recovery.nps.internal.SegmentResults;

/**
 * Holds the NPS of a survey export: overall, per segment and per period, with the rows that were
 * rejected and why.
 *
 * <p>Every data row (a record after the header rows) is accounted for exactly once: {@code dataRows
 * == overall.responses() + rejected.count() + duplicates}.
 *
 * <p>Immutable and thread-safe. A report read from an export computes each {@link SegmentResult}
 * when it is asked for, so millions of segments cost their counts, not millions of objects; {@link
 * #writeJson(Writer)} and {@link #writeCsv(Writer)} stream them.
 *
 * @param overall the NPS of every counted response
 * @param rejected the rows not counted, by reason, with the first examples
 * @param segmentColumns the segment column headers, empty when not segmented
 * @param segments the NPS per segment, ordered by key
 * @param periodUnit the period grouping, when configured
 * @param periods the NPS per period with responses, in time order
 * @param dataRows the number of data rows read
 * @param duplicates the number of accepted rows superseded by a later response of the same
 *     respondent in the same period (0 unless de-duplication is on)
 * @param deduplicated whether de-duplication was requested, so that {@code duplicates} is a
 *     measured count rather than 0 by construction
 */
public record NpsReport(
    NpsResult overall,
    Rejections rejected,
    List<String> segmentColumns,
    List<SegmentResult> segments,
    Optional<PeriodUnit> periodUnit,
    List<PeriodResult> periods,
    long dataRows,
    long duplicates,
    boolean deduplicated) {

  /**
   * The most segments the table and HTML renderings show, {@value}: those with the most responses
   * ({@link #largestSegments(int)}), followed by how many more there are. JSON and CSV hold every
   * segment.
   */
  public static final int SEGMENTS_SHOWN = 50;

  /**
   * Validates and copies the parts.
   *
   * @param overall the NPS of every counted response
   * @param rejected the rows not counted, by reason, with the first examples
   * @param segmentColumns the segment column headers, empty when not segmented
   * @param segments the NPS per segment, ordered by key
   * @param periodUnit the period grouping, when configured
   * @param periods the NPS per period with responses, in time order
   * @param dataRows the number of data rows read
   * @param duplicates the number of accepted rows superseded by a later response of the same
   *     respondent in the same period (0 unless de-duplication is on)
   * @param deduplicated whether de-duplication was requested, so that {@code duplicates} is a
   *     measured count rather than 0 by construction
   * @throws IllegalArgumentException when the rows do not add up
   */
  public NpsReport {
    Objects.requireNonNull(overall, "overall");
    Objects.requireNonNull(rejected, "rejected");
    Objects.requireNonNull(periodUnit, "periodUnit");
    segmentColumns = List.copyOf(segmentColumns);
    // Segments computed on demand are immutable already; copying would compute them all.
    segments = segments instanceof SegmentResults ? segments : List.copyOf(segments);
    periods = List.copyOf(periods);
    if (dataRows != overall.responses() + rejected.count() + duplicates) {
      throw new IllegalArgumentException(
          "dataRows must equal responses + rejected + duplicates but was "
              + dataRows
              + " != "
              + overall.responses()
              + " + "
              + rejected.count()
              + " + "
              + duplicates);
    }
    if (!deduplicated && duplicates != 0) {
      throw new IllegalArgumentException(
          "duplicates must be 0 when not deduplicated but was " + duplicates);
    }
  }

  /**
   * Renders the report as JSON in exactly the documented shape, which the command line and other
   * tools depend on: {@code overall}, {@code rejected} ({@code count}, {@code byReason}, {@code
   * examples}), {@code segments} ({@code key}, {@code result}), {@code periods} ({@code period},
   * {@code start}, {@code result}), and a top-level {@code duplicates} count only when
   * de-duplication was requested ({@link #deduplicated()}). {@link #dataRows()} and {@link
   * PeriodResult#changeFromPrevious()} are not written: take them from the Java objects or the HTML
   * report. Undefined numbers (the score of an empty result) are {@code null}, and so is the {@code
   * confidenceInterval} of an empty result.
   *
   * @return the JSON text, one line
   */
  public String toJson() {
    StringWriter out = new StringWriter();
    try {
      writeJson(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the report as JSON, the same text as {@link #toJson()}, segment by segment: memory stays
   * flat however many segments there are. The writer is flushed, not closed.
   *
   * @param out where the JSON goes; buffer it, it receives many small writes
   * @throws IOException when the writer fails
   */
  public void writeJson(Writer out) throws IOException {
    ReportJson.write(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * Renders the report as CSV: a header row, then one row for the overall result ({@code scope}
   * {@code overall}), one per segment ({@code segment}, with a cell per segment column) and one per
   * period ({@code period}, with its label and first day); columns {@code responses}, {@code
   * promoters}, {@code passives}, {@code detractors}, {@code nps}, {@code standardError}, {@code
   * level}, {@code method}, {@code low}, {@code high}, {@code smallSample}. Text from the export is
   * neutralised against spreadsheet formula injection (OWASP): a cell starting with {@code =},
   * {@code +}, {@code -}, {@code @}, tab or CR gets a leading apostrophe.
   *
   * @return the CSV text, CRLF line breaks
   */
  public String toCsv() {
    StringWriter out = new StringWriter();
    try {
      writeCsv(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the report as CSV, the same text as {@link #toCsv()}, segment by segment: memory stays
   * flat however many segments there are. The writer is flushed, not closed.
   *
   * @param out where the CSV goes; buffer it, it receives many small writes
   * @throws IOException when the writer fails
   */
  public void writeCsv(Writer out) throws IOException {
    ReportCsv.write(this, Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns the segments with the most responses, most first; among equal counts the earlier in key
   * order first. Renderings for people show {@link #SEGMENTS_SHOWN} of them.
   *
   * @param limit how many at most, at least 0
   * @return the segments, at most {@code limit}
   * @throws IllegalArgumentException when the limit is negative
   */
  public List<SegmentResult> largestSegments(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must be at least 0 but was " + limit);
    }
    if (segments instanceof SegmentResults computed) {
      return List.copyOf(computed.largest(limit));
    }
    return IntStream.range(0, segments.size())
        .boxed()
        .sorted(
            Comparator.comparingLong((Integer i) -> -segments.get(i).result().responses())
                .thenComparing(Comparator.naturalOrder()))
        .limit(limit)
        .map(segments::get)
        .toList();
  }

  /**
   * Renders the report as one self-contained HTML page titled "Net Promoter Score"; see {@link
   * #toHtml(String)}.
   *
   * @return the HTML text
   */
  public String toHtml() {
    return toHtml("Net Promoter Score");
  }

  /**
   * Renders the report as one self-contained HTML page with inline SVG charts (NPS per period with
   * its interval, the promoter/passive/detractor split per segment) and no external scripts, styles
   * or fonts. Text from the export is escaped.
   *
   * @param title the page title
   * @return the HTML text
   */
  public String toHtml(String title) {
    return ReportHtml.write(this, Objects.requireNonNull(title, "title"));
  }
}
