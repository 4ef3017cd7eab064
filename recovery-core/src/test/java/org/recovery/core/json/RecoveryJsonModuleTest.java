package org.recovery.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Money;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.RecoveryAction;

class RecoveryJsonModuleTest {

  /** A host's own type that embeds Recovery's values. */
  record Envelope(String source, Complaint complaint, List<RecoveryAction> actions) {}

  private static final ObjectMapper HOST = new ObjectMapper().registerModule(RecoveryJson.module());
  private static final RecoveryJson JSON = RecoveryJson.defaults();

  @Test
  void hostMapperReadsAndWritesTheContractShapes() throws Exception {
    String complaint = RecoveryJsonTest.resource("complaint-example.json");
    String history = RecoveryJsonTest.resource("history-example.json");
    RecoveryPlan plan = RecoveryJsonTest.planWithEveryAction();

    assertThat(HOST.readValue(complaint, Complaint.class)).isEqualTo(JSON.readComplaint(complaint));
    assertThat(HOST.readValue(history, CustomerHistory.class)).isEqualTo(JSON.readHistory(history));
    assertThat(HOST.readValue(JSON.writePlan(plan), RecoveryPlan.class)).isEqualTo(plan);
    assertThat(HOST.writeValueAsString(JSON.readComplaint(complaint)))
        .isEqualTo(JSON.writeComplaint(JSON.readComplaint(complaint)));
    assertThat(HOST.writeValueAsString(plan)).isEqualTo(JSON.writePlan(plan));
  }

  @Test
  void actionsReadThroughTheirInterface() throws Exception {
    String json = "[{\"type\": \"ACCOUNT_FIX\", \"change\": \"UNSUBSCRIBE\"}]";

    List<RecoveryAction> actions = HOST.readValue(json, new TypeReference<>() {});

    assertThat(actions).containsExactly(new AccountFix(AccountFix.Change.UNSUBSCRIBE));
    assertThat(HOST.writeValueAsString(actions))
        .isEqualTo("[{\"type\":\"ACCOUNT_FIX\",\"change\":\"UNSUBSCRIBE\"}]");
  }

  @Test
  void moneyIsWrittenWithTheAmountAsAString() throws Exception {
    assertThat(HOST.writeValueAsString(Money.of("24.9", "USD")))
        .isEqualTo("{\"amount\":\"24.90\",\"currency\":\"USD\"}");
    assertThat(HOST.readValue("{\"amount\": \"1200\", \"currency\": \"JPY\"}", Money.class))
        .isEqualTo(Money.of("1200", "JPY"));
  }

  @Test
  void valuesNestedInAHostTypeRoundTrip() throws Exception {
    var envelope =
        new Envelope(
            "crm",
            RecoveryJsonTest.exampleComplaint(),
            RecoveryJsonTest.planWithEveryAction().actions());

    String json = HOST.writeValueAsString(envelope);

    assertThat(HOST.readValue(json, Envelope.class)).isEqualTo(envelope);
  }

  @Test
  void errorsInsideAHostDocumentNameTheHostPath() {
    String complaint =
        RecoveryJsonTest.resource("complaint-example.json")
            .replace("\"quantity\": 1,", "\"quantity\": 1.0,");
    String json = "{\"source\": \"crm\", \"actions\": [],\n\"complaint\": " + complaint + "}";

    assertThatThrownBy(() -> HOST.readValue(json, Envelope.class))
        .satisfies(
            e -> {
              Throwable t = e;
              while (!(t instanceof JsonFormatException) && t.getCause() != null) {
                t = t.getCause();
              }
              assertThat(t)
                  .isInstanceOf(JsonFormatException.class)
                  .hasMessage(
                      "$.complaint.lines[0].quantity: expected an integer but was 1.0 (line 6,"
                          + " column 85)");
            });
  }

  @Test
  void topLevelErrorsSurfaceAsJsonFormatException() {
    assertThatThrownBy(() -> HOST.readValue("{\"amount\": 3, \"currency\": \"USD\"}", Money.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "$.amount: expected a decimal string like \"24.99\" but was 3 (line 1, column 12)");
  }

  @Test
  void duplicateKeysAreRefusedEvenWhenTheHostParserAllowsThem() {
    assertThatThrownBy(
            () ->
                HOST.readValue(
                    "{\"amount\": \"1.00\", \"amount\": \"2.00\", \"currency\": \"USD\"}",
                    Money.class))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage("$.amount: duplicate field \"amount\" (line 1, column 20)");
  }
}
