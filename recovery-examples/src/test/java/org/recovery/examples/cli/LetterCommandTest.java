package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LetterCommandTest {

  @TempDir Path dir;

  @Test
  void writesAShortWarmReplyForPoorQualityWithTheExactRefund() {
    Path complaint = Samples.complaint(dir, "4-poor-quality");

    var run = CommandRun.of("letter", complaint.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .startsWith("Hi Priya Raman,")
        .contains("$38.00")
        .contains("no need to send")
        .doesNotContain("{")
        .doesNotContain("inconvenience");
  }

  @Test
  void writesInTheCustomersLanguageWithEnglishBesideIt() {
    Path complaint = Samples.complaint(dir, "2-wrong-size");

    var run = CommandRun.of("letter", complaint.toString(), "--also", "en");

    assertThat(run.exitCode()).isZero();
    String out = run.out();
    assertThat(out).startsWith("¡Hola, Lucía Fernández!").contains("English version");
    assertThat(out.indexOf("Hi Lucía Fernández")).isGreaterThan(out.indexOf("¡Hola"));
  }

  @Test
  void aThirdIncidentGetsAFormalLetterThatPassesTheChecker() throws IOException {
    Path complaint = Samples.complaint(dir, "5-third-incident");
    Path history = Samples.history(dir, "5-third-incident");

    var letter =
        CommandRun.of(
            "letter", complaint.toString(), "--history", history.toString(), "--lang", "en");
    Path draft = Files.writeString(dir.resolve("letter.txt"), letter.out());
    var check = CommandRun.of("check", draft.toString());

    assertThat(letter.exitCode()).isZero();
    assertThat(letter.out()).containsIgnoringCase("sorry");
    assertThat(check.exitCode()).as(check.out()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "md", "json"})
  void rendersEveryFormat(String format) {
    Path complaint = Samples.complaint(dir, "6-angry-review");

    var run = CommandRun.of("letter", complaint.toString(), "--format", format);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Jordan Lee");
    switch (format) {
      case "html" -> assertThat(run.out()).contains("<p class=\"greeting\">Dear Jordan Lee,</p>");
      case "json" -> assertThat(run.out().strip()).startsWith("{").endsWith("}");
      default -> assertThat(run.out()).doesNotContain("<p>");
    }
  }

  @Test
  void escapesTheCustomersNameInHtml() throws IOException {
    Path sample = Samples.complaint(dir, "6-angry-review");
    Path complaint =
        Files.writeString(
            dir.resolve("markup.json"),
            Files.readString(sample).replace("Jordan Lee", "Jordan <script>x</script> & Co"));

    var run = CommandRun.of("letter", complaint.toString(), "--format", "html");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Jordan &lt;script&gt;x&lt;/script&gt; &amp; Co")
        .doesNotContain("<script>");
  }

  @Test
  void anUnsupportedLanguageFallsBackToEnglishWithAWarning() {
    Path complaint = Samples.complaint(dir, "1-broken-item");

    var run = CommandRun.of("letter", complaint.toString(), "--lang", "ja");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Hi Dana Whitfield,");
    assertThat(run.err()).startsWith("recovery letter: warning: ").contains("ja");
  }

  @Test
  void aPolicyFileChangesTheDecision() throws IOException {
    Path complaint = Samples.complaint(dir, "4-poor-quality");
    Path policy =
        Files.writeString(
            dir.resolve("policy.json"),
            "{\"refunds\": {\"autoApproveLimit\": {\"USD\": \"20.00\"}}}");

    var run = CommandRun.of("decide", complaint.toString(), "--policy", policy.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"type\": \"APPROVAL\"");
  }

  @Test
  void aBadPolicyNamesTheFileAndTheJsonPath() throws IOException {
    Path complaint = Samples.complaint(dir, "4-poor-quality");
    Path policy =
        Files.writeString(
            dir.resolve("policy.json"), "{\"refunds\": {\"autoApproveLimit\": {\"USD\": -5}}}");

    var run = CommandRun.of("letter", complaint.toString(), "--policy", policy.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("recovery letter: " + policy + ": $.refunds.autoApproveLimit.USD")
        .doesNotContain("\tat ");
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void anUnknownZoneIsBadUsageWordedAsForNps() throws IOException {
    Path complaint = Samples.complaint(dir, "4-poor-quality");

    var run = CommandRun.of("letter", complaint.toString(), "--zone", "Mars/Olympus");

    assertThat(run.exitCode()).isEqualTo(RecoveryCommand.UNUSABLE);
    assertThat(run.err())
        .isEqualTo(
            "recovery letter: Invalid value for option '--zone': expected a time zone like"
                + " Europe/Berlin, UTC or +02:00 but was 'Mars/Olympus' (see 'recovery letter"
                + " --help')\n");
  }
}
