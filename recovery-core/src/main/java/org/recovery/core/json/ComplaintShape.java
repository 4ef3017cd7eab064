package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.recovery.core.Cause;
import org.recovery.core.Channel;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.GrammaticalGender;
import org.recovery.core.IssueKind;
import org.recovery.core.Mood;
import org.recovery.core.OrderLine;
import org.recovery.core.Severity;
import org.recovery.core.internal.json.JsonObject;
import org.recovery.core.internal.json.JsonValue;

/** The JSON shape of a complaint, its customer and its order lines. */
final class ComplaintShape {
  private ComplaintShape() {}

  static Complaint read(JsonValue v) {
    JsonObject o =
        v.object(
            "id",
            "customer",
            "receivedAt",
            "channel",
            "kind",
            "severity",
            "mood",
            "cause",
            "orderId",
            "lines",
            "message",
            "language",
            "rating");
    String id = o.required("id", JsonValue::string);
    Customer customer = o.required("customer", ComplaintShape::readCustomer);
    var receivedAt = o.required("receivedAt", JsonValue::instant);
    Channel channel = o.required("channel", c -> c.enumValue(Channel.class));
    IssueKind kind = o.required("kind", k -> k.enumValue(IssueKind.class));
    Severity severity = o.required("severity", s -> s.enumValue(Severity.class));
    Mood mood = o.required("mood", m -> m.enumValue(Mood.class));
    Cause cause = o.required("cause", c -> c.enumValue(Cause.class));
    Optional<String> orderId = o.optional("orderId", JsonValue::string);
    List<OrderLine> lines =
        o.optional("lines", l -> l.list(ComplaintShape::readLine)).orElse(List.of());
    String message = o.optional("message", JsonValue::string).orElse("");
    Locale language = o.optional("language", JsonValue::locale).orElse(customer.locale());
    OptionalInt rating =
        o.optional("rating", JsonValue::integer).map(OptionalInt::of).orElse(OptionalInt.empty());
    return o.construct(
        () ->
            new Complaint(
                id,
                customer,
                receivedAt,
                channel,
                kind,
                severity,
                mood,
                cause,
                orderId,
                lines,
                message,
                language,
                rating));
  }

  static Customer readCustomer(JsonValue v) {
    JsonObject o = v.object("id", "name", "givenName", "email", "locale");
    String id = o.required("id", JsonValue::string);
    String name = o.required("name", JsonValue::string);
    Optional<String> givenName = o.optional("givenName", JsonValue::string);
    Optional<String> email = o.optional("email", JsonValue::string);
    Locale locale = o.required("locale", JsonValue::locale);
    return o.construct(() -> new Customer(id, name, email, locale, givenName));
  }

  static OrderLine readLine(JsonValue v) {
    JsonObject o =
        v.object("sku", "name", "localName", "localGender", "lot", "quantity", "unitPrice");
    String sku = o.required("sku", JsonValue::string);
    String name = o.required("name", JsonValue::string);
    Optional<String> localName = o.optional("localName", JsonValue::string);
    Optional<GrammaticalGender> localGender =
        o.optional("localGender", g -> g.enumValue(GrammaticalGender.class));
    Optional<String> lot = o.optional("lot", JsonValue::string);
    int quantity = o.required("quantity", JsonValue::integer);
    var unitPrice = o.required("unitPrice", JsonValue::money);
    return o.construct(
        () -> new OrderLine(sku, name, lot, quantity, unitPrice, localName, localGender));
  }

  static void write(JsonGenerator g, Complaint c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeFieldName("customer");
    writeCustomer(g, c.customer());
    g.writeStringField("receivedAt", c.receivedAt().toString());
    g.writeStringField("channel", c.channel().name());
    g.writeStringField("kind", c.kind().name());
    g.writeStringField("severity", c.severity().name());
    g.writeStringField("mood", c.mood().name());
    g.writeStringField("cause", c.cause().name());
    if (c.orderId().isPresent()) {
      g.writeStringField("orderId", c.orderId().get());
    }
    g.writeArrayFieldStart("lines");
    for (OrderLine line : c.lines()) {
      writeLine(g, line);
    }
    g.writeEndArray();
    g.writeStringField("message", c.message());
    g.writeStringField("language", c.language().toLanguageTag());
    // The contract always carries the rating slot, null when the complaint has none.
    g.writeFieldName("rating");
    if (c.rating().isPresent()) {
      g.writeNumber(c.rating().getAsInt());
    } else {
      g.writeNull();
    }
    g.writeEndObject();
  }

  static void writeCustomer(JsonGenerator g, Customer c) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("name", c.name());
    if (c.givenName().isPresent()) {
      g.writeStringField("givenName", c.givenName().get());
    }
    if (c.email().isPresent()) {
      g.writeStringField("email", c.email().get());
    }
    g.writeStringField("locale", c.locale().toLanguageTag());
    g.writeEndObject();
  }

  static void writeLine(JsonGenerator g, OrderLine line) throws IOException {
    g.writeStartObject();
    g.writeStringField("sku", line.sku());
    g.writeStringField("name", line.name());
    if (line.localName().isPresent()) {
      g.writeStringField("localName", line.localName().get());
    }
    if (line.localGender().isPresent()) {
      g.writeStringField("localGender", line.localGender().get().name());
    }
    if (line.lot().isPresent()) {
      g.writeStringField("lot", line.lot().get());
    }
    g.writeNumberField("quantity", line.quantity());
    MoneyShape.writeField(g, "unitPrice", line.unitPrice());
    g.writeEndObject();
  }
}
