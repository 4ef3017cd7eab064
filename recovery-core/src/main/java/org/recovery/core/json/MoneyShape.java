package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.recovery.core.Money;

/** Writes money as {@code {"amount": "24.99", "currency": "USD"}}: the amount is a string. */
final class MoneyShape {
  private MoneyShape() {}

  static void write(JsonGenerator g, Money money) throws IOException {
    g.writeStartObject();
    g.writeStringField("amount", money.amount().toPlainString());
    g.writeStringField("currency", money.currency().getCurrencyCode());
    g.writeEndObject();
  }

  static void writeField(JsonGenerator g, String name, Money money) throws IOException {
    g.writeFieldName(name);
    write(g, money);
  }
}
