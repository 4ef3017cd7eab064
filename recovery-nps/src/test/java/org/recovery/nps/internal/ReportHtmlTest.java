package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.recovery.nps.NpsComparison;
import org.recovery.nps.NpsReport;
import org.recovery.nps.PeriodResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ReportHtmlTest {

  private static Document parse(String html) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
  }

  private static Element chart(Document page, String id) {
    NodeList svgs = page.getElementsByTagName("svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      if (svg.getAttribute("aria-labelledby").startsWith(id + "-t")) {
        return svg;
      }
    }
    throw new AssertionError("no chart " + id);
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagName(tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      found.add((Element) nodes.item(i));
    }
    return found;
  }

  private static double number(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  @Test
  void periodAxisIsFittedToTheIntervalsNotTheWholeScale() throws Exception {
    NpsReport report = ReportSamples.year();
    Element svg = chart(parse(report.toHtml()), "period-wide");
    List<Long> ticks =
        children(svg, "text").stream()
            .filter(t -> t.getAttribute("text-anchor").equals("end"))
            .map(t -> Long.parseLong(t.getTextContent()))
            .toList();
    double lowest =
        report.periods().stream()
            .mapToDouble(p -> p.result().confidenceInterval().orElseThrow().low())
            .min()
            .orElseThrow();
    double highest =
        report.periods().stream()
            .mapToDouble(p -> p.result().confidenceInterval().orElseThrow().high())
            .max()
            .orElseThrow();
    assertThat(ticks).contains(0L).doesNotContain(-100L, 100L);
    assertThat(ticks.get(0)).isLessThanOrEqualTo(Math.round(Math.floor(lowest)));
    assertThat(ticks.get(ticks.size() - 1)).isGreaterThanOrEqualTo(Math.round(Math.ceil(highest)));
    assertThat(ticks.get(ticks.size() - 1) - ticks.get(0)).isLessThanOrEqualTo(120);
  }

  @Test
  void everyPeriodLabelIncludingTheLastFitsInsideTheChart() throws Exception {
    for (String id : List.of("period-wide", "period-narrow")) {
      Element svg = chart(parse(ReportSamples.manyPeriods().toHtml()), id);
      double width = Double.parseDouble(svg.getAttribute("viewBox").split(" ")[2]);
      List<Element> labels =
          children(svg, "text").stream()
              .filter(t -> t.getTextContent().matches("\\d{4}-\\d{2}"))
              .toList();
      assertThat(labels).last().extracting(Element::getTextContent).isEqualTo("2026-12");
      for (Element label : labels) {
        double half = LabelWidth.of(label.getTextContent(), 11) / 2;
        assertThat(number(label, "x") - half).isGreaterThanOrEqualTo(0);
        assertThat(number(label, "x") + half).isLessThanOrEqualTo(width);
      }
    }
  }

  @Test
  void marksExactlyTheChangesTheLibraryFindsSignificant() throws Exception {
    NpsReport report = ReportSamples.year();
    List<String> significant =
        report.periods().stream()
            .filter(p -> p.changeFromPrevious().map(NpsComparison::isSignificant).orElse(false))
            .map(PeriodResult::period)
            .toList();
    Element svg = chart(parse(report.toHtml()), "period-wide");
    long rings =
        children(svg, "circle").stream()
            .filter(c -> c.getAttribute("stroke").equals(Palette.SIGNIFICANT))
            .count();
    assertThat(significant).containsExactly("2026-10");
    assertThat(rings).isEqualTo(1);
    assertThat(report.toHtml())
        .contains("The latest significant change (95%) is from 2026-09 to 2026-10");
  }

  @Test
  void marksSmallPeriodsHollow() throws Exception {
    Element svg = chart(parse(ReportSamples.year().toHtml()), "period-wide");
    List<String> hollow =
        children(svg, "circle").stream()
            .filter(c -> c.getAttribute("class").equals("point"))
            .filter(c -> c.getAttribute("fill").equals("#FFFFFF"))
            .map(c -> c.getTextContent())
            .toList();
    assertThat(hollow).singleElement().asString().startsWith("2026-08: NPS").contains("small");
  }

  @Test
  void showsTheFiftyLargestSegmentsSortedByNpsAndSaysHowManyMoreThereAre() throws Exception {
    NpsReport report = ReportSamples.manySegments();
    String html = report.toHtml();
    Element svg = chart(parse(html), "segment-wide");
    List<Double> scores =
        children(svg, "text").stream()
            .map(Element::getTextContent)
            .filter(t -> t.contains("NPS "))
            .map(t -> Double.parseDouble(t.replaceAll(".*NPS (-?[0-9.]+) .*", "$1")))
            .toList();
    long smallestDrawn =
        report.segments().stream()
            .mapToLong(s -> s.result().responses())
            .sorted()
            .skip(report.segments().size() - 50)
            .findFirst()
            .orElseThrow();
    assertThat(scores).hasSize(50).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(SegmentChart.drawn(report.segments()))
        .allSatisfy(s -> assertThat(s.result().responses()).isGreaterThanOrEqualTo(smallestDrawn));
    assertThat(NpsReport.SEGMENTS_SHOWN).isEqualTo(50);
    assertThat(html)
        .contains(
            "<p class=\"more\">… and 150 more segments; the CSV and JSON reports list them all.")
        .doesNotContain("more are in the table");
    long tabulated =
        report.segments().stream()
            .filter(s -> html.contains("<td><bdi>" + Html.escape(SegmentChart.label(s)) + "</bdi>"))
            .count();
    assertThat(tabulated).isEqualTo(50);
    assertThat(report.largestSegments(50))
        .allSatisfy(
            s ->
                assertThat(html)
                    .contains("<td><bdi>" + Html.escape(SegmentChart.label(s)) + "</bdi>"));
  }

  @Test
  void summaryNamesSegmentsClearOfTheOverallInterval() {
    String html = ReportSamples.year().toHtml();
    assertThat(html)
        .contains("The overall NPS is <strong>")
        .contains("Worst segment: <strong><bdi>Middle East</bdi></strong>")
        .contains("No segment lies clear above the overall interval.");
  }

  @Test
  void escapesMarkupInNamesAndLoadsNothingFromOutside() throws Exception {
    String html = ReportSamples.manySegments().toHtml("<b>title</b>");
    Document page = parse(html);
    assertThat(html)
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    for (String tag : List.of("script", "img", "link", "iframe", "object", "image", "use")) {
      assertThat(page.getElementsByTagName(tag).getLength()).as(tag).isZero();
    }
    NodeList all = page.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      assertThat(e.hasAttribute("src") || e.hasAttribute("href") || e.hasAttribute("xlink:href"))
          .as(e.getTagName())
          .isFalse();
    }
    String style = page.getElementsByTagName("style").item(0).getTextContent();
    assertThat(style).doesNotContain("url(").doesNotContain("@import");
    assertThat(html).contains("default-src 'none'");
  }

  @Test
  void everyChartHasATitleAndADescription() throws Exception {
    Document page = parse(ReportSamples.manyPeriods().toHtml());
    List<Element> charts =
        children(page.getDocumentElement(), "svg").stream()
            .filter(s -> s.getAttribute("class").startsWith("chart"))
            .toList();
    assertThat(charts).hasSize(4);
    for (Element svg : charts) {
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      assertThat(children(svg, "title").get(0).getTextContent()).isNotBlank();
      assertThat(children(svg, "desc").get(0).getTextContent()).contains("95%");
    }
  }

  @Test
  void aReportWithoutResponsesSaysSoAndDrawsNoChart() throws Exception {
    String html = ReportSamples.noResponses().toHtml();
    parse(html);
    assertThat(html).contains("No responses were counted").doesNotContain("class=\"chart");
  }

  @Test
  void shortensLabelsToTheirRoomWithAnEllipsis() {
    String long_ = "W".repeat(80);
    String fitted = LabelWidth.fit(long_, 12, 200);
    assertThat(fitted).endsWith("…").hasSizeLessThan(long_.length());
    assertThat(LabelWidth.of(fitted, 12)).isLessThanOrEqualTo(200);
    assertThat(LabelWidth.fit("Europe", 12, 200)).isEqualTo("Europe");
    assertThat(LabelWidth.of("東京", 10)).isGreaterThan(LabelWidth.of("ab", 10));
  }

  @Test
  void fitsTheAxisOnRoundTicksAndKeepsItInsideTheScale() {
    // 12.7..21.2 widens to the 10-point minimum, 11.45..22.45 with 5% room: a fifth of it is
    // 2.2, so the step is 5 and the axis runs 10..25 with the data across most of it.
    Axis axis = Axis.fit(12.7, 21.2, 0, 100);
    assertThat(axis.step()).isEqualTo(5.0);
    assertThat(axis.ticks()).containsExactly(10.0, 15.0, 20.0, 25.0);
    assertThat(axis.at(10)).isEqualTo(0.0);
    assertThat(axis.at(25)).isEqualTo(100.0);
    assertThat(Axis.fit(95, 100, 0, 1).max()).isEqualTo(100.0);
    assertThat(Axis.fit(-100, 100, 0, 1).ticks()).contains(-100.0, 0.0, 100.0);
  }
}
