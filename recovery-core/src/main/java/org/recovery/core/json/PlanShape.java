package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.recovery.core.AccountStatus;
import org.recovery.core.OwnershipKey;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.internal.json.JsonObject;
import org.recovery.core.internal.json.JsonValue;

/** The JSON shape of a recovery plan, its ownership statements and reasons. */
final class PlanShape {
  private PlanShape() {}

  static RecoveryPlan read(JsonValue v) {
    JsonObject o =
        v.object(
            "complaintId",
            "actions",
            "respondBy",
            "tone",
            "ownership",
            "goodwill",
            "accountStatus",
            "reasons");
    String complaintId = o.required("complaintId", JsonValue::string);
    List<RecoveryAction> actions = o.required("actions", a -> a.list(ActionShape::read));
    var respondBy = o.required("respondBy", JsonValue::instant);
    Tone tone = o.required("tone", t -> t.enumValue(Tone.class));
    List<OwnershipStatement> ownership =
        o.required("ownership", s -> s.list(PlanShape::readOwnership));
    double goodwill = o.required("goodwill", JsonValue::number);
    AccountStatus status = o.required("accountStatus", s -> s.enumValue(AccountStatus.class));
    List<Reason> reasons = o.required("reasons", r -> r.list(PlanShape::readReason));
    return o.construct(
        () ->
            new RecoveryPlan(
                complaintId, actions, respondBy, tone, ownership, goodwill, status, reasons));
  }

  static OwnershipStatement readOwnership(JsonValue v) {
    JsonObject o = v.object("key", "parameters");
    OwnershipKey key = o.required("key", k -> k.enumValue(OwnershipKey.class));
    Map<String, String> parameters =
        o.optional("parameters", p -> p.map(JsonValue::string)).orElse(Map.of());
    return o.construct(() -> new OwnershipStatement(key, parameters));
  }

  static Reason readReason(JsonValue v) {
    JsonObject o = v.object("rule", "text");
    String rule = o.required("rule", JsonValue::string);
    String text = o.required("text", JsonValue::string);
    return o.construct(() -> new Reason(rule, text));
  }

  static void write(JsonGenerator g, RecoveryPlan plan) throws IOException {
    g.writeStartObject();
    g.writeStringField("complaintId", plan.complaintId());
    g.writeArrayFieldStart("actions");
    for (RecoveryAction action : plan.actions()) {
      ActionShape.write(g, action);
    }
    g.writeEndArray();
    g.writeStringField("respondBy", plan.respondBy().toString());
    g.writeStringField("tone", plan.tone().name());
    g.writeArrayFieldStart("ownership");
    for (OwnershipStatement statement : plan.ownership()) {
      writeOwnership(g, statement);
    }
    g.writeEndArray();
    g.writeNumberField("goodwill", plan.goodwill());
    g.writeStringField("accountStatus", plan.accountStatus().name());
    g.writeArrayFieldStart("reasons");
    for (Reason reason : plan.reasons()) {
      writeReason(g, reason);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeOwnership(JsonGenerator g, OwnershipStatement s) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", s.key().name());
    g.writeObjectFieldStart("parameters");
    for (Map.Entry<String, String> p : s.parameters().entrySet()) {
      g.writeStringField(p.getKey(), p.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  static void writeReason(JsonGenerator g, Reason r) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", r.rule());
    g.writeStringField("text", r.text());
    g.writeEndObject();
  }
}
