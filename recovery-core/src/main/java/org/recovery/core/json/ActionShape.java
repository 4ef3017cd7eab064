package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.recovery.core.Money;
import org.recovery.core.action.AccountFix;
import org.recovery.core.action.ActionType;
import org.recovery.core.action.Approval;
import org.recovery.core.action.Credit;
import org.recovery.core.action.Escalation;
import org.recovery.core.action.Exchange;
import org.recovery.core.action.FollowUp;
import org.recovery.core.action.Guidance;
import org.recovery.core.action.Investigation;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.action.Refund;
import org.recovery.core.action.Replacement;
import org.recovery.core.action.Reship;
import org.recovery.core.action.ReturnRequest;
import org.recovery.core.action.StopSaleReview;
import org.recovery.core.internal.json.JsonObject;
import org.recovery.core.internal.json.JsonValue;

/**
 * The JSON shape of every {@link RecoveryAction}: an object with {@code "type"} (the {@link
 * ActionType} name) and the action's components by name.
 */
final class ActionShape {
  private ActionShape() {}

  static RecoveryAction read(JsonValue v) {
    JsonValue typeValue = v.members().get("type");
    if (typeValue == null) {
      throw v.fail("missing required field \"type\"");
    }
    ActionType type = typeValue.enumValue(ActionType.class);
    return switch (type) {
      case REFUND -> {
        JsonObject o = v.object("type", "amount", "skus", "returnRequired");
        Money amount = o.required("amount", JsonValue::money);
        var skus = o.required("skus", s -> s.list(JsonValue::string));
        o.optional("returnRequired")
            .ifPresent(r -> requireConstant(r, false, "a refund never waits for a return"));
        yield o.construct(() -> new Refund(amount, skus));
      }
      case REPLACEMENT -> {
        JsonObject o = v.object("type", "sku", "quantity", "shipBy");
        String sku = o.required("sku", JsonValue::string);
        int quantity = o.required("quantity", JsonValue::integer);
        Instant shipBy = o.required("shipBy", JsonValue::instant);
        yield o.construct(() -> new Replacement(sku, quantity, shipBy));
      }
      case EXCHANGE -> {
        JsonObject o = v.object("type", "sku", "quantity", "shipBy");
        String sku = o.required("sku", JsonValue::string);
        int quantity = o.required("quantity", JsonValue::integer);
        Instant shipBy = o.required("shipBy", JsonValue::instant);
        yield o.construct(() -> new Exchange(sku, quantity, shipBy));
      }
      case GUIDANCE -> {
        JsonObject o = v.object("type", "sku", "fallback");
        Optional<String> sku = o.optional("sku", JsonValue::string);
        var fallback = o.required("fallback", f -> f.enumValue(Guidance.Fallback.class));
        yield o.construct(() -> new Guidance(sku, fallback));
      }
      case CREDIT -> {
        JsonObject o = v.object("type", "amount", "percent", "expiresAt");
        Optional<Money> amount = o.optional("amount", JsonValue::money);
        OptionalInt percent =
            o.optional("percent", JsonValue::integer)
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
        Instant expiresAt = o.required("expiresAt", JsonValue::instant);
        yield o.construct(() -> new Credit(amount, percent, expiresAt));
      }
      case RETURN_REQUEST -> {
        JsonObject o =
            v.object("type", "sku", "lot", "prepaidLabel", "photosWelcome", "optional", "purpose");
        String sku = o.required("sku", JsonValue::string);
        Optional<String> lot = o.optional("lot", JsonValue::string);
        boolean prepaidLabel = o.required("prepaidLabel", JsonValue::bool);
        boolean photosWelcome = o.required("photosWelcome", JsonValue::bool);
        o.optional("optional")
            .ifPresent(r -> requireConstant(r, true, "a return is never a condition"));
        o.optional("purpose", p -> p.enumValue(ReturnRequest.Purpose.class));
        yield o.construct(() -> new ReturnRequest(sku, lot, prepaidLabel, photosWelcome));
      }
      case INVESTIGATION -> {
        JsonObject o = v.object("type", "sku", "lot");
        String sku = o.required("sku", JsonValue::string);
        Optional<String> lot = o.optional("lot", JsonValue::string);
        yield o.construct(() -> new Investigation(sku, lot));
      }
      case PROCESS_FIX -> {
        JsonObject o = v.object("type", "area", "sku");
        var area = o.required("area", a -> a.enumValue(ProcessFix.Area.class));
        Optional<String> sku = o.optional("sku", JsonValue::string);
        yield o.construct(() -> new ProcessFix(area, sku));
      }
      case ESCALATION -> {
        JsonObject o = v.object("type", "owner", "why", "deadline");
        String owner = o.required("owner", JsonValue::string);
        var why = o.required("why", w -> w.enumValue(Escalation.Why.class));
        Instant deadline = o.required("deadline", JsonValue::instant);
        yield o.construct(() -> new Escalation(owner, why, deadline));
      }
      case APPROVAL -> {
        JsonObject o = v.object("type", "amount", "approver", "deadline");
        Money amount = o.required("amount", JsonValue::money);
        String approver = o.required("approver", JsonValue::string);
        Instant deadline = o.required("deadline", JsonValue::instant);
        yield o.construct(() -> new Approval(amount, approver, deadline));
      }
      case STOP_SALE_REVIEW -> {
        JsonObject o = v.object("type", "sku", "evidence");
        String sku = o.required("sku", JsonValue::string);
        String evidence = o.required("evidence", JsonValue::string);
        yield o.construct(() -> new StopSaleReview(sku, evidence));
      }
      case FOLLOW_UP -> {
        JsonObject o = v.object("type", "at", "why");
        Instant at = o.required("at", JsonValue::instant);
        var why = o.required("why", w -> w.enumValue(FollowUp.Why.class));
        yield o.construct(() -> new FollowUp(at, why));
      }
      case ACCOUNT_FIX -> {
        JsonObject o = v.object("type", "change");
        var change = o.required("change", c -> c.enumValue(AccountFix.Change.class));
        yield o.construct(() -> new AccountFix(change));
      }
      case RESHIP -> {
        JsonObject o = v.object("type", "sku", "quantity", "shipBy", "expedited");
        String sku = o.required("sku", JsonValue::string);
        int quantity = o.required("quantity", JsonValue::integer);
        Instant shipBy = o.required("shipBy", JsonValue::instant);
        boolean expedited = o.required("expedited", JsonValue::bool);
        yield o.construct(() -> new Reship(sku, quantity, shipBy, expedited));
      }
    };
  }

