package org.recovery.nps.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.recovery.nps.ConfidenceInterval;
import org.recovery.nps.NpsComparison;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.SegmentResult;

/**
 * Picks what a report's first sentences say: the best segment whose interval lies wholly above the
 * overall interval, the worst whose interval lies wholly below it, and the latest change between
 * consecutive periods that is significant at the report's confidence level.
 *
 * @param report the report summarised
 * @param best the highest-scoring segment clear above the overall interval
 * @param worst the lowest-scoring segment clear below the overall interval
 * @param latestChange the latest period whose change from the previous one is significant
 */
record ReportSummary(
    NpsReport report,
    Optional<SegmentResult> best,
    Optional<SegmentResult> worst,
    Optional<PeriodResult> latestChange) {

  /** Summarises a report. */
  static ReportSummary of(NpsReport report) {
    Optional<ConfidenceInterval> overall = report.overall().confidenceInterval();
    // Streamed, not collected: a report's segments may be millions, each computed when read.
    Optional<SegmentResult> best =
        overall.flatMap(
            o ->
                report.segments().stream()
                    .filter(s -> !s.result().isEmpty() && interval(s).low() > o.high())
                    .min(SegmentChart.BY_NPS));
    Optional<SegmentResult> worst =
        overall.flatMap(
            o ->
                report.segments().stream()
                    .filter(s -> !s.result().isEmpty() && interval(s).high() < o.low())
                    .max(SegmentChart.BY_NPS));
    Optional<PeriodResult> latest =
        report.periods().stream()
            .filter(PeriodChart::significant)
            .max(Comparator.comparing(PeriodResult::start));
    return new ReportSummary(report, best, worst, latest);
  }

  /** Appends the summary as HTML paragraphs. */
  void write(StringBuilder h) {
    NpsResult o = report.overall();
    h.append("<div class=\"summary\"><p>");
    if (o.isEmpty()) {
      h.append("No responses were counted, so there is no NPS: ")
          .append(Figures.count(report.dataRows()))
          .append(report.dataRows() == 1 ? " row was read, " : " rows were read, ")
          .append(Figures.count(report.rejected().count()))
          .append(" rejected.</p></div>\n");
      return;
    }
    ConfidenceInterval ci = o.confidenceInterval().orElseThrow();
    String level = Figures.level(ci.level());
    h.append("The overall NPS is <strong>")
        .append(Figures.score(o.nps()))
        .append("</strong> (")
        .append(level)
        .append(" interval ")
        .append(Figures.score(ci.low()))
        .append(" to ")
        .append(Figures.score(ci.high()))
        .append(") from ")
        .append(Figures.count(o.responses()))
        .append(o.responses() == 1 ? " response" : " responses")
        .append(o.smallSample() ? ", a small sample" : "")
        .append(".");
    if (!report.segments().isEmpty()) {
      h.append(' ');
      segments(h);
    }
    if (report.periods().size() > 1) {
      h.append(' ');
      change(h, level);
    }
    h.append("</p></div>\n");
  }

  private void segments(StringBuilder h) {
    if (best.isEmpty() && worst.isEmpty()) {
      h.append("No segment's interval lies clear of the overall interval.");
      return;
    }
    best.ifPresent(
        s -> {
          h.append("Best segment: ");
          segment(h, s);
          h.append(", above the overall interval.");
        });
    worst.ifPresent(
        s -> {
          h.append(best.isPresent() ? " Worst segment: " : "Worst segment: ");
          segment(h, s);
          h.append(", below the overall interval.");
        });
    if (best.isEmpty()) {
      h.append(" No segment lies clear above the overall interval.");
    }
    if (worst.isEmpty()) {
      h.append(" No segment lies clear below the overall interval.");
    }
  }

  private static void segment(StringBuilder h, SegmentResult s) {
    ConfidenceInterval ci = interval(s);
    h.append("<strong><bdi>")
        .append(Html.escape(SegmentChart.label(s)))
        .append("</bdi></strong> at ")
        .append(Figures.score(s.result().nps()))
        .append(" (")
        .append(Figures.score(ci.low()))
        .append(" to ")
        .append(Figures.score(ci.high()))
        .append(", n=")
        .append(Figures.count(s.result().responses()))
        .append(')');
  }

  private void change(StringBuilder h, String level) {
    if (latestChange.isEmpty()) {
      h.append("No change from one period to the next is significant at ")
          .append(level)
          .append('.');
      return;
    }
    PeriodResult p = latestChange.orElseThrow();
    NpsComparison c = p.changeFromPrevious().orElseThrow();
    String previous = previous(p);
    h.append("The latest significant change (")
        .append(level)
        .append(") is from ")
        .append(Html.escape(previous))
        .append(" to ")
        .append(Html.escape(p.period()))
        .append(": <strong>")
        .append(Figures.signed(c.difference()))
        .append(" points</strong> (interval of the change ")
        .append(Figures.signed(c.confidenceInterval().low()))
        .append(" to ")
        .append(Figures.signed(c.confidenceInterval().high()))
        .append(", p ")
        .append(Figures.pValue(c.pValue()).startsWith("&lt;") ? "" : "= ")
        .append(Figures.pValue(c.pValue()))
        .append(").");
  }

  private String previous(PeriodResult p) {
    List<PeriodResult> periods = report.periods();
    int i = periods.indexOf(p);
    return i > 0 ? periods.get(i - 1).period() : "";
  }

  private static ConfidenceInterval interval(SegmentResult s) {
    return s.result().confidenceInterval().orElseThrow();
  }
}
