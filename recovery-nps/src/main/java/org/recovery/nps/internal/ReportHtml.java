package org.recovery.nps.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.recovery.nps.ConfidenceInterval;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;
import org.recovery.nps.Rejection;
import org.recovery.nps.RejectionReason;
import org.recovery.nps.SegmentResult;

/**
 * Writes an {@link NpsReport} as one self-contained HTML page: inline CSS and inline SVG charts
 * (NPS per period with its confidence interval; promoter/passive/detractor split per segment), no
 * scripts, fonts or other external resources. Every text taken from the export is escaped.
 */
public final class ReportHtml {
  private static final String PROMOTER = "#2e7d32";
  private static final String PASSIVE = "#bdbdbd";
  private static final String DETRACTOR = "#c62828";

  private ReportHtml() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param title the page title (escaped)
   * @return the HTML page
   */
  public static String write(NpsReport report, String title) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;margin:1em 0}")
        .append("td,th{border:1px solid #ccc;padding:.3em .6em;text-align:right}")
        .append("th:first-child,td:first-child{text-align:left}")
        .append(".small{color:#a15c00}")
        .append("</style></head><body>\n");
    h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    NpsResult o = report.overall();
    h.append("<p>NPS <strong>")
        .append(fmt(o.nps()))
        .append("</strong> (")
        .append(
            o.confidenceInterval()
                .map(
                    ci ->
                        percent(ci.level())
                            + " interval "
                            + fmt(ci.low())
                            + " to "
                            + fmt(ci.high())
                            + ", ")
                .orElse(""))
        .append(o.responses())
        .append(" responses")
        .append(o.smallSample() ? ", <span class=\"small\">small sample</span>" : "")
        .append("). Rows read: ")
        .append(report.dataRows())
        .append("; rejected: ")
        .append(report.rejected().count())
        .append(report.deduplicated() ? "; duplicates: " + report.duplicates() : "")
        .append(".</p>\n");
    resultTable(h, "Overall", List.of(Map.entry("all responses", o)));
    if (!report.periods().isEmpty()) {
      h.append("<h2>By period</h2>\n");
      periodChart(h, report.periods());
      resultTable(
          h,
          "Period",
          report.periods().stream().map(p -> Map.entry(p.period(), p.result())).toList());
    }
    if (!report.segments().isEmpty()) {
      h.append("<h2>By segment</h2>\n");
      segmentChart(h, report.segments());
      resultTable(
          h,
          String.join(" × ", report.segmentColumns()),
          report.segments().stream().map(s -> Map.entry(label(s), s.result())).toList());
    }
    if (report.rejected().count() > 0) {
      h.append("<h2>Rejected rows</h2>\n<table><tr><th>Reason</th><th>Rows</th></tr>");
      for (Map.Entry<RejectionReason, Long> e : report.rejected().byReason().entrySet()) {
        h.append("<tr><td>").append(e.getKey()).append("</td><td>").append(e.getValue());
        h.append("</td></tr>");
      }
      h.append(
          "</table>\n<table><tr><th>Line</th><th>Column</th><th>Value</th><th>Reason</th></tr>");
      for (Rejection r : report.rejected().examples()) {
        h.append("<tr><td>")
            .append(r.line())
            .append("</td><td>")
            .append(Html.escape(r.column().orElse("")))
            .append("</td><td>")
            .append(Html.escape(r.value()))
            .append("</td><td>")
            .append(r.reason())
            .append("</td></tr>");
      }
      h.append("</table>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String label(SegmentResult s) {
    return s.key().values().stream().collect(Collectors.joining(" × "));
  }

  private static void resultTable(
      StringBuilder h, String first, List<Map.Entry<String, NpsResult>> rows) {
    h.append("<table><tr><th>")
        .append(Html.escape(first))
        .append("</th><th>Responses</th><th>Promoters</th><th>Passives</th><th>Detractors</th>")
        .append("<th>NPS</th><th>SE</th><th>Low</th><th>High</th></tr>\n");
    for (Map.Entry<String, NpsResult> row : rows) {
      NpsResult r = row.getValue();
      h.append("<tr")
          .append(r.smallSample() ? " class=\"small\" title=\"small sample\"" : "")
          .append("><td>")
          .append(Html.escape(row.getKey()))
          .append("</td><td>")
          .append(r.responses())
          .append("</td><td>")
          .append(r.promoters())
          .append("</td><td>")
          .append(r.passives())
          .append("</td><td>")
          .append(r.detractors())
          .append("</td><td>")
          .append(fmt(r.nps()))
          .append("</td><td>")
          .append(fmt(r.standardError()))
          .append("</td><td>")
          .append(fmt(r.confidenceInterval().map(ConfidenceInterval::low).orElse(Double.NaN)))
          .append("</td><td>")
          .append(fmt(r.confidenceInterval().map(ConfidenceInterval::high).orElse(Double.NaN)))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void periodChart(StringBuilder h, List<PeriodResult> periods) {
    int width = 720;
    int height = 260;
    int left = 40;
    int top = 10;
    int plotW = width - left - 10;
    int plotH = height - top - 40;
    int n = periods.size();
    h.append("<svg width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"NPS per period with confidence interval\">");
    for (int v = -100; v <= 100; v += 50) {
      double y = top + plotH * (100 - v) / 200.0;
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%d</text>",
              left,
              y,
              left + plotW,
              y,
              v == 0 ? "#888" : "#eee",
              left - 4,
              y + 3,
              v));
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < n; i++) {
      PeriodResult p = periods.get(i);
      double x = left + (n == 1 ? plotW / 2.0 : plotW * i / (double) (n - 1));
      // Periods are listed only when they have responses, so each has an interval.
      ConfidenceInterval ci = p.result().confidenceInterval().orElseThrow();
      double low = top + plotH * (100 - ci.low()) / 200.0;
      double high = top + plotH * (100 - ci.high()) / 200.0;
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#90caf9\" stroke-width=\"3\"/>",
              x,
              low,
              x,
              high));
      if (Double.isFinite(p.result().nps())) {
        double y = top + plotH * (100 - p.result().nps()) / 200.0;
        path.append(path.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
        h.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"#1565c0\"><title>%s: %s</title></circle>",
                x,
                y,
                Html.escape(p.period()),
                fmt(p.result().nps())));
      }
      if (n <= 24 || i % Math.max(1, n / 12) == 0) {
        h.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                x,
                top + plotH + 16,
                Html.escape(p.period())));
      }
    }
    if (path.length() > 0) {
      h.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1565c0\"/>");
    }
    h.append("</svg>\n");
  }

  private static void segmentChart(StringBuilder h, List<SegmentResult> segments) {
    int rowH = 22;
    int labelW = 200;
    int barW = 480;
    int height = rowH * segments.size() + 30;
    h.append("<svg width=\"")
        .append(labelW + barW + 20)
        .append("\" height=\"")
        .append(height)
        .append("\" role=\"img\" aria-label=\"Promoters, passives and detractors per segment\">");
    for (int i = 0; i < segments.size(); i++) {
      SegmentResult s = segments.get(i);
      NpsResult r = s.result();
      int y = i * rowH;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>",
              labelW - 6,
              y + 15,
              Html.escape(label(s))));
      double x = labelW;
      double[] shares = {r.detractorShare(), r.passiveShare(), r.promoterShare()};
      String[] colours = {DETRACTOR, PASSIVE, PROMOTER};
      String[] names = {"detractors", "passives", "promoters"};
      for (int k = 0; k < 3; k++) {
        double w = Double.isFinite(shares[k]) ? shares[k] * barW : 0;
        h.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
                    + "<title>%s %.1f%%</title></rect>",
                x,
                y + 3,
                w,
                rowH - 6,
                colours[k],
                names[k],
                100 * (Double.isFinite(shares[k]) ? shares[k] : 0)));
        x += w;
      }
    }
    int ly = segments.size() * rowH + 18;
    h.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">detractors</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">passives</text>"
                + "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/><text x=\"%d\" y=\"%d\" font-size=\"11\">promoters</text>",
            labelW,
            ly - 9,
            DETRACTOR,
            labelW + 14,
            ly,
            labelW + 90,
            ly - 9,
            PASSIVE,
            labelW + 104,
            ly,
            labelW + 170,
            ly - 9,
            PROMOTER,
            labelW + 184,
            ly));
    h.append("</svg>\n");
  }

  private static String fmt(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.1f", value) : "–";
  }

  private static String percent(double level) {
    return String.format(Locale.ROOT, "%.0f%%", level * 100);
  }
}
