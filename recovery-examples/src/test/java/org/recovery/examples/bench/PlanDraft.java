package org.recovery.examples.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.recovery.core.AccountStatus;
import org.recovery.core.Complaint;
import org.recovery.core.CustomerHistory;
import org.recovery.core.Money;
import org.recovery.core.OwnershipStatement;
import org.recovery.core.Reason;
import org.recovery.core.RecoveryPlan;
import org.recovery.core.Tone;
import org.recovery.core.action.ProcessFix;
import org.recovery.core.action.RecoveryAction;

/** The mutable working state the Easy Rules baseline's rules read and write as one fact. */
final class PlanDraft {
  final Complaint complaint;
  final CustomerHistory history;
  final Instant now;
  final Currency currency;
  int earlier;
  int poor;
  int refunds;
  BigDecimal refunded = BigDecimal.ZERO;
  double decay = 1.0;
  int count;
  int level;
  boolean business;
  boolean lowRating;
  boolean abuse;
  java.time.Duration within;
  Instant respondBy;
  Money refund;
  ProcessFix.Area area;
  Tone tone;
  final List<RecoveryAction> actions = new ArrayList<>(10);
  final List<Reason> reasons = new ArrayList<>(14);
  final List<OwnershipStatement> ownership = new ArrayList<>(4);

  PlanDraft(Complaint complaint, CustomerHistory history, Instant now) {
    this.complaint = complaint;
    this.history = history;
    this.now = now;
    this.currency =
        complaint.lines().isEmpty() ? null : complaint.lines().get(0).unitPrice().currency();
  }

  RecoveryPlan toPlan() {
    AccountStatus status =
        level == 1 ? AccountStatus.GREEN : level == 2 ? AccountStatus.YELLOW : AccountStatus.RED;
    return new RecoveryPlan(
        complaint.id(),
        actions,
        respondBy,
        tone,
        ownership,
        Math.round(0.85 * decay * 10_000) / 10_000.0,
        status,
        reasons);
  }
}
