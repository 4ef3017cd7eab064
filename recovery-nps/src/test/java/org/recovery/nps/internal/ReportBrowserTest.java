package org.recovery.nps.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.recovery.nps.NpsReport;

/**
 * Opens generated reports in headless Chromium (Debian's {@code chromium} and {@code
 * chromium-driver}, never a downloaded browser) at a desktop and a phone width, and checks what a
 * reader would see: no chart text outside its chart, no horizontal page overflow, every point in
 * its plot area, every chart titled and described, no request leaving the page and no console
 * error. Screenshots land in {@code target/report-browser/} for people to look at.
 *
 * <p>Without a browser the test is skipped with a message, except under {@code CI=true}, where it
 * fails. {@code -Drecovery.chromium=PATH} and {@code -Drecovery.chromedriver=PATH} point it
 * elsewhere; {@code -Drecovery.readmeScreenshot=FILE} also writes the README's screenshot there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
  private static final Path OUT = Path.of("target", "report-browser");
  private static final int DESKTOP = 1200;
  private static final int PHONE = 390;

  /** Checks the page in the browser and returns the problems found and the charts checked. */
  private static final String CHECKS =
      """
      const problems = [];
      const shown = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
      const outside = (r, box) => r.left < box.left - 0.5 || r.right > box.right + 0.5
          || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
      const where = r => `[${r.left.toFixed(1)}, ${r.top.toFixed(1)}, ${r.right.toFixed(1)}, ${r.bottom.toFixed(1)}]`;
      let charts = 0;
      for (const svg of document.querySelectorAll('svg.chart')) {
        if (!shown(svg)) continue;
        charts++;
        const box = svg.getBoundingClientRect();
        const title = svg.querySelector(':scope > title');
        const desc = svg.querySelector(':scope > desc');
        if (!title || !title.textContent.trim() || !desc || !desc.textContent.trim()) {
          problems.push('chart without title and desc: ' + svg.getAttribute('aria-labelledby'));
        }
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          if (outside(r, box)) {
            problems.push(`text "${text.textContent}" at ${where(r)} outside its chart ${where(box)}`);
          }
        }
        const plot = svg.querySelector('rect.plot').getBoundingClientRect();
        const points = svg.querySelectorAll('circle.point');
        if (points.length === 0) problems.push('chart without points');
        for (const p of points) {
          const r = p.getBoundingClientRect();
          const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
          if (x < plot.left - 0.5 || x > plot.right + 0.5 || y < plot.top - 0.5 || y > plot.bottom + 0.5) {
            problems.push(`point at ${x.toFixed(1)}, ${y.toFixed(1)} outside its plot ${where(plot)}`);
          }
        }
      }
      const page = document.documentElement;
      if (page.scrollWidth > window.innerWidth) {
        problems.push(`page is ${page.scrollWidth} px wide in a ${window.innerWidth} px window`);
      }
      if (window.innerWidth !== arguments[0]) {
        problems.push(`window is ${window.innerWidth} px wide, not ${arguments[0]}`);
      }
      for (const e of performance.getEntriesByType('resource')) problems.push('loaded ' + e.name);
      return {problems, charts, height: page.scrollHeight};
      """;

  private ChromeDriver driver;
  private String skipped = "";

  @BeforeAll
  void startBrowser() throws Exception {
    Path chromium = Path.of(System.getProperty("recovery.chromium", "/usr/bin/chromium"));
    Path chromedriver =
        Path.of(System.getProperty("recovery.chromedriver", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String missing =
          "the report browser test needs "
              + chromium
              + " and "
              + chromedriver
              + " (Debian: apt-get install chromium chromium-driver;"
              + " or -Drecovery.chromium=PATH -Drecovery.chromedriver=PATH)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but " + missing);
      }
      skipped = "Skipped: " + missing + ". Under CI=true this fails.";
      System.err.println("ReportBrowserTest: " + skipped);
      return;
    }
    Files.createDirectories(OUT);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        "--no-first-run",
        "--disable-extensions",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-default-apps",
        "--disable-sync");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver.toFile())
            .usingAnyFreePort()
            .withTimeout(Duration.ofSeconds(120))
            .build();
    driver = new ChromeDriver(service, options);
    // A loaded two-core machine can be slow; nothing here waits on the network.
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  @BeforeEach
  void skipWithoutBrowser() {
    Assumptions.assumeTrue(skipped.isEmpty(), skipped);
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of("many-periods", (Supplier<NpsReport>) ReportSamples::manyPeriods, 2),
        Arguments.of("one-period", (Supplier<NpsReport>) ReportSamples::onePeriod, 2),
        Arguments.of("no-responses", (Supplier<NpsReport>) ReportSamples::noResponses, 0),
        Arguments.of("200-segments", (Supplier<NpsReport>) ReportSamples::manySegments, 2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportReadsWellAtDesktopAndPhoneWidths(String name, Supplier<NpsReport> report, int charts)
      throws Exception {
    Path page = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(page, report.get().toHtml("NPS <" + name + "> & \"friends\""));
    for (int width : List.of(DESKTOP, PHONE)) {
      Map<String, Object> seen = open(page, width);
      assertThat(problems(seen)).as("%s at %d px", name, width).isEmpty();
      assertThat(((Number) seen.get("charts")).intValue())
          .as("charts shown in %s at %d px", name, width)
          .isEqualTo(charts);
      screenshot(OUT.resolve(name + "-" + width + ".png"), width, height(seen));
    }
  }

  @Test
  void theChecksCatchABrokenPage() throws Exception {
    Path page = OUT.resolve("broken.html").toAbsolutePath();
    Files.writeString(
        page,
        "<!DOCTYPE html><html><head>"
            + "</head><body><div style=\"width:2000px\">wide</div>"
            + "<svg class=\"chart\" width=\"100\" height=\"50\"><rect class=\"plot\" width=\"50\""
            + " height=\"50\"/><circle class=\"point\" cx=\"90\" cy=\"10\" r=\"3\"/>"
            + "<text x=\"60\" y=\"20\">far too long a label</text></svg>"
            + "<img src=\"http://127.0.0.1:9/x.png\"/></body></html>");
    List<String> problems = problems(open(page, PHONE));
    assertThat(problems)
        .anyMatch(p -> p.startsWith("chart without title and desc"))
        .anyMatch(p -> p.startsWith("text \"far too long a label\""))
        .anyMatch(p -> p.startsWith("point at"))
        .anyMatch(p -> p.matches("page is \\d+ px wide in a \\d+ px window"))
        .anyMatch(p -> p.equals("request to http://127.0.0.1:9/x.png"))
        .anyMatch(p -> p.startsWith("console: "));
  }

  @Test
  void markupInSegmentNamesStaysText() throws Exception {
    Path page = OUT.resolve("markup.html").toAbsolutePath();
    Files.writeString(page, ReportSamples.manySegments().toHtml("<img src=x>"));
    open(page, DESKTOP);
    Object injected =
        driver.executeScript(
            "return document.querySelectorAll('script, img, iframe, object, embed, link').length");
    String text = (String) driver.executeScript("return document.body.textContent");
    assertThat(((Number) injected).intValue()).isZero();
    assertThat(text).contains("<script>alert(1)</script>").contains("<img src=x>");
  }

  @Test
  void readmeScreenshotShowsAYearOfResponses() throws Exception {
    Path page = OUT.resolve("year.html").toAbsolutePath();
    Files.writeString(page, ReportSamples.year().toHtml("Net Promoter Score, 2026"));
    Map<String, Object> seen = open(page, 1000);
    assertThat(problems(seen)).isEmpty();
    Path png = OUT.resolve("nps-report.png");
    screenshot(png, 1000, 1300);
    assertThat(Files.size(png)).isGreaterThan(10_000);
    String readme = System.getProperty("recovery.readmeScreenshot", "");
    if (!readme.isBlank()) {
      Files.copy(png, Path.of(readme), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> open(Path page, int width) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
    drain();
    driver.get(page.toUri().toString());
    Map<String, Object> seen = (Map<String, Object>) driver.executeScript(CHECKS, width);
    List<String> problems = new ArrayList<>((List<String>) seen.get("problems"));
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        problems.add("console: " + entry.getMessage());
      }
    }
    problems.addAll(requestsLeaving(page.toUri().toString()));
    seen.put("problems", problems);
    return seen;
  }

  private void drain() {
    driver.manage().logs().get(LogType.BROWSER);
    driver.manage().logs().get(LogType.PERFORMANCE);
  }

  private List<String> requestsLeaving(String pageUrl) {
    ObjectMapper json = new ObjectMapper();
    List<String> leaving = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      try {
        JsonNode message = json.readTree(entry.getMessage()).path("message");
        if (message.path("method").asText().equals("Network.requestWillBeSent")) {
          String url = message.path("params").path("request").path("url").asText();
          if (!url.equals(pageUrl)) {
            leaving.add("request to " + url);
          }
        }
      } catch (java.io.IOException e) {
        leaving.add("unreadable performance log entry: " + e.getMessage());
      }
    }
    return leaving;
  }

  @SuppressWarnings("unchecked")
  private static List<String> problems(Map<String, Object> seen) {
    return (List<String>) seen.get("problems");
  }

  private static int height(Map<String, Object> seen) {
    return Math.min(12_000, ((Number) seen.get("height")).intValue());
  }

  private void screenshot(Path png, int width, int height) throws Exception {
    Map<String, Object> shot =
        driver.executeCdpCommand(
            "Page.captureScreenshot",
            Map.of(
                "format",
                "png",
                "captureBeyondViewport",
                true,
                "clip",
                Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(png, Base64.getDecoder().decode((String) shot.get("data")));
  }
}