  private static void requireConstant(JsonValue v, boolean expected, String why) {
    if (v.kind() != JsonValue.Kind.BOOLEAN || v.bool() != expected) {
      throw v.unexpected(expected + " (" + why + ")");
    }
  }

  static void write(JsonGenerator g, RecoveryAction action) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", action.type().name());
    switch (action.type()) {
      case REFUND -> {
        Refund r = (Refund) action;
        MoneyShape.writeField(g, "amount", r.amount());
        g.writeArrayFieldStart("skus");
        for (String sku : r.skus()) {
          g.writeString(sku);
        }
        g.writeEndArray();
        g.writeBooleanField("returnRequired", r.returnRequired());
      }
      case REPLACEMENT -> {
        Replacement r = (Replacement) action;
        g.writeStringField("sku", r.sku());
        g.writeNumberField("quantity", r.quantity());
        g.writeStringField("shipBy", r.shipBy().toString());
      }
      case EXCHANGE -> {
        Exchange e = (Exchange) action;
        g.writeStringField("sku", e.sku());
        g.writeNumberField("quantity", e.quantity());
        g.writeStringField("shipBy", e.shipBy().toString());
      }
      case GUIDANCE -> {
        Guidance gd = (Guidance) action;
        writeOptional(g, "sku", gd.sku());
        g.writeStringField("fallback", gd.fallback().name());
      }
      case CREDIT -> {
        Credit c = (Credit) action;
        if (c.amount().isPresent()) {
          MoneyShape.writeField(g, "amount", c.amount().get());
        }
        if (c.percent().isPresent()) {
          g.writeNumberField("percent", c.percent().getAsInt());
        }
        g.writeStringField("expiresAt", c.expiresAt().toString());
      }
      case RETURN_REQUEST -> {
        ReturnRequest r = (ReturnRequest) action;
        g.writeStringField("sku", r.sku());
        writeOptional(g, "lot", r.lot());
        g.writeBooleanField("prepaidLabel", r.prepaidLabel());
        g.writeBooleanField("photosWelcome", r.photosWelcome());
        g.writeBooleanField("optional", r.optional());
        g.writeStringField("purpose", r.purpose().name());
      }
      case INVESTIGATION -> {
        Investigation i = (Investigation) action;
        g.writeStringField("sku", i.sku());
        writeOptional(g, "lot", i.lot());
      }
      case PROCESS_FIX -> {
        ProcessFix f = (ProcessFix) action;
        g.writeStringField("area", f.area().name());
        writeOptional(g, "sku", f.sku());
      }
      case ESCALATION -> {
        Escalation e = (Escalation) action;
        g.writeStringField("owner", e.owner());
        g.writeStringField("why", e.why().name());
        g.writeStringField("deadline", e.deadline().toString());
      }
      case APPROVAL -> {
        Approval a = (Approval) action;
        MoneyShape.writeField(g, "amount", a.amount());
        g.writeStringField("approver", a.approver());
        g.writeStringField("deadline", a.deadline().toString());
      }
      case STOP_SALE_REVIEW -> {
        StopSaleReview s = (StopSaleReview) action;
        g.writeStringField("sku", s.sku());
        g.writeStringField("evidence", s.evidence());
      }
      case FOLLOW_UP -> {
        FollowUp f = (FollowUp) action;
        g.writeStringField("at", f.at().toString());
        g.writeStringField("why", f.why().name());
      }
      case ACCOUNT_FIX -> g.writeStringField("change", ((AccountFix) action).change().name());
      case RESHIP -> {
        Reship r = (Reship) action;
        g.writeStringField("sku", r.sku());
        g.writeNumberField("quantity", r.quantity());
        g.writeStringField("shipBy", r.shipBy().toString());
        g.writeBooleanField("expedited", r.expedited());
      }
    }
    g.writeEndObject();
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }
}
