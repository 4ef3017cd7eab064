package org.recovery.nps.internal;

import static org.recovery.nps.internal.Figures.px;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.recovery.nps.ConfidenceInterval;
import org.recovery.nps.NpsReport;
import org.recovery.nps.NpsResult;
import org.recovery.nps.SegmentResult;

/**
 * Draws the NPS per segment as an SVG chart of a given width, one row per segment sorted by NPS:
 * the segment's name, its NPS and number of responses, a point with its interval whisker against
 * the overall NPS and interval, and the promoter/passive/detractor split bar beside it. At most
 * {@link #MAX_DRAWN} segments are drawn, those with the most responses.
 */
final class SegmentChart {
  /** The most segments drawn: as many as the report's table shows. */
  static final int MAX_DRAWN = NpsReport.SEGMENTS_SHOWN;

  /** Highest NPS first; equal scores by more responses, then by name. */
  static final Comparator<SegmentResult> BY_NPS =
      Comparator.comparingDouble((SegmentResult s) -> -s.result().nps())
          .thenComparingLong(s -> -s.result().responses())
          .thenComparing(SegmentChart::label);

  private static final int FONT = 12;
  private static final int HEADER = 26;
  private static final int ROW = 44;

  private final List<SegmentResult> drawn;
  private final int total;
  private final NpsResult overall;
  private final int width;

  /** Draws the segments of a report with responses, at a width. */
  SegmentChart(List<SegmentResult> segments, NpsResult overall, int width) {
    this.drawn = drawn(segments);
    this.total = segments.size();
    this.overall = overall;
    this.width = width;
  }

