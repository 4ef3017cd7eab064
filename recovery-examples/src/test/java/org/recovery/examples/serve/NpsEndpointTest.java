package org.recovery.examples.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code POST /v1/nps} takes every {@code recovery nps} option that applies to one upload, answers
 * what the command line prints for it, and refuses a bad value as the command line does.
 */
class NpsEndpointTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String DEMO = Http.sample("survey-export.csv");

  private static final String SCORE =
      "How likely is it that you would recommend us to a friend or colleague?";

  /** Local times, one respondent answering twice, weights and a segment. */
  private static final String LOCAL =
      "id,when,score,w,city\n"
          + "a,11/2/2026 23:30:00,9,2,Zürich\n"
          + "b,11/3/2026 0:15:00,3,1,Bern\n"
          + "a,11/10/2026 9:05:00,4,1.5,Zürich\n"
          + "c,11/16/2026 12:00:00,10,0.5,Bern\n"
          + "d,11/16/2026 13:00:00,8,1,Zürich\n";

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

  static Stream<Arguments> uploads() throws IOException {
    byte[] demo = DEMO.getBytes(StandardCharsets.UTF_8);
    byte[] local = LOCAL.getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of(
            "timestamp-format and zone",
            local,
            options(
                "score",
                "score",
                "timestamp",
                "when",
                "timestamp-format",
                "M/d/yyyy H:mm:ss",
                "zone",
                "Asia/Tokyo",
                "period",
                "week")),
        Arguments.of(
            "epoch timestamps",
            "score,at\n9,1793404800\n2,1794009600\n10,1794614400\n"
                .getBytes(StandardCharsets.UTF_8),
            options(
                "score",
                "score",
                "timestamp",
                "at",
                "timestamp-format",
                "epoch",
                "period",
                "week")),
        Arguments.of(
            "zone on the demo",
            demo,
            options(
                "score",
                SCORE,
                "timestamp",
                "submitted_at",
                "period",
                "day",
                "zone",
                "America/Los_Angeles")),
        Arguments.of(
            "id and dedupe",
            demo,
            options(
                "score",
                SCORE,
                "id",
                "customer_id",
                "dedupe",
                "",
                "timestamp",
                "submitted_at",
                "period",
                "month")),
        Arguments.of(
            "id and dedupe on local times",
            local,
            options(
                "score",
                "score",
                "id",
                "id",
                "dedupe",
                "",
                "timestamp",
                "when",
                "timestamp-format",
                "M/d/yyyy H:mm:ss")),
        Arguments.of("weight", local, options("score", "score", "weight", "w", "by", "city")),
        Arguments.of(
            "semicolon delimiter",
            LOCAL.replace(',', ';').getBytes(StandardCharsets.UTF_8),
            options("score", "score", "delimiter", ";", "by", "city")),
        Arguments.of(
            "tab delimiter",
            LOCAL.replace(',', '\t').getBytes(StandardCharsets.UTF_8),
            options("score", "score", "delimiter", "tab", "by", "city")),
        Arguments.of(
            "windows-1252",
            LOCAL.getBytes(Charset.forName("windows-1252")),
            options("score", "score", "charset", "windows-1252", "by", "city")),
        Arguments.of("level", demo, options("score", SCORE, "level", "0.8", "by", "country")),
        Arguments.of("score guessed from the header", demo, options("by", "country")),
        Arguments.of(
            "score guessed from a header past which the upload streams on",
            large(),
            options("by", "c")),
        Arguments.of(
            "preset with its own score column",
            Files.readAllBytes(
                Path.of(System.getProperty("recovery.realData"), "qualtrics_sample.csv")),
            options("preset", "qualtrics", "score", "Q1", "by", "Q2")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uploads")
  void everyUploadOptionAnswersWhatTheCommandLinePrints(
      String name, byte[] export, Map<String, String> options) throws IOException {
    Path file = Files.write(dir.resolve(name.replace(' ', '-') + ".csv"), export);
    var args = new ArrayList<>(List.of("nps", file.toString(), "--format", "json"));
    var query = new StringBuilder();
    options.forEach(
        (option, value) -> {
          args.add("--" + option);
          if (!option.equals("dedupe")) {
            args.add(value);
          }
          query.append(query.length() == 0 ? "?" : "&");
          query.append(option);
          if (!value.isEmpty()) {
            query.append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
          }
        });
    String printed = Http.cli(args.toArray(String[]::new));

    var response = Http.post(at("/v1/nps" + query), "text/csv", export);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(printed);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("level=1.5", "level must be between 0 and 1 (exclusive) but was 1.5"),
        Arguments.of(
            "level=high", "level: expected a number between 0 and 1 (exclusive) but was 'high'"),
        Arguments.of("dedupe", "dedupe needs id=COLUMN to know who responded"),
        Arguments.of("dedupe=maybe&id=id", "dedupe: expected true or false but was 'maybe'"),
        Arguments.of("delimiter=%3B%3B", "delimiter must be one character or 'tab' but was ';;'"),
        Arguments.of(
            "timestamp-format=epoch",
            "timestamp-format needs timestamp=COLUMN to know what to read"),
        Arguments.of(
            "timestamp=when&timestamp-format=yyyy-MM-dd%7B",
            "timestamp-format must be iso, epoch or a java.time pattern like 'M/d/yyyy H:mm:ss'"
                + " but was 'yyyy-MM-dd{': "),
        Arguments.of(
            "zone=Mars%2FOlympus",
            "zone: expected a time zone like Europe/Berlin, UTC or +02:00 but was 'Mars/Olympus'"),
        Arguments.of(
            "charset=klingon",
            "charset: expected a character set such as utf-8 or windows-1252 but was 'klingon'"),
        Arguments.of(
            "period=week", "period needs timestamp=COLUMN to know when each response was given"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void aBadValueIsRefusedNamingTheParameterTheValueAndWhatWasExpected(String query, String detail)
      throws IOException {
    var response = Http.post(at("/v1/nps?score=score&" + query), "text/csv", LOCAL);

    assertThat(response.statusCode()).isEqualTo(400);
    var problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:recovery:problem:invalid-parameter");
    assertThat(problem.get("detail").asText()).startsWith(detail);
  }

  @Test
  void anUnguessableScoreColumnIsRefusedListingTheColumns() throws IOException {
    var response = Http.post(at("/v1/nps"), "text/csv", LOCAL);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo(
            "the body: cannot tell which column holds the score: no header mentions 'recommend'"
                + " or 'NPS'; name it with score=COLUMN, one of: id, when, score, w, city");
  }

  @Test
  void aContentTypeCharsetMustAgreeWithTheCharsetParameter() throws IOException {
    var response =
        Http.post(
            at("/v1/nps?score=score&charset=windows-1252"),
            "text/csv; charset=utf-8",
            LOCAL.getBytes(Charset.forName("windows-1252")));

    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .isEqualTo(
            "Content-Type charset must be windows-1252 (the charset parameter) but was 'utf-8'");
  }

  @Test
  void aMissingWeightColumnIsRefusedNamingIt() throws IOException {
    var response = Http.post(at("/v1/nps?score=score&weight=wt"), "text/csv", LOCAL);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("detail").asText())
        .contains("weight column \"wt\" not found");
  }

  private static URI at(String pathAndQuery) {
    return server.uri().resolve(pathAndQuery);
  }

  private static Map<String, String> options(String... pairs) {
    var options = new LinkedHashMap<String, String>();
    for (int i = 0; i < pairs.length; i += 2) {
      options.put(pairs[i], pairs[i + 1]);
    }
    return options;
  }

  /** An export larger than the prefix the score column is guessed from. */
  private static byte[] large() {
    var csv = new StringBuilder("c,Would you recommend us?\n");
    for (int i = 0; csv.length() <= 2 * NpsEndpoint.HEADER_PEEK; i++) {
      csv.append(i % 3 == 0 ? "DE" : "FR").append(',').append(i % 11).append('\n');
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }
}
