package org.recovery.nps.internal;

import static org.recovery.nps.internal.Figures.px;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recovery.nps.ConfidenceInterval;
import org.recovery.nps.NpsComparison;
import org.recovery.nps.NpsResult;
import org.recovery.nps.PeriodResult;

/**
 * Draws the NPS per period as an SVG chart of a given width: an axis fitted to the scores and their
 * intervals (the zero line when in range), the interval as a band with whiskers, each point
 * labelled with its NPS, the number of responses under each period, small samples hollow, and a
 * significant change from the previous period drawn thick and ringed.
 */
final class PeriodChart {
  private static final int FONT = 11;
  private static final int HEIGHT = 280;

  private final List<PeriodResult> periods;
  private final int width;

  /** Draws non-empty periods (a report lists only periods with responses) at a width. */
  PeriodChart(List<PeriodResult> periods, int width) {
    this.periods = List.copyOf(periods);
    this.width = width;
  }

  /** Appends the chart, an SVG with the class {@code chart} and {@code cssClass}. */
  void write(StringBuilder h, String id, String cssClass) {
    int n = periods.size();
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    double columnW = 0;
    double valueW = 0;
    for (PeriodResult p : periods) {
      ConfidenceInterval ci = interval(p.result());
      low = Math.min(low, Math.min(ci.low(), p.result().nps()));
      high = Math.max(high, Math.max(ci.high(), p.result().nps()));
      columnW = Math.max(columnW, LabelWidth.of(p.period(), FONT));
      columnW = Math.max(columnW, LabelWidth.of(responses(p.result()), FONT - 1));
      valueW = Math.max(valueW, LabelWidth.of(Figures.score(p.result().nps()), FONT));
    }
    double top = FONT + 12;
    double bottom = HEIGHT - (2 * FONT + 20);
    Axis y = Axis.fit(low, high, bottom, top);
    double tickW = 0;
    for (double t : y.ticks()) {
      tickW = Math.max(tickW, LabelWidth.of(tick(t), FONT));
    }
    double half = Math.max(columnW, valueW) / 2;
    double left = Math.max(tickW + 10, half + 2);
    double right = width - (half + 4);
    double step = (right - left) / n;
    int labelEvery = (int) Math.ceil((columnW + 4) / step);
    int valueEvery = (int) Math.ceil((valueW + 6) / step);

    String level = Figures.level(interval(periods.get(0).result()).level());
    h.append("<svg class=\"chart ")
        .append(cssClass)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(HEIGHT)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\" font-size=\"")
        .append(FONT)
        .append("\"><title id=\"")
        .append(id)
        .append("-t\">NPS per period</title><desc id=\"")
        .append(id)
        .append("-d\">")
        .append(Html.escape(description(level)))
        .append("</desc>");
    h.append(
        String.format(
            Locale.ROOT,
            "<rect class=\"plot\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#FAFAFA\"/>",
            px(left),
            px(top),
            px(right - left),
            px(bottom - top)));
    for (double t : y.ticks()) {
      boolean zero = Math.abs(t) < 1e-9;
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%2$s\" stroke=\"%s\" stroke-width=\"%s\"/>"
                  + "<text x=\"%s\" y=\"%s\" text-anchor=\"end\" fill=\"#444\">%s</text>",
              px(left),
              px(y.at(t)),
              px(right),
              zero ? Palette.REFERENCE : Palette.GRID,
              zero ? "1.5" : "1",
              px(left - 5),
              px(y.at(t) + FONT * 0.35),
              tick(t)));
    }
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NpsResult r = periods.get(i).result();
      ConfidenceInterval ci = interval(r);
      points.add(
          new double[] {left + step * (i + 0.5), y.at(r.nps()), y.at(ci.low()), y.at(ci.high())});
    }
    band(h, points);
    double cap = Math.min(8, step * 0.4) / 2;
    for (double[] p : points) {
      h.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%s %sV%sM%s %sH%sM%s %sH%s\" stroke=\"%s\" stroke-width=\"1.5\""
                  + " fill=\"none\"/>",
              px(p[0]),
              px(p[2]),
              px(p[3]),
              px(p[0] - cap),
              px(p[2]),
              px(p[0] + cap),
              px(p[0] - cap),
              px(p[3]),
              px(p[0] + cap),
              Palette.INTERVAL));
    }
    for (int i = 1; i < n; i++) {
      boolean significant = significant(periods.get(i));
      h.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%s\"/>",
              px(points.get(i - 1)[0]),
              px(points.get(i - 1)[1]),
              px(points.get(i)[0]),
              px(points.get(i)[1]),
              significant ? Palette.SIGNIFICANT : Palette.SCORE,
              significant ? "3.5" : "1.5"));
    }
    for (int i = 0; i < n; i++) {
      PeriodResult period = periods.get(i);
      double[] p = points.get(i);
      boolean labelled = (n - 1 - i) % labelEvery == 0;
      if (significant(period)) {
        h.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%s\" cy=\"%s\" r=\"7.5\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>",
                px(p[0]),
                px(p[1]),
                Palette.SIGNIFICANT));
      }
      boolean small = period.result().smallSample();
      h.append(
          String.format(
              Locale.ROOT,
              "<circle class=\"point\" cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"%s\" stroke=\"%s\""
                  + " stroke-width=\"2\"><title>%s</title></circle>",
              px(p[0]),
              px(p[1]),
              small ? "#FFFFFF" : Palette.SCORE,
              Palette.SCORE,
              Html.escape(pointTitle(period, level))));
      if ((n - 1 - i) % valueEvery == 0) {
        h.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" font-weight=\"600\">%s</text>",
                px(p[0]),
                px(Math.min(p[3], p[1] - 6) - 5),
                Figures.score(period.result().nps())));
      }
      if (labelled) {
        h.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\">%s</text>"
                    + "<text x=\"%1$s\" y=\"%s\" text-anchor=\"middle\" font-size=\"%d\""
                    + " fill=\"#555\">%s</text>",
                px(p[0]),
                px(bottom + FONT + 5),
                Html.escape(period.period()),
                px(bottom + 2 * FONT + 9),
                FONT - 1,
                responses(period.result())));
      }
    }
    h.append("</svg>\n");
  }

  private static void band(StringBuilder h, List<double[]> points) {
    if (points.size() < 2) {
      return;
    }
    StringBuilder d = new StringBuilder("M");
    for (double[] p : points) {
      d.append(px(p[0])).append(' ').append(px(p[3])).append(" L");
    }
    for (int i = points.size() - 1; i >= 0; i--) {
      d.append(px(points.get(i)[0])).append(' ').append(px(points.get(i)[2]));
      d.append(i > 0 ? " L" : "Z");
    }
    h.append("<path d=\"")
        .append(d)
        .append("\" fill=\"")
        .append(Palette.INTERVAL)
        .append("\" fill-opacity=\"0.25\" stroke=\"none\"/>");
  }

  private String description(String level) {
    StringBuilder d =
        new StringBuilder("NPS of each of the ")
            .append(periods.size())
            .append(" periods from ")
            .append(periods.get(0).period())
            .append(" to ")
            .append(periods.get(periods.size() - 1).period())
            .append(", with its ")
            .append(level)
            .append(" confidence interval as a band and the number of responses (n) under each.");
    List<String> changes = new ArrayList<>();
    List<String> small = new ArrayList<>();
    for (PeriodResult p : periods) {
      if (significant(p)) {
        changes.add(p.period() + " (" + Figures.signed(change(p).difference()) + ")");
      }
      if (p.result().smallSample()) {
        small.add(p.period());
      }
    }
    d.append(
        changes.isEmpty()
            ? " No change from one period to the next is significant at " + level + "."
            : " Changes significant at " + level + ": " + String.join(", ", changes) + ".");
    if (!small.isEmpty()) {
      d.append(" Small samples: ").append(String.join(", ", small)).append('.');
    }
    return d.toString();
  }

  private static String pointTitle(PeriodResult p, String level) {
    NpsResult r = p.result();
    ConfidenceInterval ci = interval(r);
    StringBuilder t =
        new StringBuilder(p.period())
            .append(": NPS ")
            .append(Figures.score(r.nps()))
            .append(" (")
            .append(level)
            .append(" interval ")
            .append(Figures.score(ci.low()))
            .append(" to ")
            .append(Figures.score(ci.high()))
            .append("), ")
            .append(Figures.count(r.responses()))
            .append(" responses");
    if (r.smallSample()) {
      t.append(", small sample");
    }
    p.changeFromPrevious()
        .ifPresent(
            c ->
                t.append("; change ")
                    .append(Figures.signed(c.difference()))
                    .append(c.isSignificant() ? ", significant" : ", not significant"));
    return t.toString();
  }

  static boolean significant(PeriodResult p) {
    return p.changeFromPrevious().map(NpsComparison::isSignificant).orElse(false);
  }

  private static NpsComparison change(PeriodResult p) {
    return p.changeFromPrevious().orElseThrow();
  }

  private static ConfidenceInterval interval(NpsResult r) {
    // A report lists a period only when it has responses, and then it has an interval.
    return r.confidenceInterval().orElseThrow();
  }

  private static String responses(NpsResult r) {
    return "n=" + Figures.count(r.responses());
  }

  private static String tick(double value) {
    return Long.toString(Math.round(value));
  }
}