  /** Returns the segments drawn: the {@link #MAX_DRAWN} with the most responses, by NPS. */
  static List<SegmentResult> drawn(List<SegmentResult> segments) {
    return segments.stream()
        .filter(s -> !s.result().isEmpty())
        .sorted(
            Comparator.comparingLong((SegmentResult s) -> -s.result().responses())
                .thenComparing(SegmentChart::label))
        .limit(MAX_DRAWN)
        .sorted(BY_NPS)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Returns a segment's name: its values joined with " × ". */
  static String label(SegmentResult s) {
    return String.join(" × ", s.key().values());
  }

  /** Appends the chart, an SVG with the class {@code chart} and {@code cssClass}. */
  void write(StringBuilder h, String id, String cssClass) {
    ConfidenceInterval reference = overall.confidenceInterval().orElseThrow();
    double low = Math.min(reference.low(), overall.nps());
    double high = Math.max(reference.high(), overall.nps());
    for (SegmentResult s : drawn) {
      ConfidenceInterval ci = s.result().confidenceInterval().orElseThrow();
      low = Math.min(low, Math.min(ci.low(), s.result().nps()));
      high = Math.max(high, Math.max(ci.high(), s.result().nps()));
    }
    double whiskerEnd = Math.round(width * 0.58);
    double tickRoom = LabelWidth.of("-100", FONT - 1) / 2 + 3;
    Axis x = Axis.fit(low, high, tickRoom, whiskerEnd - tickRoom);
    double splitStart = whiskerEnd + 14;
    double splitW = width - 2 - splitStart;
    double plotBottom = HEADER + ROW * drawn.size();
    int height = (int) plotBottom + 6;
    String level = Figures.level(reference.level());

    h.append("<svg class=\"chart ")
        .append(cssClass)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\" font-size=\"")
        .append(FONT)
        .append("\"><title id=\"")
        .append(id)
        .append("-t\">NPS per segment</title><desc id=\"")
        .append(id)
        .append("-d\">")
        .append(Html.escape(description(level)))
        .append("</desc>");
    h.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"plot\" x=\"%s\" y=\"%d\" width=\"%s\" height=\"%s\" fill=\"#FAFAFA\"/>",
            px(x.from() - 3),
            HEADER,
            px(x.to() - x.from() + 6),
            px(plotBottom - HEADER)));
    h.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%s\" fill=\"%s\" fill-opacity=\"0.18\"/>",
            px(x.at(reference.low())),
            HEADER,
            px(x.at(reference.high()) - x.at(reference.low())),
            px(plotBottom - HEADER),
            Palette.REFERENCE));
    for (double t : x.ticks()) {
      boolean zero = Math.abs(t) < 1e-9;
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%s\" y1=\"%d\" x2=\"%1$s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>"
                  + "<text x=\"%1$s\" y=\"%d\" text-anchor=\"middle\" font-size=\"%d\""
                  + " fill=\"#444\">%d</text>",
              px(x.at(t)),
              HEADER,
              px(plotBottom),
              zero ? Palette.REFERENCE : Palette.GRID,
              zero ? "1.5" : "1",
              HEADER - 8,
              FONT - 1,
              Math.round(t)));
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%s\" y1=\"%d\" x2=\"%1$s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1.5\""
                + " stroke-dasharray=\"5 3\"/>",
            px(x.at(overall.nps())),
            HEADER,
            px(plotBottom),
            Palette.REFERENCE));
    for (int i = 0; i < drawn.size(); i++) {
      row(h, drawn.get(i), HEADER + ROW * i, x, reference, splitStart, splitW, level);
    }
    h.append("</svg>\n");
  }

  private void row(
      StringBuilder h,
      SegmentResult s,
      double top,
      Axis x,
      ConfidenceInterval reference,
      double splitStart,
      double splitW,
      String level) {
    NpsResult r = s.result();
    ConfidenceInterval ci = r.confidenceInterval().orElseThrow();
    String mark = ci.low() > reference.high() ? "▲ " : ci.high() < reference.low() ? "▼ " : "";
    String numbers =
        mark + "NPS " + Figures.score(r.nps()) + " · n=" + Figures.count(r.responses());
    double numbersW = LabelWidth.of(numbers, FONT);
    String name = LabelWidth.fit(label(s), FONT, width - 4 - numbersW - 12);
    double baseline = top + 15;
    double middle = top + 31;
    h.append(
        String.format(
            Locale.ROOT,
            "<g><title>%s</title><text x=\"2\" y=\"%s\">%s</text>"
                + "<text x=\"%s\" y=\"%2$s\" text-anchor=\"end\" font-weight=\"600\">%s</text>",
            Html.escape(title(s, level)),
            px(baseline),
            Html.escape(name),
            px(width - 2.0),
            Html.escape(numbers)));
    h.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M%s %sH%sM%1$s %s V%sM%3$s %4$s V%5$s\" stroke=\"%s\" stroke-width=\"2\""
                + " fill=\"none\"/>"
                + "<circle class=\"point\" cx=\"%s\" cy=\"%2$s\" r=\"4.5\" fill=\"%s\" stroke=\"%6$s\""
                + " stroke-width=\"2\"/>",
            px(x.at(ci.low())),
            px(middle),
            px(x.at(ci.high())),
            px(middle - 4),
            px(middle + 4),
            Palette.SCORE,
            px(x.at(r.nps())),
            r.smallSample() ? "#FFFFFF" : Palette.SCORE));
    double[] shares = {r.detractorShare(), r.passiveShare(), r.promoterShare()};
    String[] colours = {Palette.DETRACTOR, Palette.PASSIVE, Palette.PROMOTER};
    double at = splitStart;
    for (int k = 0; k < 3; k++) {
      double w = shares[k] * splitW;
      h.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"14\" fill=\"%s\"/>",
              px(at),
              px(middle - 7),
              px(w),
              colours[k]));
      at += w;
    }
    h.append("</g>");
  }

  private String description(String level) {
    return (drawn.size() < total
            ? "The " + drawn.size() + " segments with the most responses, of " + total + ","
            : "All " + total + " segments,")
        + " sorted by NPS from highest to lowest. Each row gives the segment's NPS and number of"
        + " responses (n), a point with its "
        + level
        + " confidence interval against the overall NPS of "
        + Figures.score(overall.nps())
        + " (dashed line, its interval shaded), and a bar split into detractors, passives and"
        + " promoters. ▲ and ▼ mark a segment whose interval lies wholly above or below the overall"
        + " interval; a hollow point is a small sample.";
  }

  private static String title(SegmentResult s, String level) {
    NpsResult r = s.result();
    ConfidenceInterval ci = r.confidenceInterval().orElseThrow();
    return label(s)
        + ": NPS "
        + Figures.score(r.nps())
        + " ("
        + level
        + " interval "
        + Figures.score(ci.low())
        + " to "
        + Figures.score(ci.high())
        + "), "
        + Figures.count(r.responses())
        + " responses"
        + (r.smallSample() ? ", small sample" : "")
        + String.format(
            Locale.ROOT,
            "; detractors %.1f%%, passives %.1f%%, promoters %.1f%%",
            100 * r.detractorShare(),
            100 * r.passiveShare(),
            100 * r.promoterShare());
  }

  /** Returns the number of segments left out of the chart. */
  int notDrawn() {
    return total - drawn.size();
  }
}
