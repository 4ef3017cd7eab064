package org.recovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Optional;
import java.util.function.Function;
import org.recovery.core.RecoveryPlan;

/**
 * Feeds arbitrary bytes to the complaint, history and plan readers. A document either reads, and
 * then writes and reads back equal, or fails with a {@link JsonFormatException} that says where;
 * any other exception is a bug. Without {@code JAZZER_FUZZ} each target replays its committed
 * inputs under {@code RecoveryJsonFuzzTestInputs/}.
 */
class RecoveryJsonFuzzTest {
  private static final RecoveryJson JSON = RecoveryJson.defaults();

  @FuzzTest
  void complaintDocumentsReadOrFailWithAPath(byte[] document) {
    readOrExplain(document, JSON::readComplaint)
        .ifPresent(c -> assertThat(JSON.readComplaint(JSON.writeComplaint(c))).isEqualTo(c));
  }

  @FuzzTest
  void historyDocumentsReadOrFailWithAPath(byte[] document) {
    readOrExplain(document, JSON::readHistory)
        .ifPresent(h -> assertThat(JSON.readHistory(JSON.writeHistory(h))).isEqualTo(h));
  }

  @FuzzTest
  void planDocumentsReadOrFailWithAPath(byte[] document) {
    Optional<RecoveryPlan> plan = readOrExplain(document, JSON::readPlan);
    plan.ifPresent(p -> assertThat(JSON.readPlan(JSON.writePlan(p))).isEqualTo(p));
    plan.ifPresent(
        p -> assertThat(JSON.readPlan(JSON.withPrettyPrinting(true).writePlan(p))).isEqualTo(p));
  }

  /**
   * Reads the bytes as UTF-8; empty when the reader refused them with a located {@link
   * JsonFormatException}. Every other exception escapes as a finding.
   */
  static <T> Optional<T> readOrExplain(byte[] document, Function<InputStream, T> read) {
    try {
      return Optional.of(read.apply(new ByteArrayInputStream(document)));
    } catch (JsonFormatException e) {
      assertLocated(e);
      return Optional.empty();
    }
  }

  static void assertLocated(JsonFormatException e) {
    assertThat(e.path()).startsWith("$");
    assertThat(e.detail()).isNotBlank();
    assertThat(e.line()).isPositive();
    assertThat(e.column()).isPositive();
    assertThat(e.getMessage()).startsWith(e.path() + ": ");
  }
}
