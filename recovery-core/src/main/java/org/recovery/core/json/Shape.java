package org.recovery.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.recovery.core.Complaint;
import org.recovery.core.Customer;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Incident;
import org.recovery.core.Money;
import org.recovery.core.OrderLine;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.action.RecoveryAction;
import org.recovery.core.internal.json.JsonValue;

/** The types with a JSON shape in the wire contract, for the Jackson module's (de)serializers. */
enum Shape {
  COMPLAINT(Complaint.class),
  CUSTOMER(Customer.class),
  ORDER_LINE(OrderLine.class),
  MONEY(Money.class),
  HISTORY(CustomerHistory.class),
  INCIDENT(Incident.class),
  PLAN(RecoveryPlan.class),
  ACTION(RecoveryAction.class),
  OWNERSHIP(OwnershipStatement.class),
  REASON(Reason.class);

  private final Class<?> type;

  Shape(Class<?> type) {
    this.type = type;
  }

  Class<?> type() {
    return type;
  }

  Object read(JsonValue v) {
    return switch (this) {
      case COMPLAINT -> ComplaintShape.read(v);
      case CUSTOMER -> ComplaintShape.readCustomer(v);
      case ORDER_LINE -> ComplaintShape.readLine(v);
      case MONEY -> v.money();
      case HISTORY -> HistoryShape.read(v);
      case INCIDENT -> HistoryShape.readIncident(v);
      case PLAN -> PlanShape.read(v);
      case ACTION -> ActionShape.read(v);
      case OWNERSHIP -> PlanShape.readOwnership(v);
      case REASON -> PlanShape.readReason(v);
    };
  }

  void write(JsonGenerator g, Object value) throws IOException {
    switch (this) {
      case COMPLAINT -> ComplaintShape.write(g, (Complaint) value);
      case CUSTOMER -> ComplaintShape.writeCustomer(g, (Customer) value);
      case ORDER_LINE -> ComplaintShape.writeLine(g, (OrderLine) value);
      case MONEY -> MoneyShape.write(g, (Money) value);
      case HISTORY -> HistoryShape.write(g, (CustomerHistory) value);
      case INCIDENT -> HistoryShape.writeIncident(g, (Incident) value);
      case PLAN -> PlanShape.write(g, (RecoveryPlan) value);
      case ACTION -> ActionShape.write(g, (RecoveryAction) value);
      case OWNERSHIP -> PlanShape.writeOwnership(g, (OwnershipStatement) value);
      case REASON -> PlanShape.writeReason(g, (Reason) value);
    }
  }
}
