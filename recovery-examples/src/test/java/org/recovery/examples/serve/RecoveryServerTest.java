package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.templates.OwnershipChecker;

class RecoveryServerTest {

  private static final String SCORE =
      "How likely is it that you would recommend us to a friend or colleague?";

  private static final ObjectMapper JSON = new ObjectMapper();

  private static RecoveryServer server;

  @TempDir static Path dir;

  @BeforeAll
  static void start() throws IOException {
    server = RecoveryServer.start(Http.settings());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static URI at(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  @Test
  void healthSaysUp() {
    var response = Http.get(at("/health"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "1-broken-item",
        "2-wrong-size",
        "3-usage-difficulty",
        "4-poor-quality",
        "5-third-incident",
        "6-angry-review"
      })
  void decideAnswersExactlyWhatTheCommandLinePrints(String demoCase) {
    Path complaint = Http.copy(dir, demoCase + ".json");
    Path history = Http.copy(dir, demoCase + ".history.json");
    String printed = Http.cli("decide", complaint.toString(), "--history", history.toString());

    var response = Http.post(at("/v1/decide"), "application/json", Http.decisionBody(demoCase));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(response.body()).isEqualTo(printed);
  }

  @Test
  void decideTakesNowFromTheBodyAsTheCommandLineTakesItFromNow() {
    Path complaint = Http.copy(dir, "1-broken-item.json");
    String printed = Http.cli("decide", complaint.toString(), "--now", "2026-11-22T10:00:00Z");

    var response =
        Http.post(
            at("/v1/decide"),
            "application/json; charset=utf-8",
            "{\"complaint\": "
                + Http.sample("1-broken-item.json")
                + ", \"now\": \"2026-11-22T10:00:00Z\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(printed);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "html", "md", "json"})
  void letterAnswersExactlyWhatTheCommandLinePrints(String format) {
    Path complaint = Http.copy(dir, "5-third-incident.json");
    Path history = Http.copy(dir, "5-third-incident.history.json");
    String printed =
        Http.cli(
            "letter",
            complaint.toString(),
            "--history",
            history.toString(),
            "--lang",
            "es",
            "--also",
            "en",
            "--format",
            format);

    var response =
        Http.post(
            at("/v1/letter?lang=es&also=en&format=" + format),
            "application/json",
            Http.decisionBody("5-third-incident"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(printed);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(
            switch (format) {
              case "text" -> "text/plain";
              case "html" -> "text/html";
              case "md" -> "text/markdown";
              default -> "application/json";
            });
    assertThat(response.headers().allValues("Warning")).isEmpty();
  }

  @Test
  void letterWarnsInAHeaderWhenALanguageHasNoPhrases() {
    var response =
        Http.post(at("/v1/letter?lang=xx"), "application/json", Http.decisionBody("1-broken-item"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("Warning"))
        .containsExactly(
            "299 recovery \"no phrases for locale 'xx'; the letter is written in English\"");
  }

  @Test
  void checkAnswersTheCheckersFindingsWithTheirPositions() throws IOException {
    String draft = Http.sample("draft-reply.txt");
    var expected = OwnershipChecker.defaults().check(draft, Locale.ENGLISH);

    var response =
        Http.post(
            at("/v1/check?lang=en"),
            "application/json",
            JSON.writeValueAsString(java.util.Map.of("text", draft)));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode findings = JSON.readTree(response.body()).get("findings");
    assertThat(findings).hasSize(expected.size()).isNotEmpty();
    for (int i = 0; i < expected.size(); i++) {
      var f = expected.get(i);
      JsonNode node = findings.get(i);
      assertThat(node.get("line").asInt()).isEqualTo(f.line());
      assertThat(node.get("column").asInt()).isEqualTo(f.column());
      assertThat(node.get("category").asText()).isEqualTo(f.category().name());
      assertThat(node.get("text").asText()).isEqualTo(f.text());
      assertThat(node.get("suggestion").asText()).isEqualTo(f.suggestion());
      assertThat(node.size()).isEqualTo(5);
    }
  }

  @Test
  void aCleanDraftIsStillOkWithNoFindings() {
    var response =
        Http.post(
            at("/v1/check"),
            "application/json",
            "{\"text\": \"We are sorry. A new kettle is on its way today.\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"findings\":[]}\n");
  }

  @Test
  void npsAnswersExactlyWhatTheCommandLinePrintsAsJson() {
    Path export = Http.copy(dir, "survey-export.csv");
    String printed =
        Http.cli(
            "nps",
            export.toString(),
            "--score",
            SCORE,
            "--by",
            "country",
            "--timestamp",
            "submitted_at",
            "--period",
            "week",
            "--format",
            "json");

    var response =
        Http.post(
            at(
                "/v1/nps?score="
                    + URLEncoder.encode(SCORE, StandardCharsets.UTF_8)
                    + "&by=country&timestamp=submitted_at&period=week"),
            "text/csv",
            Http.sample("survey-export.csv"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(printed);
  }

  @Test
  void npsReadsJsonLinesWhenTheBodyIsNdjson() throws IOException {
    Path export = dir.resolve("answers.jsonl");
    String lines =
        "{\"score\": 10, \"c\": \"DE\"}\n{\"score\": 3, \"c\": \"DE\"}\n{\"score\": 9}\n";
    java.nio.file.Files.writeString(export, lines);
    String printed =
        Http.cli("nps", export.toString(), "--score", "score", "--by", "c", "--format", "json");

    var response = Http.post(at("/v1/nps?score=score&by=c"), "application/x-ndjson", lines);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(printed);
  }

  @Test
  void aContractViolationIsLocatedInTheBody() throws IOException {
    String complaint = Http.sample("4-poor-quality.json").replace("\"19.00\"", "-3");
    String body = "{\"complaint\": " + complaint + "}";

    var response = Http.post(at("/v1/decide"), "application/json", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:recovery:problem:invalid-body");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    String detail = problem.get("detail").asText();
    assertThat(detail)
        .startsWith(
            "$.complaint.lines[0].unitPrice.amount: expected a decimal string like \"24.99\" but"
                + " was -3 (line ");
    int offset = body.indexOf("-3");
    String before = body.substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = offset - before.lastIndexOf('\n');
    assertThat(detail).endsWith("(line " + line + ", column " + column + ")");
    assertThat(problem.get("requestId").asText())
        .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
  }

  @Test
  void malformedJsonIsRefusedWithItsPosition() throws IOException {
    var response =
        Http.post(at("/v1/decide"), "application/json", "{\"complaint\": {\n  \"id\": }");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .startsWith("$: malformed JSON: Unexpected character ('}'")
        .endsWith("(line 2, column 9)");
  }

  @Test
  void anUnknownFieldOfTheEnvelopeIsNamed() throws IOException {
    var response =
        Http.post(
            at("/v1/decide"),
            "application/json",
            "{\"complaint\": " + Http.sample("1-broken-item.json") + ", \"when\": 1}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .startsWith("$.when: unknown field, expected one of complaint, history, now (line ");
  }

  @Test
  void anotherCustomersHistoryIsRefused() throws IOException {
    String body =
        "{\"complaint\": "
            + Http.sample("1-broken-item.json")
            + ", \"history\": {\"customerId\": \"someone-else\", \"incidents\": []}}";

    var response = Http.post(at("/v1/decide"), "application/json", body);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .startsWith("$.history: customerId must be the complaint's customer ")
        .endsWith("but was \"someone-else\"");
  }

  @Test
  void anUnknownQueryParameterIsNamed() throws IOException {
    var response =
        Http.post(
            at("/v1/letter?language=es"), "application/json", Http.decisionBody("1-broken-item"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo("unknown query parameter 'language', expected one of also, format, lang, zone");
  }

  @Test
  void anUnknownPathIsNotFound() throws IOException {
    var response = Http.get(at("/v1/decisions"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("No such endpoint");
    assertThat(problem.get("detail").asText())
        .isEqualTo("no endpoint at /v1/decisions; see /openapi.json for the endpoints");
  }

  @Test
  void aWrongMethodIsNotAllowedAndNamesTheAllowedOne() throws IOException {
    var response = Http.get(at("/v1/decide"));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo("/v1/decide answers POST, not GET");
  }

  @Test
  void aWrongContentTypeIsUnsupported() throws IOException {
    var response = Http.post(at("/v1/decide"), "text/plain", Http.decisionBody("1-broken-item"));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo("Content-Type must be application/json but was 'text/plain'");
  }

  @Test
  void npsRefusesABodyThatIsNeitherCsvNorJsonLines() throws IOException {
    var response = Http.post(at("/v1/nps?score=score"), "application/json", "{}");

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo(
            "Content-Type must be text/csv or application/x-ndjson but was 'application/json'");
  }

  @Test
  void aMissingScoreColumnIsABadRequestNamingTheHeaders() throws IOException {
    var response = Http.post(at("/v1/nps?score=rating"), "text/csv", "id,score\n1,9\n");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("rating");
  }

  @Test
  void everyErrorNamesItsRequestIdAndNoStackTrace() {
    for (HttpResponse<String> response :
        List.of(
            Http.get(at("/nope")),
            Http.post(at("/v1/check"), "application/json", "{\"text\": 3}"),
            Http.post(at("/v1/nps?period=fortnight&score=s&timestamp=t"), "text/csv", "s\n"))) {
      assertThat(response.statusCode()).isBetween(400, 499);
      assertThat(response.body())
          .contains(
              "\"requestId\":\"" + response.headers().firstValue("X-Request-Id").orElseThrow())
          .doesNotContain("\tat ")
          .doesNotContain("Exception");
    }
  }
}
