package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.IssueKind;
import org.recovery.core.Money;
import org.recovery.core.internal.json.JsonObject;
import org.recovery.core.internal.json.JsonValue;

/** The JSON shape of a customer history and its incidents. */
final class HistoryShape {
  private HistoryShape() {}

  static CustomerHistory read(JsonValue v) {
    JsonObject o = v.object("customerId", "incidents");
    String customerId = o.required("customerId", JsonValue::string);
    List<Incident> incidents =
        o.optional("incidents", i -> i.list(HistoryShape::readIncident)).orElse(List.of());
    return o.construct(() -> new CustomerHistory(customerId, incidents));
  }

  static Incident readIncident(JsonValue v) {
    JsonObject o =
        v.object("complaintId", "occurredAt", "kind", "businessCaused", "refunded", "resolved");
    String complaintId = o.required("complaintId", JsonValue::string);
    var occurredAt = o.required("occurredAt", JsonValue::instant);
    IssueKind kind = o.required("kind", k -> k.enumValue(IssueKind.class));
    boolean businessCaused = o.required("businessCaused", JsonValue::bool);
    Optional<Money> refunded = o.optional("refunded", JsonValue::money);
    boolean resolved = o.required("resolved", JsonValue::bool);
    return o.construct(
        () -> new Incident(complaintId, occurredAt, kind, businessCaused, refunded, resolved));
  }

  static void write(JsonGenerator g, CustomerHistory h) throws IOException {
    g.writeStartObject();
    g.writeStringField("customerId", h.customerId());
    g.writeArrayFieldStart("incidents");
    for (Incident incident : h.incidents()) {
      writeIncident(g, incident);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeIncident(JsonGenerator g, Incident i) throws IOException {
    g.writeStartObject();
    g.writeStringField("complaintId", i.complaintId());
    g.writeStringField("occurredAt", i.occurredAt().toString());
    g.writeStringField("kind", i.kind().name());
    g.writeBooleanField("businessCaused", i.businessCaused());
    if (i.refunded().isPresent()) {
      MoneyShape.writeField(g, "refunded", i.refunded().get());
    }
    g.writeBooleanField("resolved", i.resolved());
    g.writeEndObject();
  }
}
