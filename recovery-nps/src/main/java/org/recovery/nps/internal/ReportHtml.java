package org.recovery.nps.internal;

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
 * Writes an {@link NpsReport} as one self-contained HTML page: a summary first, then inline SVG
 * charts (NPS per period with its interval and significant changes; NPS per segment with its
 * interval and the promoter/passive/detractor split), each followed by a table of the same numbers.
 * No scripts, fonts or other external resources (a content security policy forbids them); every
 * text taken from the export is escaped. The page is well-formed XML. Of more than {@link
 * NpsReport#SEGMENTS_SHOWN} segments, the chart and the table show that many with the most
 * responses and say how many more there are.
 *
 * <p>Each chart is drawn twice, wide and narrow; CSS shows the narrow one on screens under 600 px
 * so that its text stays readable on a phone, and the wide one in print.
 */
public final class ReportHtml {
  private static final int WIDE = 720;
  private static final int NARROW = 360;

  private static final String CSS =
      "*{box-sizing:border-box}"
          + "body{font-family:'DejaVu Sans',system-ui,sans-serif;margin:0;color:#1A1A1A;"
          + "line-height:1.45;overflow-wrap:anywhere}"
          + "main{max-width:62rem;margin:0 auto;padding:1rem}"
          + "h1{font-size:1.6rem;margin:.4rem 0}"
          + ".summary{font-size:1.08rem;border-left:4px solid #0072B2;background:#F2F7FB;"
          + "padding:.1rem .9rem;margin:1rem 0}"
          + "figure{margin:1rem 0}"
          + "svg.chart{display:block;width:100%;height:auto}"
          + "svg.wide{max-width:720px}"
          + "svg.narrow{display:none}"
          + "@media screen and (max-width:599px){svg.wide{display:none}svg.narrow{display:block}}"
          + "figcaption{font-size:.9rem}"
          + ".legend{list-style:none;padding:0;margin:.4rem 0;display:flex;flex-wrap:wrap;"
          + "gap:.2rem 1.2rem}"
          + ".legend svg{vertical-align:middle;margin-right:.35rem}"
          + ".scroll{overflow-x:auto;max-width:100%}"
          + "table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-variant-numeric:tabular-nums}"
          + "td,th{border:1px solid #CCC;padding:.25em .5em;text-align:right;white-space:nowrap;"
          + "overflow-wrap:normal}"
          + "th:first-child,td:first-child{text-align:left;white-space:normal;min-width:7em;"
          + "overflow-wrap:anywhere}"
          + ".small{color:#8A4B00}"
          + "td.significant{font-weight:600;white-space:normal}"
          + "@page{size:A4;margin:14mm}"
          + "@media print{body{font-size:9.5pt}main{max-width:none;padding:0}"
          + ".scroll{overflow:visible}figure,tr,.summary{break-inside:avoid}}";

  private ReportHtml() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @param title the page title (escaped)
   * @return the HTML page
   */
  public static String write(NpsReport report, String title) {
    StringBuilder h = new StringBuilder(16384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<meta http-equiv=\"Content-Security-Policy\"")
        .append(" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(CSS)
        .append("</style></head><body><main>\n");
    h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    ReportSummary.of(report).write(h);
    NpsResult o = report.overall();
    h.append("<p>Rows read: ")
        .append(Figures.count(report.dataRows()))
        .append("; counted: ")
        .append(Figures.count(o.responses()))
        .append("; rejected: ")
        .append(Figures.count(report.rejected().count()))
        .append(report.deduplicated() ? "; duplicates: " + Figures.count(report.duplicates()) : "")
        .append(".</p>\n");
    resultTable(h, "Overall", "", List.of(new TableRow("all responses", o, "")));
    List<PeriodResult> periods =
        report.periods().stream().filter(p -> !p.result().isEmpty()).toList();
    if (!periods.isEmpty()) {
      h.append("<h2>By period</h2>\n<figure>");
      new PeriodChart(periods, WIDE).write(h, "period-wide", "wide");
      new PeriodChart(periods, NARROW).write(h, "period-narrow", "narrow");
      h.append("<figcaption><ul class=\"legend\">");
      legendItem(h, swatchPoint(false), "NPS of the period");
      legendItem(h, swatchBand(), level(o) + " confidence interval");
      legendItem(h, swatchPoint(true), "small sample (below the minimum)");
      legendItem(
          h, swatchSignificant(), "change from the previous period significant at " + level(o));
      h.append("</ul></figcaption></figure>\n");
      periodTable(h, report.periods());
    }
    if (!report.segments().isEmpty() && !o.isEmpty()) {
      int total = report.segments().size();
      int hidden = Math.max(0, total - NpsReport.SEGMENTS_SHOWN);
      List<SegmentResult> shown =
          hidden > 0 ? report.largestSegments(NpsReport.SEGMENTS_SHOWN) : report.segments();
      SegmentChart wide = new SegmentChart(shown, o, WIDE);
      h.append("<h2>By segment</h2>\n<figure>");
      wide.write(h, "segment-wide", "wide");
      new SegmentChart(shown, o, NARROW).write(h, "segment-narrow", "narrow");
      h.append("<figcaption><ul class=\"legend\">");
      legendItem(h, swatchPoint(false), "NPS with its " + level(o) + " interval");
      legendItem(h, swatchOverall(), "overall NPS, its interval shaded");
      legendItem(h, "", "▲ ▼ interval wholly above or below the overall interval");
      legendItem(h, swatchRect(Palette.DETRACTOR), "detractors");
      legendItem(h, swatchRect(Palette.PASSIVE), "passives");
      legendItem(h, swatchRect(Palette.PROMOTER), "promoters");
      h.append("</ul>");
      if (wide.notDrawn() > 0) {
        h.append("<p>The chart shows the ")
            .append(SegmentChart.MAX_DRAWN)
            .append(" segments with the most responses; ")
            .append(Figures.count(wide.notDrawn()))
            .append(wide.notDrawn() == 1 ? " more is" : " more are")
            .append(" in the table below.</p>");
      }
      h.append("</figcaption></figure>\n");
      resultTable(
          h,
          String.join(" × ", report.segmentColumns()),
          "",
          shown.stream()
              .sorted(SegmentChart.BY_NPS)
              .map(s -> new TableRow(SegmentChart.label(s), s.result(), ""))
              .toList());
      if (hidden > 0) {
        h.append("<p class=\"more\">… and ")
            .append(Figures.count(hidden))
            .append(hidden == 1 ? " more segment" : " more segments")
            .append("; the CSV and JSON reports list them all.</p>\n");
      }
    }
    rejections(h, report);
    h.append("</main></body></html>\n");
    return h.toString();
  }

  private static String level(NpsResult overall) {
    return overall.confidenceInterval().map(ci -> Figures.level(ci.level())).orElse("");
  }

  private static void periodTable(StringBuilder h, List<PeriodResult> periods) {
    resultTable(
        h,
        "Period",
        "<th>Change</th><th>p</th>",
        periods.stream()
            .map(
                p ->
                    new TableRow(
                        p.period(),
                        p.result(),
                        p.changeFromPrevious()
                            .map(
                                c ->
                                    (c.isSignificant() ? "<td class=\"significant\">" : "<td>")
                                        + Figures.signed(c.difference())
                                        + (c.isSignificant() ? " significant" : "")
                                        + "</td><td>"
                                        + Figures.pValue(c.pValue())
                                        + "</td>")
                            .orElse("<td>–</td><td>–</td>")))
            .toList());
  }

  /** One row of a result table: its escaped-on-write label, its result, extra ready cells. */
  private record TableRow(String label, NpsResult result, String extraCells) {}

  private static void resultTable(
      StringBuilder h, String first, String extraHeads, List<TableRow> rows) {
    h.append("<div class=\"scroll\"><table><thead><tr><th>")
        .append(Html.escape(first))
        .append("</th><th>Responses</th><th>Promoters</th><th>Passives</th><th>Detractors</th>")
        .append("<th>NPS</th><th>SE</th><th>Low</th><th>High</th>")
        .append(extraHeads)
        .append("</tr></thead><tbody>\n");
    for (TableRow row : rows) {
      NpsResult r = row.result();
      h.append(r.smallSample() ? "<tr class=\"small\">" : "<tr>")
          .append("<td><bdi>")
          .append(Html.escape(row.label()))
          .append("</bdi>")
          .append(r.smallSample() ? " (small sample)" : "")
          .append("</td><td>")
          .append(Figures.count(r.responses()))
          .append("</td><td>")
          .append(Figures.count(r.promoters()))
          .append("</td><td>")
          .append(Figures.count(r.passives()))
          .append("</td><td>")
          .append(Figures.count(r.detractors()))
          .append("</td><td>")
          .append(Figures.score(r.nps()))
          .append("</td><td>")
          .append(Figures.score(r.standardError()))
          .append("</td><td>")
          .append(
              Figures.score(r.confidenceInterval().map(ConfidenceInterval::low).orElse(Double.NaN)))
          .append("</td><td>")
          .append(
              Figures.score(
                  r.confidenceInterval().map(ConfidenceInterval::high).orElse(Double.NaN)))
          .append("</td>")
          .append(row.extraCells())
          .append("</tr>\n");
    }
    h.append("</tbody></table></div>\n");
  }

  private static void rejections(StringBuilder h, NpsReport report) {
    if (report.rejected().count() == 0) {
      return;
    }
    h.append("<h2>Rejected rows</h2>\n<div class=\"scroll\"><table><thead><tr><th>Reason</th>")
        .append("<th>Rows</th></tr></thead><tbody>");
    for (Map.Entry<RejectionReason, Long> e : report.rejected().byReason().entrySet()) {
      h.append("<tr><td>").append(e.getKey()).append("</td><td>");
      h.append(Figures.count(e.getValue())).append("</td></tr>");
    }
    h.append("</tbody></table></div>\n<div class=\"scroll\"><table><thead><tr><th>Line</th>")
        .append("<th>Column</th><th>Value</th><th>Reason</th></tr></thead><tbody>");
    for (Rejection r : report.rejected().examples()) {
      h.append("<tr><td>")
          .append(r.line())
          .append("</td><td><bdi>")
          .append(Html.escape(r.column().orElse("")))
          .append("</bdi></td><td class=\"value\"><bdi>")
          .append(Html.escape(r.value()))
          .append("</bdi></td><td>")
          .append(r.reason())
          .append("</td></tr>");
    }
    h.append("</tbody></table></div>\n");
  }

  private static void legendItem(StringBuilder h, String swatch, String text) {
    h.append("<li>").append(swatch).append(Html.escape(text)).append("</li>");
  }

  private static String swatch(String body) {
    return "<svg width=\"22\" height=\"14\" viewBox=\"0 0 22 14\" aria-hidden=\"true\">"
        + body
        + "</svg>";
  }

  private static String swatchPoint(boolean hollow) {
    return swatch(
        "<path d=\"M3 7H19M3 3V11M19 3V11\" stroke=\""
            + Palette.INTERVAL
            + "\" stroke-width=\"1.5\"/><circle cx=\"11\" cy=\"7\" r=\"4\" fill=\""
            + (hollow ? "#FFFFFF" : Palette.SCORE)
            + "\" stroke=\""
            + Palette.SCORE
            + "\" stroke-width=\"2\"/>");
  }

  private static String swatchBand() {
    return swatch(
        "<rect x=\"1\" y=\"2\" width=\"20\" height=\"10\" fill=\""
            + Palette.INTERVAL
            + "\" fill-opacity=\"0.35\"/>");
  }

  private static String swatchSignificant() {
    return swatch(
        "<path d=\"M1 12L11 7\" stroke=\""
            + Palette.SIGNIFICANT
            + "\" stroke-width=\"3.5\"/><circle cx=\"14\" cy=\"7\" r=\"5.5\" fill=\"none\" stroke=\""
            + Palette.SIGNIFICANT
            + "\" stroke-width=\"2\"/><circle cx=\"14\" cy=\"7\" r=\"2.5\" fill=\""
            + Palette.SCORE
            + "\"/>");
  }

  private static String swatchOverall() {
    return swatch(
        "<rect x=\"6\" y=\"0\" width=\"10\" height=\"14\" fill=\""
            + Palette.REFERENCE
            + "\" fill-opacity=\"0.18\"/><path d=\"M11 0V14\" stroke=\""
            + Palette.REFERENCE
            + "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>");
  }

  private static String swatchRect(String colour) {
    return swatch("<rect x=\"1\" y=\"2\" width=\"20\" height=\"10\" fill=\"" + colour + "\"/>");
  }
}
