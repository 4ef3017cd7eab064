package org.recovery.nps.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.recovery.nps.ConfidenceInterval;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SegmentResult;

/**
 * Writes an {@link NpsReport} as JSON in exactly the documented shape (see {@link
 * NpsReport#toJson()}): no fields beyond it, {@code duplicates} only when de-duplication was on.
 */
public final class ReportJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  private ReportJson() {}

  /**
   * Writes a report, segment by segment; the writer is flushed, not closed.
   *
   * @param report the report
   * @param out where its JSON text goes
   * @throws IOException when the writer fails
   */
  public static void write(NpsReport report, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeFieldName("overall");
      result(g, report.overall());
      g.writeObjectFieldStart("rejected");
      g.writeNumberField("count", report.rejected().count());
      g.writeObjectFieldStart("byReason");
      for (Map.Entry<RejectionReason, Long> e : report.rejected().byReason().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("examples");
      for (Rejection r : report.rejected().examples()) {
        g.writeStartObject();
        if (r.file().isPresent()) {
          // Only a several-file read names files, so a single export's JSON is unchanged.
          g.writeStringField("file", r.file().get().toString());
        }
        g.writeNumberField("line", r.line());
        if (r.column().isPresent()) {
          g.writeStringField("column", r.column().get());
        } else {
          g.writeNullField("column");
        }
        g.writeStringField("value", r.value());
        g.writeStringField("reason", r.reason().name());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeArrayFieldStart("segments");
      if (report.segments() instanceof SegmentResults computed) {
        segments(g, report.segmentColumns(), computed);
      } else {
        for (SegmentResult s : report.segments()) {
          g.writeStartObject();
          g.writeObjectFieldStart("key");
          for (Map.Entry<String, String> e : s.key().entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
          }
          g.writeEndObject();
          g.writeFieldName("result");
          result(g, s.result());
          g.writeEndObject();
        }
      }
      g.writeEndArray();
      g.writeArrayFieldStart("periods");
      for (PeriodResult p : report.periods()) {
        g.writeStartObject();
        g.writeStringField("period", p.period());
        g.writeStringField("start", p.start().toString());
        g.writeFieldName("result");
        result(g, p.result());
        g.writeEndObject();
      }
      g.writeEndArray();
      if (report.deduplicated()) {
        g.writeNumberField("duplicates", report.duplicates());
      }
      g.writeEndObject();
    }
  }

  /** Writes segments computed on demand, rendering each distinct result once. */
  private static void segments(JsonGenerator g, List<String> columns, SegmentResults segments)
      throws IOException {
    RenderedResults rendered = new RenderedResults(ReportJson::text);
    SegmentBlock block = new SegmentBlock(segments, columns.size());
    for (int from = 0; block.load(from) > 0; from += block.size()) {
      for (int row = 0; row < block.size(); row++) {
        g.writeStartObject();
        g.writeObjectFieldStart("key");
        for (int c = 0; c < columns.size(); c++) {
          g.writeStringField(columns.get(c), block.value(row, c));
        }
        g.writeEndObject();
        g.writeFieldName("result");
        g.writeRawValue(rendered.text(block, row));
        g.writeEndObject();
      }
    }
  }

  private static String text(NpsResult r) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      result(g, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes one result object: responses, promoters, passives, detractors, nps, standardError,
   * confidenceInterval (null when there are no responses), smallSample.
   *
   * @param g the generator
   * @param r the result
   * @throws IOException when the generator fails
   */
  public static void result(JsonGenerator g, NpsResult r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("responses", r.responses());
    g.writeNumberField("promoters", r.promoters());
    g.writeNumberField("passives", r.passives());
    g.writeNumberField("detractors", r.detractors());
    number(g, "nps", r.nps());
    number(g, "standardError", r.standardError());
    g.writeFieldName("confidenceInterval");
    if (r.confidenceInterval().isPresent()) {
      interval(g, r.confidenceInterval().get());
    } else {
      g.writeNull();
    }
    g.writeBooleanField("smallSample", r.smallSample());
    g.writeEndObject();
  }

  private static void interval(JsonGenerator g, ConfidenceInterval ci) throws IOException {
    g.writeStartObject();
    g.writeNumberField("level", ci.level());
    g.writeStringField("method", ci.method().name());
    number(g, "low", ci.low());
    number(g, "high", ci.high());
    g.writeEndObject();
  }

  private static void number(JsonGenerator g, String name, double value) throws IOException {
    if (Double.isFinite(value)) {
      g.writeNumberField(name, value);
    } else {
      g.writeNullField(name);
    }
  }
}
