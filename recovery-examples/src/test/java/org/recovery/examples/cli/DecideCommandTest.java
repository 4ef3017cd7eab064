package org.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.AccountStatus;
import org.recovery.core.Money;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.ActionType;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.json.RecoveryJson;

class DecideCommandTest {

  @TempDir Path dir;

  private static RecoveryPlan plan(CommandRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return RecoveryJson.defaults().readPlan(run.out());
  }

  @Test
  void printsThePlanForABrokenItemAsJsonThatReadsBack() {
    Path complaint = Samples.complaint(dir, "1-broken-item");

    var plan = plan(CommandRun.of("decide", complaint.toString()));

    assertThat(plan.complaintId()).isEqualTo("c-1001");
    assertThat(plan.actions().get(0)).isInstanceOf(Replacement.class);
    assertThat(plan.actions()).extracting(RecoveryAction::type).contains(ActionType.RETURN_REQUEST);
    assertThat(plan.respondBy()).isEqualTo(Instant.parse("2026-11-20T14:15:00Z"));
    assertThat(plan.reasons()).isNotEmpty();
  }

  @Test
  void refundsPoorQualityExactly() {
    Path complaint = Samples.complaint(dir, "4-poor-quality");

    var plan = plan(CommandRun.of("decide", complaint.toString()));

    assertThat(plan.actionsOf(Refund.class))
        .extracting(Refund::amount)
        .containsExactly(Money.of("38.00", "USD"));
  }

  @Test
  void aComplaintFileStartingWithAByteOrderMarkIsRead() throws IOException {
    Path plain = Samples.complaint(dir, "4-poor-quality");
    Path withBom = dir.resolve("bom.json");
    Files.write(withBom, ("\uFEFF" + Files.readString(plain)).getBytes(StandardCharsets.UTF_8));

    var plan = plan(CommandRun.of("decide", withBom.toString()));

    assertThat(plan.actionsOf(Refund.class))
        .extracting(Refund::amount)
        .containsExactly(Money.of("38.00", "USD"));
  }

  @Test
  void aThirdIncidentWithItsHistoryTurnsTheAccountRed() {
    Path complaint = Samples.complaint(dir, "5-third-incident");
    Path history = Samples.history(dir, "5-third-incident");

    var withHistory =
        plan(CommandRun.of("decide", complaint.toString(), "--history", history.toString()));
    var alone = plan(CommandRun.of("decide", complaint.toString()));

    assertThat(withHistory.accountStatus()).isEqualTo(AccountStatus.RED);
    assertThat(withHistory.actions())
        .extracting(RecoveryAction::type)
        .contains(ActionType.ESCALATION);
    assertThat(alone.accountStatus()).isNotEqualTo(AccountStatus.RED);
  }

  @Test
  void theSameFilesAlwaysGiveTheSamePlan() {
    Path complaint = Samples.complaint(dir, "6-angry-review");

    var first = CommandRun.of("decide", complaint.toString());
    var second = CommandRun.of("decide", complaint.toString());

    assertThat(first.out()).isEqualTo(second.out());
    assertThat(plan(first).tone()).isEqualTo(Tone.FORMAL_APOLOGY);
  }

  @Test
  void nowMovesTheDeadlinesThatCountFromTheDecision() {
    Path complaint = Samples.complaint(dir, "1-broken-item");

    var later =
        plan(CommandRun.of("decide", complaint.toString(), "--now", "2026-11-21T10:15:00Z"));

    assertThat(later.actionsOf(Replacement.class))
        .extracting(Replacement::shipBy)
        .containsExactly(Instant.parse("2026-11-22T10:15:00Z"));
  }

  @Test
  void aMissingComplaintFileIsOneLineAndExitTwo() {
    Path missing = dir.resolve("nowhere.json");

    var run = CommandRun.of("decide", missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("recovery decide: cannot read " + missing + ": no such file\n");
  }

  @Test
  void aComplaintThatBreaksTheContractNamesFilePathAndPosition() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"id\": 5}");

    var run = CommandRun.of("decide", bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery decide: " + bad + ": $.id: expected a string but was 5 (line 1, column 8)\n");
  }

  @Test
  void aHistoryOfAnotherCustomerIsRefused() {
    Path complaint = Samples.complaint(dir, "1-broken-item");
    Samples.complaint(dir, "2-wrong-size");
    Path other = Samples.history(dir, "2-wrong-size");

    var run = CommandRun.of("decide", complaint.toString(), "--history", other.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "recovery decide: "
                + other
                + ": customerId must be the complaint's customer \"cust-42\" but was \"cust-77\"\n");
  }

  @Test
  void theJarsEntryPointPrintsNoLoggingWarnings() throws IOException, InterruptedException {
    Path complaint = Samples.complaint(dir, "1-broken-item");
    var command = new ArrayList<String>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            RecoveryCommand.class.getName(),
            "decide",
            complaint.toString()));
    Process process = new ProcessBuilder(command).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor()).isZero();
    assertThat(err).isEmpty();
    assertThat(new String(out, StandardCharsets.UTF_8)).contains("\"complaintId\": \"c-1001\"");
  }
}
